import Mustache

/// `link`: a link to a page (`menu`, `breadcrumbs`, `previous`, `next`).
struct LinkContext: TemplateContext, MustacheMemoizable {
    var title: String
    var url: String
    var isCurrent: Bool?
    var isActive: Bool?
    /// Set where the same link shows on many pages (`TemplateMemo`).
    var memoKey: MustacheMemoKey?

    enum Key: String, TemplateKey {
        static let table = TemplateKeyTable<Self>()

        case title, url, isCurrent = "is_current", isActive = "is_active"

        var type: String {
            switch self {
            case .title, .url: return "string"
            case .isCurrent, .isActive: return "bool, optional"
            }
        }

        var meaning: String {
            switch self {
            case .title: return "link text"
            case .url: return "root-relative address"
            case .isCurrent: return "in `breadcrumbs`: true on the last item only (shown as text with `aria-current=\"page\"`)"
            case .isActive: return "in `menu`: the current page is in this section (`aria-current=\"true\"`)"
            }
        }
    }

    func value(_ key: Key) -> Any? {
        switch key {
        case .title: return TemplateText(renderText: title)
        case .url: return TemplateText(renderText: url)
        case .isCurrent: return isCurrent
        case .isActive: return isActive
        }
    }
}

/// `page summary`: a page in a list (`children`, `section.pages`, the A to Z page's groups).
struct PageSummaryContext: TemplateContext, MustacheMemoizable {
    var title: String
    var url: String
    var description: String
    var isSection: Bool
    var isCurrent: Bool?
    /// Set where the same entry shows on many pages (`TemplateMemo`).
    var memoKey: MustacheMemoKey?

    enum Key: String, TemplateKey {
        static let table = TemplateKeyTable<Self>()

        case title, url, description, isSection = "is_section", isCurrent = "is_current"

        var type: String {
            switch self {
            case .title, .url, .description: return "string"
            case .isSection: return "bool"
            case .isCurrent: return "bool, optional"
            }
        }

        var meaning: String {
            switch self {
            case .title: return "link text"
            case .url: return "root-relative address"
            case .description: return "the page's description, shown under the link; may be empty"
            case .isSection: return "a sub-section (the default theme adds class `child-list__item--section`)"
            case .isCurrent: return "in `section.pages`: the page being written"
            }
        }
    }

    func value(_ key: Key) -> Any? {
        switch key {
        case .title: return TemplateText(renderText: title)
        case .url: return TemplateText(renderText: url)
        case .description: return TemplateText(renderText: description)
        case .isSection: return isSection
        case .isCurrent: return isCurrent
        }
    }
}

/// `language`: the page in one of the languages it exists in (`languages`).
struct LanguageContext: TemplateContext {
    var code: String
    var name: String
    var url: String
    var permalink: String
    var isCurrent: Bool

    enum Key: String, TemplateKey {
        static let table = TemplateKeyTable<Self>()

        case code, name, url, permalink, isCurrent = "is_current"

        var type: String { self == .isCurrent ? "bool" : "string" }

        var meaning: String {
            switch self {
            case .code: return "the language code, for `hreflang` and `lang`: `es`"
            case .name: return "the language's name in itself: \"Español\""
            case .url: return "root-relative address of the page in that language"
            case .permalink: return "its absolute address"
            case .isCurrent: return "the version being written"
            }
        }
    }

    func value(_ key: Key) -> Any? {
        switch key {
        case .code: return TemplateText(renderText: code)
        case .name: return TemplateText(renderText: name)
        case .url: return TemplateText(renderText: url)
        case .permalink: return TemplateText(renderText: permalink)
        case .isCurrent: return isCurrent
        }
    }
}

/// `section`: the section a page belongs to (the side navigation), or on a
/// printable page the section printed.
final class SectionContext: TemplateContext, MustacheClassTraitsByType {
    let title: String
    let url: String
    let isCurrent: Bool?
    let pages: [PageSummaryContext]?
    let description: String?

    init(title: String, url: String, isCurrent: Bool? = nil, pages: [PageSummaryContext]? = nil, description: String? = nil) {
        self.title = title
        self.url = url
        self.isCurrent = isCurrent
        self.pages = pages
        self.description = description
    }

    enum Key: String, TemplateKey {
        static let table = TemplateKeyTable<Self>()

        case title, url, isCurrent = "is_current", pages, description

        var type: String {
            switch self {
            case .title, .url: return "string"
            case .isCurrent: return "bool, optional"
            case .pages: return "list of `page summary`, optional"
            case .description: return "string, optional"
            }
        }

        var meaning: String {
            switch self {
            case .title, .url: return "the section's own page"
            case .isCurrent: return "true when the page being written is the section page itself; absent on a printable page"
            case .pages: return "every page and sub-section in the section, with `is_current`; absent on a printable page"
            case .description: return "on a printable page only: the section's description"
            }
        }
    }

    func value(_ key: Key) -> Any? {
        switch key {
        case .title: return TemplateText(renderText: title)
        case .url: return TemplateText(renderText: url)
        case .isCurrent: return isCurrent
        case .pages: return pages
        case .description: return templateText(description)
        }
    }
}
