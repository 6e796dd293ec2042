import Mustache

/// A printable page per section (`/SECTION/print/`), like GOV.UK's "print
/// entire guide": every page of the section in reading order, each with its
/// title, address and review dates, so a patient can take the whole topic home.
struct PrintSectionGenerator: PageByPageGenerator {
    /// The folder below a section's address that holds its printable page.
    static let folder = "print"
    static let template = "print-section"
    let name = "printable sections"
    let reads: GeneratorReads = [.pageText, .pageListings]
    /// The section pages (by index) to write; nil for all of them.
    var only: Set<Int>?

    /// Section pages that get a printable page: every section with pages of
    /// its own (the home page lists sections, which have their own).
    static func sections(_ tree: SiteTree) -> [SiteTree.Section] {
        tree.sections.values
            .filter { tree.pages[$0.page].kind == .section && !$0.pages.isEmpty }
            .sorted { $0.page < $1.page }
    }

    /// `/genes/print/` for the section page at `/genes/`.
    static func url(ofSection url: String) -> String {
        url + folder + "/"
    }

    /// The printable page's file, from the section page's address.
    static func outputPath(ofSection url: String, basePath: String) -> String {
        String(Self.url(ofSection: url).dropFirst(basePath.count)) + "index.html"
    }

    /// A section's printable page holds its pages' text and shows what they
    /// show: it changes only where one of its pages is rewritten.
    func only(_ pages: [Int], in tree: SiteTree) -> PrintSectionGenerator {
        PrintSectionGenerator(only: Set(pages.compactMap { tree.parentSection(of: $0)?.page } + pages))
    }

    func outputs(_ plan: OutputPlan) -> [GeneratedFile] {
        Self.sections(plan.tree).map { section in
            GeneratedFile(
                path: Self.outputPath(ofSection: plan.tree.pages[section.page].url, basePath: plan.config.baseURL.path),
                owner: "the printable page of the section \(plan.tree.pages[section.page].source)",
                fix: "Pamphlet writes every section's printable page at \(Self.folder)/ in it")
        }
    }

    func generate(_ context: GeneratorContext, into output: OutputWriter) throws -> [Diagnostic] {
        guard context.theme.has(Self.template) else { return [] }
        let memo = MustacheRenderMemo()
        for section in Self.sections(context.tree) where only?.contains(section.page) ?? true {
            let page = context.tree.pages[section.page]
            switch render(Self.template, values(section, context), theme: context.theme, memo: memo, for: page.source) {
            case .success(let html):
                try output.write(Self.outputPath(ofSection: page.url, basePath: context.config.baseURL.path), html)
            case .failure(let diagnostic):
                return [diagnostic]
            }
        }
        return []
    }

    private func values(_ section: SiteTree.Section, _ context: GeneratorContext) -> RootContext {
        let tree = context.tree, data = context.data
        let sectionPage = tree.pages[section.page]
        let values = data.context(forPage: section.page)
        let page = values.page ?? PageContext()
        let url = Self.url(ofSection: sectionPage.url)
        page.url = url
        page.permalink = context.config.baseURL.absolute(url)
        // Through the build's memo: `pamphlet serve` rewrites this page whenever one of its pages changes.
        page.qr = QRCodeValues.values(address: context.config.baseURL.absolute(url), memo: data.qrCodes)
        page.isSection = false
        page.hasTranslations = false
        page.hasTerms = false
        page.printURL = nil
        let title = sectionPage.title + ": " + (data.words(sectionPage.language)["all_pages_in_section"] ?? "all pages")
        page.title = title
        page.jsonLD = data.jsonLD(.init(
            name: title, description: sectionPage.description, url: context.config.baseURL.absolute(url), language: sectionPage.language))
        values.page = page
        values.languages = []
        // The section is a step on the way; the printable page is where the reader is.
        let steps = (values.breadcrumbs ?? []).map { step in LinkContext(title: step.title, url: step.url, isCurrent: false) }
        values.breadcrumbs = steps + [LinkContext(title: title, url: url, isCurrent: true)]
        values.section = SectionContext(title: sectionPage.title, url: sectionPage.url, description: sectionPage.description)
        let source = PrintedPageContext.Source(data)
        values.printPages = section.pages.enumerated().map { number, index in
            PrintedPageContext(page: index, number: number + 1, source: source)
        }
        return values
    }
}
