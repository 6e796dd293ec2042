/// `import-report.md`: what the import did, and everything it could not
/// do, each with the old file and line, so a writer can finish by hand.
public struct ImportReport: Sendable {
    public struct Finding: Sendable, Equatable {
        /// The old file, from the imported folder (`content/en/about.md`).
        public var file: String
        public var line: Int
        public var message: String
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

    static let file = "import-report.md"

    public var markdown: String {
        var text = """
            # Import report

            - Pages imported: \(pagesImported)
            - Pictures and files copied: \(filesCopied)
            - To finish by hand: \(findings.count)
            - Dates not carried over: \(dateNotes.count)

            Build the new site with `pamphlet build` (or `pamphlet check`): it points at anything else, line by line.
            Each page's `reviewed` date is left empty on purpose: only a clinician's review may set it.
            Raw HTML: \(rawHTML).

            """
        text += section("To finish by hand", findings.map { "- `\($0.file):\($0.line)`: \($0.message)" })
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

    private func section(_ title: String, _ lines: [String]) -> String {
        guard !lines.isEmpty else { return "" }
        return "\n## \(title)\n\n" + lines.joined(separator: "\n") + "\n"
    }
}
