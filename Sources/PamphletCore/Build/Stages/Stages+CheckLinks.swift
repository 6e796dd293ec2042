extension Stages {
    /// `#fragment` links must name a heading that exists on their page.
    static func checkLinks(_ context: BuildContext) throws {
        guard let tree = context.tree else { return }
        let anchors = tree.pages.map { Set($0.rendered.headings.map(\.id)) }
        let severity = context.config.links.broken
        for page in tree.pages {
            for link in page.rendered.links {
                guard let target = link.targetPage, let fragment = link.fragment, !fragment.isEmpty,
                      !anchors[target].contains(fragment) else { continue }
                let targetPage = tree.pages[target]
                let hint = Suggestion.phrase(Suggestion.closest(to: fragment, in: anchors[target].sorted()))
                let headings = targetPage.rendered.headings.map(\.id)
                let known = headings.isEmpty ? "it has no headings" : "its headings are: " + headings.prefix(8).joined(separator: ", ")
                context.diagnostics.append(Diagnostic(
                    severity,
                    "the link '\(link.destination)' names the heading '#\(fragment)', which \(targetPage.source) does not have\(hint) (\(known))",
                    file: page.source, line: link.position.line, column: link.position.column, code: "broken-link"))
            }
        }
    }
}
