/// Writes every page, section and the home page through its template, on all cores.
struct PagesGenerator: Generator {
    let name = "pages"

    func generate(_ context: GeneratorContext, into output: OutputWriter) throws -> [Diagnostic] {
        let results = parallelMap(Array(context.tree.pages.indices), serial: context.serial) { _, index -> Result<Diagnostic?, Error> in
            let page = context.tree.pages[index]
            // content/glossary.md is the introduction of the glossary page, written by GlossaryGenerator.
            if context.data.glossaryPages.values.contains(index) { return .success(nil) }
            let template: String
            switch page.kind {
            case .home: template = "home"
            case .section: template = "section"
            case .page: template = "page"
            }
            switch render(template, context.data.context(forPage: index), theme: context.theme, for: page.source) {
            case .failure(let diagnostic):
                return .success(diagnostic)
            case .success(let html):
                return Result { try output.write(page.outputPath, html); return nil }
            }
        }
        var diagnostics: [Diagnostic] = []
        for result in results {
            if let diagnostic = try result.get() { diagnostics.append(diagnostic) }
        }
        return diagnostics
    }
}
