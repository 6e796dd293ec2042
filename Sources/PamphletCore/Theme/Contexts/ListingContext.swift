import Mustache

/// `listing`: an alphabetical list (`a_to_z`: pages, `glossary`: terms).
final class ListingContext: TemplateContext, MustacheClassTraitsByType {
    let letters: [LetterContext]
    let groups: [GroupContext]
    let count: Int?

    init(letters: [LetterContext], groups: [GroupContext], count: Int? = nil) {
        self.letters = letters
        self.groups = groups
        self.count = count
    }

    enum Key: String, TemplateKey {
        static let table = TemplateKeyTable<Self>()

        case letters, groups, count

        var type: String {
            switch self {
            case .letters: return "list of `letter`"
            case .groups: return "list of `group`"
            case .count: return "number, optional"
            }
        }

        var meaning: String {
            switch self {
            case .letters: return "the letter bar: every letter of the language's alphabet"
            case .groups: return "one per letter that has pages or terms, in alphabetical order: one `<h2 id=\"{{id}}\">` each"
            case .count: return "`glossary` only: how many terms the glossary has"
            }
        }
    }

    func value(_ key: Key) -> Any? {
        switch key {
        case .letters: return letters
        case .groups: return groups
        case .count: return count
        }
    }
}

/// `letter`: a letter of the letter bar.
struct LetterContext: TemplateContext {
    var letter: String
    var id: String
    var hasPages: Bool?
    var hasTerms: Bool?

    enum Key: String, TemplateKey {
        static let table = TemplateKeyTable<Self>()

        case letter, id, hasPages = "has_pages", hasTerms = "has_terms"

        var type: String {
            switch self {
            case .letter, .id: return "string"
            case .hasPages, .hasTerms: return "bool, optional"
            }
        }

        var meaning: String {
            switch self {
            case .letter: return "`A`, or `Ñ` in Spanish"
            case .id: return "the id of its group's heading: `a` on the A to Z page, `letter-a` on the glossary"
            case .hasPages: return "`a_to_z` only: some page starts with it (link it to `#id`)"
            case .hasTerms: return "`glossary` only: some term starts with it (link it to `#id`)"
            }
        }
    }

    func value(_ key: Key) -> Any? {
        switch key {
        case .letter: return TemplateText(renderText: letter)
        case .id: return TemplateText(renderText: id)
        case .hasPages: return hasPages
        case .hasTerms: return hasTerms
        }
    }
}

/// `group`: the pages or terms under one letter.
struct GroupContext: TemplateContext {
    var letter: String
    var id: String
    var pages: [PageSummaryContext]?
    var terms: [TermContext]?

    enum Key: String, TemplateKey {
        static let table = TemplateKeyTable<Self>()

        case letter, id, pages, terms

        var type: String {
            switch self {
            case .letter, .id: return "string"
            case .pages: return "list of `page summary`, optional"
            case .terms: return "list of `term`, optional"
            }
        }

        var meaning: String {
            switch self {
            case .letter: return "the letter, or `0–9` and `#` for titles starting with a digit or another sign"
            case .id: return "the heading's id (`a`, `numbers`, `other` on the A to Z page; `letter-a` on the glossary)"
            case .pages: return "`a_to_z` only: the pages, sorted ignoring case and accents"
            case .terms: return "`glossary` only: the terms, sorted ignoring case and accents"
            }
        }
    }

    func value(_ key: Key) -> Any? {
        switch key {
        case .letter: return TemplateText(renderText: letter)
        case .id: return TemplateText(renderText: id)
        case .pages: return pages
        case .terms: return terms
        }
    }
}
