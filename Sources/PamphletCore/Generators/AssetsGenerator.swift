/// The theme's stylesheets and images, under content-hashed names.
struct AssetsGenerator: Generator {
    let name = "theme assets"
    let showsPages = false

    func generate(_ context: GeneratorContext, into output: OutputWriter) throws -> [Diagnostic] {
        for asset in context.theme.assets {
            try output.copy(asset.source, to: asset.outputPath)
        }
        return []
    }
}
