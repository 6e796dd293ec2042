import Foundation

/// The A to Z index: every page by title, grouped by first letter.
struct AToZGenerator: Generator {
    static let folder = "a-z"
    let name = "A to Z index"

    struct Group {
        var letter: String
        var id: String
        var pages: [Int]
    }

    func generate(_ context: GeneratorContext, into output: OutputWriter) throws -> [Diagnostic] {
        guard context.theme.has("a-z") else { return [] }
        let groups = Self.groups(context.tree)
        let present = Set(groups.map(\.letter))
        let letters = Self.alphabet.map { letter -> [String: Any] in
            ["letter": letter, "id": letter.lowercased(), "has_pages": present.contains(letter)]
        }
        var values = context.data.common(current: nil)
        let url = context.data.aToZURL
        values["page"] = [
            "title": "A to Z", "url": url, "permalink": context.config.baseURL.absolute(url),
            "description": "Every page on this site in alphabetical order.",
        ] as [String: Any]
        let home = context.tree.home
        values["breadcrumbs"] = [
            ["title": context.tree.pages[home].title, "url": context.tree.pages[home].url, "is_current": false],
            ["title": "A to Z", "url": url, "is_current": true],
        ] as [[String: Any]]
        values["a_to_z"] = [
            "letters": letters,
            "groups": groups.map { group -> [String: Any] in
                ["letter": group.letter, "id": group.id, "pages": group.pages.map(context.data.summary)]
            },
        ] as [String: Any]
        switch render("a-z", values, theme: context.theme, for: "themes/\(context.theme.name)") {
        case .success(let html):
            try output.write(Self.folder + "/index.html", html)
            return []
        case .failure(let diagnostic):
            return [diagnostic]
        }
    }

    static let alphabet = (UnicodeScalar("A").value...UnicodeScalar("Z").value).map { String(UnicodeScalar($0)!) }

    /// Titles starting with a digit group under "0–9" first; accented letters
    /// file under their plain letter ("Ébola" under E).
    static func groups(_ tree: SiteTree) -> [Group] {
        var byLetter: [String: [Int]] = [:]
        // Each title's key is made once: folding is slow, and sorting would
        // otherwise make two for every comparison.
        var keys = [String](repeating: "", count: tree.pages.count)
        for (index, page) in tree.pages.enumerated() where page.kind != .home {
            keys[index] = sortKey(page.title)
            byLetter[letter(forKey: keys[index]), default: []].append(index)
        }
        let order = ["0–9"] + alphabet + ["#"]
        return order.compactMap { letter in
            guard let pages = byLetter[letter] else { return nil }
            let sorted = pages.sorted { keys[$0] < keys[$1] }
            let id = letter == "0–9" ? "numbers" : letter == "#" ? "other" : letter.lowercased()
            return Group(letter: letter, id: id, pages: sorted)
        }
    }

    static func letter(for title: String) -> String {
        letter(forKey: sortKey(title))
    }

    static func letter(forKey key: String) -> String {
        guard let first = key.first else { return "#" }
        if first.isNumber { return "0–9" }
        let upper = String(first).uppercased()
        return alphabet.contains(upper) ? upper : "#"
    }

    static func sortKey(_ title: String) -> String {
        title.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
            .drop { !$0.isLetter && !$0.isNumber }
            .description
    }
}
