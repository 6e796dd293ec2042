import PamphletMarkdown

/// A page must not go out with the text `pamphlet new` wrote as a prompt.
/// Runs when a page is read, on its Markdown, because a build lets go of
/// the Markdown after rendering. (An unsigned review: `ReviewDateCheck`.)
enum ReviewGovernanceCheck: Check {
    static let codes = ["placeholder-text"]

    /// The sentences `PageScaffold` writes for the writer to replace.
    static let placeholders = [
        "Write one or two short sentences that say what this page is about.",
        "Keep sentences short and use everyday words.",
    ]

    static func check(_ page: Page) -> [Diagnostic] {
        guard page.hasSourceFile else { return [] }
        // Most pages hold neither sentence: a byte search of the whole body decides before any line is split.
        // (memchr to each candidate first byte: a byte-by-byte loop here was a tenth of "Read content".)
        guard placeholderBytes.contains(where: { MarkdownDocument.contains($0, in: page.body) }) else { return [] }
        var findings: [Diagnostic] = []
        var lineNumber = page.bodyStartLine
        for line in page.body.split(separator: "\n", omittingEmptySubsequences: false) {
            for placeholder in placeholders {
                guard let range = line.range(of: placeholder) else { continue }
                // Columns count bytes, as cmark's do.
                let column = line.utf8.distance(from: line.startIndex, to: range.lowerBound) + 1
                findings.append(.warning(
                    "this is the placeholder text 'pamphlet new' wrote (\"\(placeholder)\"); replace it with the page's own words",
                    file: page.source, line: lineNumber, column: column, code: "placeholder-text"))
            }
            lineNumber += 1
        }
        return findings
    }

    /// The placeholders' bytes, made once (the generic `firstRange(of:)` on a UTF-8 view was slower than reading the page).
    private static let placeholderBytes = placeholders.map { Array($0.utf8) }
}
