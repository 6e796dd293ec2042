import Foundation

/// The A to Z index, one per language: every page by title, grouped by first letter.
struct AToZGenerator: Generator {
    static let folder = "a-z"
    let name = "A to Z index"
    let reads: GeneratorReads = [.pageListings]

    struct Group {
        var letter: String
        var id: String
        var pages: [Int]
    }

    func generate(_ context: GeneratorContext, into output: OutputWriter) throws -> [Diagnostic] {
        guard context.theme.has("a-z") else { return [] }
        for language in context.tree.languages {
            let html = try render(context, language: language)
            switch html {
            case .success(let text): try output.write(language.pathPrefix + Self.folder + "/index.html", text)
            case .failure(let diagnostic): return [diagnostic]
            }
        }
        return []
    }

    private func render(_ context: GeneratorContext, language: Language) throws -> Result<String, Diagnostic> {
        let groups = Self.groups(context.tree, language: language.code)
        let present = Set(groups.map(\.letter))
        let letters = Self.alphabet(for: language.code).map { letter -> [String: Any] in
            ["letter": letter, "id": Self.id(for: letter), "has_pages": present.contains(letter)]
        }
        var values = context.data.common(language: language.code)
        let strings = context.data.words(language.code)
        let title = strings["a_to_z"] ?? "A to Z"
        let url = context.data.aToZURL(language: language.code)
        values["page"] = [
            "title": title, "url": url, "permalink": context.config.baseURL.absolute(url),
            "description": strings["a_to_z_description"] ?? "Every page on this site in alphabetical order.",
            "language": language.code,
            "json_ld": context.data.jsonLD(.init(
                name: title, description: strings["a_to_z_description"] ?? "",
                url: context.config.baseURL.absolute(url), language: language.code)),
        ] as [String: Any]
        let home = context.tree.home(language: language.code)
        values["breadcrumbs"] = [
            ["title": context.tree.pages[home].title, "url": context.tree.pages[home].url, "is_current": false],
            ["title": title, "url": url, "is_current": true],
        ] as [[String: Any]]
        values["a_to_z"] = [
            "letters": letters,
            "groups": groups.map { group -> [String: Any] in
                ["letter": group.letter, "id": group.id, "pages": group.pages.map(context.data.summary)]
            },
        ] as [String: Any]
        return render("a-z", values, theme: context.theme, for: "themes/\(context.theme.name)")
    }

    static let latin = (UnicodeScalar("A").value...UnicodeScalar("Z").value).map { String(UnicodeScalar($0)!) }

    /// Spanish files Ñ as a letter of its own, after N.
    static func alphabet(for language: String) -> [String] {
        guard language.hasPrefix("es") else { return latin }
        var letters = latin
        letters.insert("Ñ", at: letters.firstIndex(of: "O")!)
        return letters
    }

    static func id(for letter: String) -> String {
        switch letter {
        case "0–9": return "numbers"
        case "#": return "other"
        case "Ñ": return "enye"
        default: return letter.lowercased()
        }
    }

    /// Titles starting with a digit group under "0–9" first; accented letters
    /// file under their plain letter ("Ébola" under E).
    static func groups(_ tree: SiteTree, language: String = "en") -> [Group] {
        var byLetter: [String: [Int]] = [:]
        // Each title is folded once here: sorting with `sortKey` in the
        // comparison folded two titles per comparison (Foundation's folding is slow).
        var keys = [String](repeating: "", count: tree.pages.count)
        for (index, page) in tree.pages.enumerated() where page.kind != .home && page.language == language {
            keys[index] = sortKey(page.title)
            byLetter[letter(for: page.title, language: language), default: []].append(index)
        }
        let order = ["0–9"] + alphabet(for: language) + ["#"]
        return order.compactMap { letter in
            guard let pages = byLetter[letter] else { return nil }
            let sorted = pages.sorted { keys[$0] < keys[$1] }
            return Group(letter: letter, id: id(for: letter), pages: sorted)
        }
    }

    static func letter(for title: String, language: String = "en") -> String {
        let start = title.drop { !$0.isLetter && !$0.isNumber }
        if language.hasPrefix("es"), let first = start.first, first == "ñ" || first == "Ñ" { return "Ñ" }
        guard let first = sortKey(title).first else { return "#" }
        if first.isNumber { return "0–9" }
        let upper = String(first).uppercased()
        return latin.contains(upper) ? upper : "#"
    }

    static func sortKey(_ title: String) -> String {
        title.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
            .drop { !$0.isLetter && !$0.isNumber }
            .description
    }
}
