import Mustache

/// One of `print_pages`: a page of a section as `page` shows it (the same
/// names, `PageContext.Key`), with `content` made to sit among the section's
/// other pages (`PrintedPageHTML`) and `id` (`p1`, `p2`, ...).
///
/// Each value is made when a template first asks for it: the default theme
/// prints a handful of them, and making every page's whole `page` (its table
/// of contents, terms, parameters, dates) again for its printable page was
/// about 7% of the printable pages' own instructions. A name a template asks
/// for that is not among the few made here makes the page's whole `page`
/// once, and answers from it.
final class PrintedPageContext: TemplateContext, MustacheClassTraitsByType {
    typealias Key = PageContext.Key

    /// What the printed pages of one printable page share.
    final class Source {
        let data: TemplateData

        init(_ data: TemplateData) {
            self.data = data
        }
    }

    private let source: Source
    /// The page, copied once: copying it out of the site tree at every name a
    /// template asks for was five copies of a page's fields a printed page.
    private let page: Page
    /// `p1` for the first page, `p2` for the second, ...
    let id: String
    private var content: TemplateText?
    private var qr: QRContext??
    private var whole: PageContext?

    /// The page `index` of the site tree, `number` from 1 in its section's reading order.
    init(page index: Int, number: Int, source: Source) {
        self.source = source
        self.page = source.data.tree.pages[index]
        self.id = "p\(number)"
    }

    func value(_ key: Key) -> Any? {
        switch key {
        case .id: return TemplateText(renderText: id)
        case .title: return TemplateText(renderText: page.title)
        case .permalink: return TemplateText(renderText: source.data.config.baseURL.absolute(page.url))
        case .content: return printedContent(page)
        case .qr:
            if let qr { return qr }
            let made = source.data.qr(page)
            qr = .some(made)
            return made
        case .reviewed: return source.data.reviewed(page)
        case .nextReview: return source.data.nextReview(page)
        case .reviewedBy: return templateText(page.frontMatter.reviewedBy)
        default:
            // What `TemplateData.pageValues` makes for any page of a printable page.
            let whole = whole ?? source.data.pageValues(page, versions: [], structuredData: false)
            self.whole = whole
            return whole.value(key)
        }
    }

    /// The page's text with its headings a level down and its ids prefixed, made once.
    private func printedContent(_ page: Page) -> TemplateText {
        if let content { return content }
        let made = TemplateText(renderText: PrintedPageHTML.embed(page.rendered.html, idPrefix: id + "-"))
        content = made
        return made
    }
}
