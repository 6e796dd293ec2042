/// Writes every page, section and the home page through its template.
struct PagesGenerator: Generator {
    let name = "pages"

    func generate(_ context: GeneratorContext, into output: OutputWriter) throws -> [Diagnostic] {
        let results = parallelMap(Array(context.tree.pages.indices), serial: context.serial) { _, index -> Result<Void, Error> in
            let page = context.tree.pages[index]
            // content/glossary.md is the introduction of the glossary page, written by GlossaryGenerator.
            if context.data.glossaryPages.values.contains(index) { return .success(()) }
            let template: String
            switch page.kind {
            case .home: template = "home"
            case .section: template = "section"
            case .page: template = "page"
            }
            guard let html = context.theme.render(template, context.data.context(forPage: index)) else {
                return .failure(OutputWriter.OutsideRoot(path: page.outputPath))
            }
            return Result { try output.write(page.outputPath, html) }
        }
        for result in results { try result.get() }
        return []
    }
}
