/// Writes every page, section and the home page through its template, on all cores.
struct PagesGenerator: Generator {
    let name = "pages"
    /// The pages to write, by index; nil for all of them.
    var only: [Int]?

    func generate(_ context: GeneratorContext, into output: OutputWriter) throws -> [Diagnostic] {
        let pages = only ?? Array(context.tree.pages.indices)
        // One page needs no copy of the templates (`pamphlet serve` after an edit).
        let results = parallelMap(pages, serial: context.serial, worker: { pages.count > 1 ? context.theme.copyForWorker() : context.theme }) {
            theme, _, index -> Result<Diagnostic?, Error> in
            let page = context.tree.pages[index]
            // content/glossary.md is the introduction of the glossary page, written by GlossaryGenerator.
            if context.data.glossaryPages.values.contains(index) { return .success(nil) }
            switch render(Self.template(for: page), context.data.context(forPage: index), theme: theme, for: page.source) {
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

    /// The template a page is written with.
    static func template(for page: Page) -> String {
        switch page.kind {
        case .home: return "home"
        case .section: return "section"
        case .page: return "page"
        }
    }
}
