/// Other generators give a folder its own page in ways Pamphlet does not:
/// Hugo's `folder/index.md` (a "leaf bundle") and Metalsmith's or Jekyll's
/// `X.md` beside a folder `X/`. Pamphlet has one way, `X/_index.md`, so a
/// link to the folder's page always names one file; these are errors whose
/// advice is the exact move (`pamphlet import` makes it for a whole site).
enum FolderPageConvention {
    /// `folder/index.md` (any language): published as /folder/index/ otherwise, which nobody means.
    static func indexPageProblems(_ pages: [Page]) -> [Diagnostic] {
        var ownPages: Set<SiteTree.SectionKey> = []
        // By index: `for page in pages` copies every page.
        for index in pages.indices where pages[index].kind != .page && pages[index].hasSourceFile {
            ownPages.insert(SiteTree.SectionKey(language: pages[index].language, folder: pages[index].folder ?? ""))
        }
        var problems: [Diagnostic] = []
        for index in pages.indices where pages[index].kind == .page && pages[index].translationKey.hasSuffix("index.md") {
            let page = pages[index]
            guard page.translationKey.fileName == "index.md" else { continue }
            let folder = page.parentFolder
            let sectionFile = "content/" + (folder.isEmpty ? "" : folder + "/") + indexName(for: page)
            let message: String
            if ownPages.contains(SiteTree.SectionKey(language: page.language, folder: folder)) {
                message = "a folder's own page is its _index.md, and this folder has one (\(sectionFile)); "
                    + "move this text into it, or give this file another name (as index.md it would be published at .../index/)"
            } else {
                message = "a folder's own page is its _index.md, not index.md (as index.md it would be published at .../index/); "
                    + "rename this file to \(sectionFile)"
            }
            problems.append(.error(message, file: page.source, line: 1, column: 1, code: "folder-page"))
        }
        return problems
    }

    /// `X.md` and the folder `X/` both take /X/; when `X/` has no
    /// `_index.md`, the fix is to make the file that. Nil for other clashes.
    static func clash(between first: Page, and second: Page) -> Diagnostic? {
        let (page, section) = first.kind == .page ? (first, second) : (second, first)
        guard page.kind == .page, section.kind == .section, !section.hasSourceFile,
              page.frontMatter.url == nil, page.frontMatter.slug == nil,
              page.translationKey.removingExtension == section.folder
        else { return nil }
        let target = "content/" + section.contentPath
        let name = (section.folder ?? "").fileName
        return .error(
            "this page and the folder content/\(section.folder ?? "")/ both become \(page.url); a folder's own page is its _index.md, "
                + "so move this file to \(target) (then start its links from inside the folder: '\(name)/page.md' becomes 'page.md', "
                + "'other.md' becomes '../other.md')",
            file: page.source, line: 1, column: 1, code: "folder-page")
    }

    /// `_index.md`, or `_index.es.md` for a translation.
    private static func indexName(for page: Page) -> String {
        let fileName = page.contentPath.fileName
        return fileName == "index.md" ? "_index.md" : "_index" + fileName.dropFirst("index".count)
    }
}
