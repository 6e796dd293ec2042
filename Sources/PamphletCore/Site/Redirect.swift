/// An old address (`aliases` in front matter) that forwards to a page.
public struct Redirect: Sendable {
    /// File written in the output folder: `gene-therapy-basics/index.html`.
    public var outputPath: String
    public var target: Int
    public var source: String
    public var position: SourcePosition
}

extension SiteTreeBuilder {
    /// Checks every alias: inside the site, not taken by a page or another alias.
    func redirects(for tree: SiteTree, reserved: [String: String], diagnostics: inout [Diagnostic]) -> [Redirect] {
        var redirects: [Redirect] = []
        var taken: [String: Redirect] = [:]
        // By index, and only pages with aliases read further: `for page in` copied every page.
        for index in tree.pages.indices where !tree.pages[index].frontMatter.aliases.isEmpty {
            let page = tree.pages[index]
            for alias in page.frontMatter.aliases {
                let outputPath: String
                // The alias as a file name too: "/sitemap.xml" must not become the folder sitemap.xml/.
                var asFile = ""
                switch SitePath.normalize(alias.value) {
                case .failure(let problem):
                    diagnostics.append(.error(
                        "the alias '\(alias.value)' \(problem.explanation); write an old address such as /old-page/",
                        file: page.source, line: alias.position.line, column: alias.position.column, code: "outside-root"))
                    continue
                case .success(let path):
                    // An old `.html` address keeps its file name; others become folders.
                    let trimmed = String(path.dropLast())
                    asFile = trimmed
                    outputPath = trimmed.hasSuffix(".html") || trimmed.hasSuffix(".htm") ? trimmed : path + "index.html"
                }
                let redirect = Redirect(outputPath: outputPath, target: index, source: page.source, position: alias.position)
                if let other = tree.byOutputPath[outputPath] {
                    diagnostics.append(.error(
                        "the alias '\(alias.value)' is the address of \(tree.pages[other].source); remove the alias or move that page",
                        file: page.source, line: alias.position.line, column: alias.position.column, code: "alias-collision"))
                } else if let other = taken[outputPath] {
                    diagnostics.append(.error(
                        "the alias '\(alias.value)' is also an alias of \(other.source) (line \(other.position.line)); keep it on one page only",
                        file: page.source, line: alias.position.line, column: alias.position.column, code: "alias-collision"))
                } else if let owner = reserved[outputPath] ?? reserved[asFile] {
                    diagnostics.append(.error(
                        "the alias '\(alias.value)' is taken by \(owner), which Pamphlet writes there",
                        file: page.source, line: alias.position.line, column: alias.position.column, code: "alias-collision"))
                } else {
                    taken[outputPath] = redirect
                    redirects.append(redirect)
                }
            }
        }
        return redirects
    }
}
