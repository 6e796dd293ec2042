/// A printable page per section (`/SECTION/print/`), like GOV.UK's "print
/// entire guide": every page of the section in reading order, each with its
/// title, address and review dates, so a patient can take the whole topic home.
struct PrintSectionGenerator: Generator {
    /// The folder below a section's address that holds its printable page.
    static let folder = "print"
    static let template = "print-section"
    let name = "printable sections"
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

    func generate(_ context: GeneratorContext, into output: OutputWriter) throws -> [Diagnostic] {
        guard context.theme.has(Self.template) else { return [] }
        for section in Self.sections(context.tree) where only?.contains(section.page) ?? true {
            let page = context.tree.pages[section.page]
            switch render(Self.template, values(section, context), theme: context.theme, for: page.source) {
            case .success(let html):
                try output.write(Self.outputPath(ofSection: page.url, basePath: context.config.baseURL.path), html)
            case .failure(let diagnostic):
                return [diagnostic]
            }
        }
        return []
    }

    private func values(_ section: SiteTree.Section, _ context: GeneratorContext) -> [String: Any] {
        let tree = context.tree, data = context.data
        let sectionPage = tree.pages[section.page]
        var values = data.context(forPage: section.page)
        var page = values["page"] as? [String: Any] ?? [:]
        let url = Self.url(ofSection: sectionPage.url)
        page["url"] = url
        page["permalink"] = context.config.baseURL.absolute(url)
        page["qr"] = QRCodeValues.values(address: context.config.baseURL.absolute(url))
        page["is_section"] = false
        page["has_translations"] = false
        page["has_terms"] = false
        page["print_url"] = nil
        let title = sectionPage.title + ": " + (data.words(sectionPage.language)["all_pages_in_section"] ?? "all pages")
        page["title"] = title
        page["json_ld"] = data.jsonLD(.init(
            name: title, description: sectionPage.description, url: context.config.baseURL.absolute(url), language: sectionPage.language))
        values["page"] = page
        values["languages"] = [] as [Any]
        // The section is a step on the way; the printable page is where the reader is.
        let steps = (values["breadcrumbs"] as? [[String: Any]] ?? []).map { $0.merging(["is_current": false]) { _, new in new } }
        values["breadcrumbs"] = steps + [["title": title, "url": url, "is_current": true]]
        values["section"] = ["title": sectionPage.title, "url": sectionPage.url, "description": sectionPage.description] as [String: Any]
        values["print_pages"] = section.pages.enumerated().map { number, index -> [String: Any] in
            var entry = data.pageValues(tree.pages[index], versions: [], structuredData: false)
            entry["content"] = PrintedPageHTML.embed(tree.pages[index].rendered.html, idPrefix: "p\(number + 1)-")
            entry["id"] = "p\(number + 1)"
            return entry
        }
        return values
    }
}
