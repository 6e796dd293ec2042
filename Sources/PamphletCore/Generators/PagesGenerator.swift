import Mustache

/// Writes every page, section and the home page through its template, on all cores.
struct PagesGenerator: PageByPageGenerator {
    let name = "pages"
    let reads: GeneratorReads = [.pageText, .pageListings]
    /// The pages to write, by index; nil for all of them.
    var only: [Int]?

    /// Pages are claimed by `OutputClaims.addPages(of:serial:)`.
    func outputs(_ plan: OutputPlan) -> [GeneratedFile] { [] }

    func generate(_ context: GeneratorContext, into output: OutputWriter) throws -> [Diagnostic] {
        let pages = only ?? Array(context.tree.pages.indices)
        // The first worker renders with the loaded theme, the others with
        // copies (`Theme.copyForWorker`) when there are enough pages: sharing
        // one theme makes each page about 4% slower on two cores, and
        // compiling a copy costs what about 200 pages lose that way.
        // Each worker keeps its own memo of what many pages show alike (`TemplateMemo`).
        let results = parallelMap(pages, serial: context.serial, worker: { worker in
            (theme: worker == 0 || pages.count < Self.pagesPerThemeCopy ? context.theme : context.theme.copyForWorker(),
             memo: MustacheRenderMemo())
        }) { state, _, index -> Result<Diagnostic?, Error> in
            // content/glossary.md is the introduction of the glossary page, written by GlossaryGenerator.
            if context.data.glossaryPages.values.contains(index) { return .success(nil) }
            // The page's fields are read in place: a copy of a Page would count a reference to each.
            let kind = context.tree.pages[index].kind, source = context.tree.pages[index].source
            switch render(Self.template(for: kind), context.data.context(forPage: index), theme: state.theme, memo: state.memo, for: source) {
            case .failure(let diagnostic):
                return .success(diagnostic)
            case .success(let html):
                return Result { try output.write(context.tree.pages[index].outputPath, html); return nil }
            }
        }
        var diagnostics: [Diagnostic] = []
        for result in results {
            if let diagnostic = try result.get() { diagnostics.append(diagnostic) }
        }
        return diagnostics
    }

    func only(_ pages: [Int], in tree: SiteTree) -> PagesGenerator {
        PagesGenerator(only: pages)
    }

    /// Below this many pages, workers share the loaded theme.
    static let pagesPerThemeCopy = 200

    /// The template a page is written with.
    static func template(for kind: Page.Kind) -> String {
        switch kind {
        case .home: return "home"
        case .section: return "section"
        case .page: return "page"
        }
    }
}
