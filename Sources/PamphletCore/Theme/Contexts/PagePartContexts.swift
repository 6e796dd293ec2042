import Mustache

/// `heading`: an entry of `page.toc`.
struct HeadingContext: TemplateContext {
    var id: String
    var title: String
    var level: Int
    /// An h2's h3s; absent on the h3s themselves.
    var children: [HeadingContext]?

    enum Key: String, TemplateKey {
        static let table = TemplateKeyTable<Self>()

        case id, title, level, children

        var type: String {
            switch self {
            case .id, .title: return "string"
            case .level: return "number"
            case .children: return "list of `heading`, optional"
            }
        }

        var meaning: String {
            switch self {
            case .id: return "the heading's id, to link to as `#id`"
            case .title: return "the heading's text"
            case .level: return "2 or 3"
            case .children: return "on an h2 (and an h3 before any h2): its h3s; absent on the h3s listed there"
            }
        }
    }

    func value(_ key: Key) -> Any? {
        switch key {
        case .id: return TemplateText(renderText: id)
        case .title: return TemplateText(renderText: title)
        case .level: return level
        case .children: return children
        }
    }
}

/// `term`: a glossary term, in `page.terms` and the glossary page's groups.
struct TermContext: TemplateContext, MustacheMemoizable {
    var term: String
    var id: String
    var url: String?
    var definition: String
    var forms: [String]?
    /// Set where the same term shows on many pages (`TemplateMemo`).
    var memoKey: MustacheMemoKey?

    enum Key: String, TemplateKey {
        static let table = TemplateKeyTable<Self>()

        case term, id, url, definition, forms

        var type: String {
            switch self {
            case .term, .id, .definition: return "string"
            case .url: return "string, optional"
            case .forms: return "list of strings, optional"
            }
        }

        var meaning: String {
            switch self {
            case .term: return "the term as the glossary writes it"
            case .id: return "its anchor on the glossary page (`/glossary/#dna`): give the term an element with that id there"
            case .url: return "in `page.terms`: the term's address on the glossary page"
            case .definition: return "what it means"
            case .forms: return "on the glossary page: the other ways pages write it (`forms` in the glossary)"
            }
        }
    }

    func value(_ key: Key) -> Any? {
        switch key {
        case .term: return TemplateText(renderText: term)
        case .id: return TemplateText(renderText: id)
        case .url: return templateText(url)
        case .definition: return TemplateText(renderText: definition)
        case .forms: return forms?.map { TemplateText(renderText: $0) }
        }
    }
}

/// `date`: a review day (`page.reviewed`, `page.next_review`).
struct DateContext: TemplateContext {
    var iso: String
    var text: String

    enum Key: String, TemplateKey {
        static let table = TemplateKeyTable<Self>()

        case iso, text

        var type: String { "string" }

        var meaning: String {
            switch self {
            case .iso: return "`2026-09-14`, for `<time datetime>`"
            case .text: return "the day in words in the page's language: \"14 September 2026\""
            }
        }
    }

    func value(_ key: Key) -> Any? {
        switch key {
        case .iso: return TemplateText(renderText: iso)
        case .text: return TemplateText(renderText: text)
        }
    }
}

/// `qr`: the QR code of an address, drawn by libqrencode.
struct QRContext: TemplateContext {
    var side: Int
    var path: String
    var address: String

    enum Key: String, TemplateKey {
        static let table = TemplateKeyTable<Self>()

        case side, path, address

        var type: String { self == .side ? "number" : "string" }

        var meaning: String {
            switch self {
            case .side: return "modules per side, the 4-module quiet zone included: `<svg viewBox=\"0 0 {{side}} {{side}}\">`"
            case .path: return "an SVG path drawing the dark modules: `<path d=\"{{path}}\"/>`"
            case .address: return "the short address (`example.org/genes/`), the code's text alternative"
            }
        }
    }

    func value(_ key: Key) -> Any? {
        switch key {
        case .side: return side
        case .path: return TemplateText(renderText: path)
        case .address: return TemplateText(renderText: address)
        }
    }
}

/// `author note`: a page's figures shown to its authors in `pamphlet serve`.
struct AuthorNoteContext: TemplateContext {
    var readingGrade: String
    var targetGrade: String
    var formula: String
    var aboveTarget: Bool
    var reviewStatus: String
    var words: Int

    enum Key: String, TemplateKey {
        static let table = TemplateKeyTable<Self>()

        case readingGrade = "reading_grade", targetGrade = "target_grade", formula
        case aboveTarget = "above_target", reviewStatus = "review_status", words

        var type: String {
            switch self {
            case .aboveTarget: return "bool"
            case .words: return "number"
            default: return "string"
            }
        }

        var meaning: String {
            switch self {
            case .readingGrade: return "the page's reading grade (English) or score (Spanish), one decimal"
            case .targetGrade: return "the grade or score it should meet"
            case .formula: return "\"Flesch-Kincaid\" or \"Fernández-Huerta\""
            case .aboveTarget: return "true when the page is harder to read than its target"
            case .reviewStatus: return "the review status in words: \"due soon\", \"overdue\", ..."
            case .words: return "how many words the checks counted"
            }
        }
    }

    func value(_ key: Key) -> Any? {
        switch key {
        case .readingGrade: return TemplateText(renderText: readingGrade)
        case .targetGrade: return TemplateText(renderText: targetGrade)
        case .formula: return TemplateText(renderText: formula)
        case .aboveTarget: return aboveTarget
        case .reviewStatus: return TemplateText(renderText: reviewStatus)
        case .words: return words
        }
    }
}

/// `page.params`: front matter Pamphlet does not read, with the names and
/// shapes the writer gave it (so it is a table, not a `TemplateContext`).
struct ParamsContext: MustacheParent, MustacheTransformable {
    let values: [String: TemplateValue]

    func child(named name: String) -> Any? { values[name].map(Self.value) }

    func transform(_ name: String) -> Any? { values.mapValues(Self.value).transform(name) }

    /// A text, a list or an object of them.
    static func value(_ value: TemplateValue) -> Any {
        switch value {
        case .text(let text): return TemplateText(renderText: text)
        case .list(let items): return items.map(Self.value)
        case .map(let values): return ParamsContext(values: values)
        }
    }
}
