import Foundation

/// `/glossary/`: every term of `content/glossary.yml` from A to Z, one
/// heading per letter and an anchor per term, which the terms linked in
/// pages point to. A page at `content/glossary.md` gives it a title and an
/// introduction; otherwise it is called "Glossary".
struct GlossaryGenerator: Generator {
    let name = "glossary"
    let reads: GeneratorReads = [.pageListings, .glossaryIntroduction]
    static let template = "glossary"
    static let description = "What the medical words used on this site mean, from A to Z."

    struct Group {
        var letter: String
        var id: String
        var entries: [Int]
    }

    func generate(_ context: GeneratorContext, into output: OutputWriter) throws -> [Diagnostic] {
        var findings: [Diagnostic] = []
        for language in context.tree.languages {
            findings += try generate(context, language: language.code, into: output)
        }
        return findings
    }

    /// The glossary page of one language, from that language's glossary file.
    private func generate(_ context: GeneratorContext, language: String, into output: OutputWriter) throws -> [Diagnostic] {
        guard let url = context.data.glossaryURL(language: language), let glossary = context.data.glossaries[language] else { return [] }
        let groups = Self.groups(glossary, language: language)
        let present = Set(groups.map(\.letter))
        let introduction = context.data.glossaryPages[language]
        var values: [String: Any]
        var page: [String: Any]
        if let index = introduction {
            values = context.data.context(forPage: index)
            page = values["page"] as? [String: Any] ?? [:]
        } else {
            values = context.data.common(language: language)
            let strings = context.data.words(language)
            let title = strings["glossary"] ?? "Glossary"
            let description = strings["glossary_description"] ?? Self.description
            page = [
                "title": title, "url": url, "permalink": context.config.baseURL.absolute(url),
                "description": description, "terms": [] as [Any], "has_terms": false, "language": language,
                "json_ld": context.data.jsonLD(.init(
                    name: title, description: description, url: context.config.baseURL.absolute(url), language: language)),
            ]
            let home = context.tree.home(language: language)
            values["breadcrumbs"] = [
                ["title": context.tree.pages[home].title, "url": context.tree.pages[home].url, "is_current": false],
                ["title": title, "url": url, "is_current": true],
            ] as [[String: Any]]
        }
        // Empty text is still "set" for Mustache; leave it out so the template shows the description instead.
        if (page["content"] as? String)?.isEmpty ?? false { page["content"] = nil }
        values["page"] = page
        values["glossary"] = [
            "letters": AToZGenerator.alphabet(for: language).map { letter -> [String: Any] in
                ["letter": letter, "id": Self.letterID(letter), "has_terms": present.contains(letter)]
            },
            "groups": groups.map { group -> [String: Any] in
                [
                    "letter": group.letter, "id": group.id,
                    "terms": group.entries.map { index -> [String: Any] in
                        let entry = glossary.entries[index]
                        return ["term": entry.term, "id": entry.id, "definition": entry.definition, "forms": entry.forms]
                    },
                ]
            },
            "count": glossary.entries.count,
        ] as [String: Any]
        let file = introduction.map { context.tree.pages[$0].source } ?? "content/\(Glossary.file)"
        switch render(Self.template, values, theme: context.theme, for: file) {
        case .success(let html):
            try output.write(String(url.dropFirst(context.config.baseURL.path.count)) + "index.html", html)
            // Headings that clash with its anchors are found by "Check links", so `pamphlet check` reports them too.
            return []
        case .failure(var diagnostic):
            diagnostic.message = "pages link their glossary terms to /\(Glossary.folder)/, but " + diagnostic.message
            return [diagnostic]
        }
    }

    /// Headings in content/glossary.md whose ids are also a term's or a
    /// letter's anchor ("Check links" reports them, before anything is written).
    static func clashingHeadings(in page: Page, glossary: Glossary) -> [Diagnostic] {
        var anchors: [String: String] = [:]
        for entry in glossary.entries { anchors[entry.id] = "the glossary term '\(entry.term)'" }
        for letter in ["0–9", "#"] + AToZGenerator.alphabet(for: "es") { anchors[letterID(letter)] = "the glossary's letter \(letter)" }
        return page.rendered.headings.compactMap { heading in
            guard let owner = anchors[heading.id] else { return nil }
            return .warning(
                "the heading '\(heading.title)' gets the id '#\(heading.id)', which \(owner) also uses on the glossary page; reword the heading",
                file: page.source, line: heading.line, code: "glossary")
        }
    }

    static func letterID(_ letter: String) -> String {
        switch letter {
        case "0–9": return "letter-numbers"
        case "#": return "letter-other"
        case "Ñ": return "letter-enye"
        default: return "letter-" + letter.lowercased()
        }
    }

    /// Terms grouped by first letter like the A to Z index; in each group,
    /// sorted ignoring case and accents.
    static func groups(_ glossary: Glossary, language: String = "en") -> [Group] {
        var byLetter: [String: [Int]] = [:]
        for (index, entry) in glossary.entries.enumerated() {
            byLetter[AToZGenerator.letter(for: entry.term, language: language), default: []].append(index)
        }
        let order = ["0–9"] + AToZGenerator.alphabet(for: language) + ["#"]
        return order.compactMap { letter in
            guard let entries = byLetter[letter] else { return nil }
            let sorted = entries.sorted {
                let (a, b) = (AToZGenerator.sortKey(glossary.entries[$0].term), AToZGenerator.sortKey(glossary.entries[$1].term))
                return a == b ? $0 < $1 : a < b
            }
            return Group(letter: letter, id: letterID(letter), entries: sorted)
        }
    }
}
