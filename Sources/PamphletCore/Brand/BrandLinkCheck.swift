/// A site address in `brand.header_links` or `brand.footer_links`
/// (`/contact/`) must lead to a page or file of the site, like a link in a
/// page: it is on every page, so a broken one would be everywhere.
enum BrandLinkCheck {
    static func problems(_ brand: BrandSettings, tree: SiteTree, staticFiles: [String], config: SiteConfig) -> [Diagnostic] {
        let base = config.baseURL.path
        // Most sites' brand links lead elsewhere or are none: every address of 10,000 pages is gathered only when one does not.
        let siteLinks = (brand.headerLinks + brand.footerLinks).contains { $0.url.values.contains { $0.hasPrefix("/") } }
        guard siteLinks else { return [] }
        var known = Set(tree.pages.map(\.url))
        for file in staticFiles { known.insert(base + file) }
        for language in config.languages {
            let home = base + language.pathPrefix
            known.insert(home + AToZGenerator.folder + "/")
            known.insert(home + Glossary.folder + "/")
        }
        for file in ["sitemap.xml", "robots.txt", "404.html"] { known.insert(base + file) }

        var problems: [Diagnostic] = []
        for (setting, links) in [("header_links", brand.headerLinks), ("footer_links", brand.footerLinks)] {
            for link in links {
                for (_, url) in link.url.sorted(by: { $0.key < $1.key }) where url.hasPrefix("/") {
                    var path = BrandLink.href(url, basePath: base)
                    if let hash = path.firstIndex(of: "#") { path = String(path[..<hash]) }
                    if let query = path.firstIndex(of: "?") { path = String(path[..<query]) }
                    let folderForm = path.hasSuffix("/") || path.fileName.contains(".") ? path : path + "/"
                    guard !known.contains(folderForm), !known.contains(path) else { continue }
                    let hint = Suggestion.phrase(Suggestion.closest(to: folderForm, in: known.sorted()))
                    let message = "the address '\(url)' in brand.\(setting) is not a page or file of this site\(hint)"
                    let severity = config.links.broken
                    if let position = link.position {
                        problems.append(Diagnostic(severity, message, file: position.file, line: position.line, column: position.column, code: "broken-link"))
                    } else {
                        problems.append(Diagnostic(severity, message, file: "site.yml", code: "broken-link"))
                    }
                }
            }
        }
        return problems
    }
}
