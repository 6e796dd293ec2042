/// Images, PDFs and other files from content/, copied to the same path.
struct StaticFilesGenerator: Generator {
    let name = "content files"
    let showsPages = false

    /// Content files are claimed by `OutputClaims.add(staticFile:)`.
    func outputs(_ plan: OutputPlan) -> [GeneratedFile] { [] }

    func generate(_ context: GeneratorContext, into output: OutputWriter) throws -> [Diagnostic] {
        for file in context.staticFiles {
            try output.copy(context.folder.content.appendingPathComponent(file).resolvingSymlinksInPath(), to: file)
        }
        return []
    }
}
