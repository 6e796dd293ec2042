/// An expired page's address keeps working: printed leaflets link to it.
/// It redirects to the page's section, or to `expires_redirect`.
extension SiteTreeBuilder {
    func expiredRedirects(
        _ unpublished: [Page], in tree: SiteTree, taken: [Redirect], reserved: [String: String], today: CalendarDate,
        diagnostics: inout [Diagnostic]
    ) -> [Redirect] {
        var used = Set(taken.map(\.outputPath))
        var redirects: [Redirect] = []
        let slugs = Self.sectionSlugs(tree.pages)
        for page in unpublished.sorted(by: { $0.source < $1.source }) {
            guard case .expired = Publication(page.frontMatter, today: today) else { continue }
            var ignored: [Diagnostic] = []
            guard let relative = address(of: page, sectionSlugs: slugs, diagnostics: &ignored) else { continue }
            let outputPath = relative + "index.html"
            // A live page or an alias at the same address keeps it working already.
            guard tree.byOutputPath[outputPath] == nil, !used.contains(outputPath), reserved[outputPath] == nil else { continue }
            guard let target = redirectTarget(of: page, in: tree, diagnostics: &diagnostics) else { continue }
            let position = page.frontMatter.expiresRedirect?.position ?? page.frontMatter.positions["expires"] ?? SourcePosition(line: 1)
            used.insert(outputPath)
            redirects.append(Redirect(outputPath: outputPath, target: target, source: page.source, position: position))
        }
        return redirects
    }

    /// `expires_redirect` (a page file relative to this one, or a site
    /// address), else the section the page was in.
    private func redirectTarget(of page: Page, in tree: SiteTree, diagnostics: inout [Diagnostic]) -> Int? {
        guard let chosen = page.frontMatter.expiresRedirect else {
            let folder = page.kind == .page ? page.parentFolder : (page.folder ?? "").parentPath
            return tree.sections[SiteTree.SectionKey(language: page.language, folder: folder)]?.page
                ?? tree.homeSection(language: config.defaultLanguage.code)?.page
        }
        let text = chosen.value
        var found: Int?
        if text.hasPrefix("/") {
            let basePath = config.baseURL.path
            let relative = basePath != "/" && text.hasPrefix(basePath) ? "/" + text.dropFirst(basePath.count) : text
            if case .success(let path) = SitePath.normalize(relative) { found = tree.byOutputPath[path + "index.html"] }
        } else if let path = LinkResolver.join(page.contentPath.parentPath, text) {
            found = tree.byContentPath[path] ?? tree.byContentPath[path.isEmpty ? "_index.md" : path + "/_index.md"]
        }
        if found == nil {
            diagnostics.append(.error(
                "'expires_redirect' names '\(text)', which is not a published page; give a page file such as other-page.md "
                    + "(relative to this page) or a page's address such as /conditions/asthma/, or remove it to send readers to the section",
                file: page.source, line: chosen.position.line, column: chosen.position.column, code: "expires-redirect"))
        }
        return found
    }

    /// One note per page left out on a date, so a build says what it did not publish.
    static func publicationNotes(
        _ unpublished: [Page], redirects: [Redirect], tree: SiteTree, today: CalendarDate, basePath: String
    ) -> [Diagnostic] {
        let bySource = Dictionary(redirects.map { ($0.source, $0) }, uniquingKeysWith: { first, _ in first })
        var notes: [Diagnostic] = []
        for page in unpublished {
            switch Publication(page.frontMatter, today: today) {
            case .scheduled(let day):
                let position = page.frontMatter.positions["publish_date"]
                notes.append(Diagnostic(
                    .note, "scheduled: left out of the build until its publish_date, \(day.iso)",
                    file: page.source, line: position?.line, column: position?.column, code: "scheduled"))
            case .expired(let day):
                let position = page.frontMatter.positions["expires"]
                var redirected = ""
                if let redirect = bySource[page.source] {
                    let address = basePath + redirect.outputPath.dropLast("index.html".count)
                    redirected = "; its address \(address) now redirects to \(tree.pages[redirect.target].url)"
                }
                notes.append(Diagnostic(
                    .note, "expired on \(day.iso): left out of the build\(redirected)",
                    file: page.source, line: position?.line, column: position?.column, code: "expired"))
            case .published, .draft:
                break
            }
        }
        return notes
    }
}
