/// The theme's stylesheets and images, and the brand's files and
/// stylesheet, under content-hashed names.
struct AssetsGenerator: Generator {
    let name = "theme assets"
    let showsPages = false

    /// Theme assets are claimed when the theme loads (`Stages.assetProblems`).
    func outputs(_ plan: OutputPlan) -> [GeneratedFile] { [] }

    func generate(_ context: GeneratorContext, into output: OutputWriter) throws -> [Diagnostic] {
        for asset in context.theme.assets {
            try output.copy(asset.source, to: asset.outputPath)
        }
        let brand = context.config.brand.files
        for (source, path) in brand.copies {
            try output.copy(source, to: path)
        }
        if let sheet = brand.stylesheet {
            try output.write(sheet.path, sheet.text)
        }
        return []
    }
}
