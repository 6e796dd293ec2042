import Mustache

/// `page`: the page being written (and each of `print_pages`). Generated
/// pages (A to Z, glossary, 404) fill only some of it; the rest is absent.
final class PageContext: TemplateContext, MustacheClassTraitsByType {
    var title: String?
    var description: String?
    var url: String?
    var permalink: String?
    var content: String?
    var toc: [HeadingContext]?
    var hasToc: Bool?
    var isHome: Bool?
    var isSection: Bool?
    var wordCount: Int?
    var params: ParamsContext?
    var language: String?
    var terms: [TermContext]?
    var hasTerms: Bool?
    var hasTranslations: Bool?
    var xDefault: String?
    var qr: QRContext?
    var reviewed: DateContext?
    var nextReview: DateContext?
    var reviewedBy: String?
    var authorNote: AuthorNoteContext?
    var jsonLD: String?
    var printURL: String?
    var is404: Bool?

    init() {}

    enum Key: String, TemplateKey {
        static let table = TemplateKeyTable<Self>()

        case title, description, url, permalink, content, toc
        case hasToc = "has_toc", isHome = "is_home", isSection = "is_section", wordCount = "word_count"
        case params, language, terms, hasTerms = "has_terms", hasTranslations = "has_translations", xDefault = "x_default"
        case qr, reviewed, nextReview = "next_review", reviewedBy = "reviewed_by", authorNote = "author_note"
        case jsonLD = "json_ld", printURL = "print_url", is404 = "is_404", id

        var type: String {
            switch self {
            case .title, .url: return "string"
            case .description, .permalink, .language, .xDefault, .reviewedBy, .printURL, .id: return "string, optional"
            case .content: return "string (HTML), optional"
            case .jsonLD: return "string (JSON), optional"
            case .toc: return "list of `heading`, optional"
            case .hasToc, .isHome, .isSection, .hasTerms, .hasTranslations, .is404: return "bool, optional"
            case .wordCount: return "number, optional"
            case .params: return "object, optional"
            case .terms: return "list of `term`, optional"
            case .qr: return "`qr`, optional"
            case .reviewed, .nextReview: return "`date`, optional"
            case .authorNote: return "`author note`, optional"
            }
        }

        var meaning: String {
            switch self {
            case .title: return "the one `<h1>`, `<title>`, `og:title`"
            case .description: return "`<meta name=\"description\">`, `og:description`; may be empty (then use `site.description`)"
            case .url: return "root-relative: `/gene-therapy/gene-transfer/`"
            case .permalink: return "absolute canonical address; `rel=\"canonical\"`, `og:url`, \"URL of this page\""
            case .content: return "the HTML made from the Markdown body (with the glossary term links); the only raw output besides `json_ld`: `{{{page.content}}}`. On the glossary page only when `content/glossary.md` has a body"
            case .toc: return "one entry for each h2, with its h3s as `children`"
            case .hasToc: return "true when the page has at least 3 h2 and h3 headings; shows \"On this page\""
            case .isHome: return "the home page"
            case .isSection: return "a section's own page"
            case .wordCount: return "how many words the page has"
            case .params: return "the front matter Pamphlet does not read itself, as written (texts, lists and objects), for site overrides"
            case .language: return "the page's language code: `en`"
            case .terms: return "glossary terms linked on this page, in order of first mention"
            case .hasTerms: return "true when the site has a glossary and `terms` is not empty; shows \"Terms on this page\""
            case .hasTranslations: return "true on a page that exists in more than one language"
            case .xDefault: return "with `has_translations`: the absolute address of the default language's version, for `hreflang=\"x-default\"`"
            case .qr: return "the QR code of `permalink`; absent when the address is too long for one"
            case .reviewed: return "the day of the last medical review (`reviewed` in front matter)"
            case .nextReview: return "the day of the next review: `next_review` in front matter, else `reviewed` plus the review cycle"
            case .reviewedBy: return "the reviewer's name, a person's or an organization's: \"Dr. Amina Okafor, clinical geneticist\""
            case .authorNote: return "only in `pamphlet serve`: the page's reading level and review status, for its authors"
            case .jsonLD: return "the page's schema.org `MedicalWebPage`; the second raw output, see \"Escaping\"; absent on the 404 page and on `print_pages`"
            case .printURL: return "on a section page: its printable page (`SECTION/print/`); absent on sections without pages of their own and when the theme has no `print-section` template"
            case .is404: return "true on the 404 page only"
            case .id: return "on `print_pages` only: `p1`, `p2`, ...; every id in that page's `content` starts with it and `-`"
            }
        }
    }

    func value(_ key: Key) -> Any? {
        switch key {
        case .title: return templateText(title)
        case .description: return templateText(description)
        case .url: return templateText(url)
        case .permalink: return templateText(permalink)
        case .content: return templateText(content)
        case .toc: return toc
        case .hasToc: return hasToc
        case .isHome: return isHome
        case .isSection: return isSection
        case .wordCount: return wordCount
        case .params: return params
        case .language: return templateText(language)
        case .terms: return terms
        case .hasTerms: return hasTerms
        case .hasTranslations: return hasTranslations
        case .xDefault: return templateText(xDefault)
        case .qr: return qr
        case .reviewed: return reviewed
        case .nextReview: return nextReview
        case .reviewedBy: return templateText(reviewedBy)
        case .authorNote: return authorNote
        case .jsonLD: return templateText(jsonLD)
        case .printURL: return templateText(printURL)
        case .is404: return is404
        // Only each of `print_pages` has one (`PrintedPageContext`).
        case .id: return nil
        }
    }
}
