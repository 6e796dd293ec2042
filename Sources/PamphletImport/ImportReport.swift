/// `import-report.md`: what the import did, and everything it could not
/// do, each with the old file and line, so a writer can finish by hand.
public struct ImportReport: Sendable {
    public struct Finding: Sendable, Equatable {
        /// The old file, from the imported folder (`content/en/about.md`).
        public var file: String
        public var line: Int
        public var message: String
    }

    /// A link written with a word of the old site's link render hook (`[page bundle](g)`).
    public struct HookLink: Sendable, Equatable {
        public var destination: String
        public var file: String
        public var line: Int
        public var text: String
        /// The new content path now linked, or nil when the words are plain text now.
        public var page: String?
    }

    public var pagesImported = 0
    public var filesCopied = 0
    public var moves: [(from: String, to: String)] = []
    /// Things a writer must finish: shortcodes, links, front matter.
    public var findings: [Finding] = []
    /// Dates that were not carried over (never `reviewed`).
    public var dateNotes: [Finding] = []
    /// Front matter keys with no Pamphlet meaning: key -> where.
    public var droppedKeys: [String: [Finding]] = [:]
    public var skippedFiles: [(path: String, reason: String)] = []
    /// What site.yml's `unsafe_html` was set to, and why (`RawHTMLSetting`).
    public var rawHTML = ""
    /// The old site's link render hook, when it had one, and the links only it understood.
    public var hookFile: String?
    public var hookLinks: [HookLink] = []
    /// Links to anchors only the old site's templates or shortcodes made.
    var missingAnchors: [MissingAnchors.Link] = []

    static let file = "import-report.md"

    public var markdown: String {
        var text = """
            # Import report

            - Pages imported: \(pagesImported)
            - Pictures and files copied: \(filesCopied)
            - To finish by hand: \(toFinish)
            - Dates not carried over: \(dateNotes.count)

            Build the new site with `pamphlet build` (or `pamphlet check`): it points at anything else, line by line.
            Each page's `reviewed` date is left empty on purpose: only a clinician's review may set it.
            Raw HTML: \(rawHTML).

            """
        text += section("To finish by hand", findings.map { "- `\($0.file):\($0.line)`: \($0.message)" })
        text += hookSection
        if !missingAnchors.isEmpty { text += section(
            "Links to parts of pages the old site's templates made",
            ["These links name a part of a page (`#...`) that has no heading or term with that id in the new site: "
             + "the old site's templates, layouts or shortcodes made it when they built the site, and Pamphlet runs none of them. "
             + "Write the heading (or `{#id}` after one) into the page where that part belongs, or link to the page without the `#...`.", ""]
                + missingAnchors.map { link in
                    "- `\(link.file):\(link.line)`: `#\(link.fragment)` on `\(link.target)`"
                        + (link.reason.map { ", " + $0 } ?? "")
                }) }
        text += section(
            "Dates not carried over",
            ["Other generators' `date` and `lastmod` say when a file was written or changed, not when a clinician checked it, so they are not made into `reviewed` dates."]
                + dateNotes.map { "- `\($0.file):\($0.line)`: \($0.message)" })
        var keyLines: [String] = []
        for key in droppedKeys.keys.sorted() {
            let places = droppedKeys[key]!
            let shown = places.prefix(10).map { "`\($0.file):\($0.line)`" }.joined(separator: ", ")
            keyLines.append("- `\(key)` (\(places.count) page\(places.count == 1 ? "" : "s")): \(shown)\(places.count > 10 ? ", and \(places.count - 10) more" : "")")
        }
        text += section("Front matter keys left out (Pamphlet has no such setting)", keyLines)
        text += section("Pages moved to Pamphlet's folder conventions", moves.map { "- `\($0.from)` → `content/\($0.to)`" })
        text += section("Files not copied", skippedFiles.map { "- `\($0.path)`: \($0.reason)" })
        return text
    }

    /// Everything a writer still has to do by hand.
    public var toFinish: Int { findings.count + hookLinks.filter { $0.page == nil }.count + missingAnchors.count }

    /// The links only the old render hook understood, grouped by their word.
    private var hookSection: String {
        guard let hookFile, !hookLinks.isEmpty else { return "" }
        var text = "\n## Links the old site's render hook made\n\n"
            + "When Hugo built the old site, its link render hook (`\(hookFile)`) turned links written with these words "
            + "into links to other pages. Pamphlet has no render hooks, so each such link now leads to the page its words name "
            + "(check that it is the page the old site led to), or, where no page has that name, is plain text: "
            + "link those words to the right page's `.md` file by hand, or leave them as text.\n"
        for destination in Set(hookLinks.map(\.destination)).sorted() {
            let links = hookLinks.filter { $0.destination == destination }
            let linked = links.filter { $0.page != nil }, plain = links.filter { $0.page == nil }
            text += "\n### `(\(destination))`: \(links.count) link\(links.count == 1 ? "" : "s")\n\n"
            text += "- Now linked to the page their words name: \(linked.count)"
            if let example = linked.first { text += " (`[\(example.text)](\(destination))` → `content/\(example.page!)`)" }
            text += "\n- Now plain text, to link by hand: \(plain.count)\n"
            text += plain.map { "  - `\($0.file):\($0.line)`: \"\($0.text)\"\n" }.joined()
        }
        return text
    }

    private func section(_ title: String, _ lines: [String]) -> String {
        guard !lines.isEmpty else { return "" }
        return "\n## \(title)\n\n" + lines.joined(separator: "\n") + "\n"
    }
}
