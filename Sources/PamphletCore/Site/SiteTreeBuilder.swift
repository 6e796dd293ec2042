import PamphletMarkdown
import Foundation

/// Gives every page its address, fills in missing section pages, orders
/// each section and refuses two pages that would write the same file.
struct SiteTreeBuilder {
    let config: SiteConfig

    func build(pages input: consuming [Page], diagnostics: inout [Diagnostic]) -> SiteTree {
        // Taken, not copied: adding the sections' pages to a shared array would copy every page.
        var pages = input
        diagnostics += FolderPageConvention.indexPageProblems(pages)
        addMissingSections(to: &pages)

        var byOutputPath: [String: Int] = [:]
        var byContentPath: [String: Int] = [:]
        // A section's `slug` renames its folder in every address below it
        // (a Spanish section can read /es/terapia-genica/).
        let sectionSlugs = Self.sectionSlugs(pages)
        let folders = folderAddresses(pages, sectionSlugs: sectionSlugs)
        // Each page's address on its own, on every core; then, in order, which pages clash.
        // Its output path and address are joined there too: the loop after it runs on one core.
        let basePath = config.baseURL.path
        let addresses = parallelMap(Array(pages.indices)) { [pages] _, index in
            var found: [Diagnostic] = []
            let relative = address(of: pages[index], folders: folders, diagnostics: &found)
            return (relative.map { (outputPath: $0 + "index.html", url: basePath + $0) }, found)
        }
        byContentPath.reserveCapacity(pages.count)
        byOutputPath.reserveCapacity(pages.count)
        for index in pages.indices {
            byContentPath[pages[index].contentPath] = index
            diagnostics += addresses[index].1
            guard let (outputPath, url) = addresses[index].0 else { continue }
            pages[index].outputPath = outputPath
            pages[index].url = url
            if let other = byOutputPath[pages[index].outputPath],
               let clash = FolderPageConvention.clash(between: pages[other], and: pages[index]) {
                diagnostics.append(clash)
            } else if let other = byOutputPath[pages[index].outputPath] {
                diagnostics.append(.error(
                    "this page and \(pages[other].source) both become \(pages[index].url); give one of them a different 'slug' or 'url'",
                    file: pages[index].source, line: pages[index].frontMatter.positions["url"]?.line ?? pages[index].frontMatter.positions["slug"]?.line,
                    code: "duplicate-url"))
            } else {
                byOutputPath[pages[index].outputPath] = index
            }
        }

        // By index: `for page in pages` copies every page, a retain for each of its texts.
        var sections: [SiteTree.SectionKey: SiteTree.Section] = [:]
        for index in pages.indices where pages[index].kind != .page {
            let key = SiteTree.SectionKey(language: pages[index].language, folder: pages[index].folder ?? "")
            sections[key] = SiteTree.Section(key: key, page: index)
        }
        for index in pages.indices where pages[index].kind != .home {
            let key = SiteTree.SectionKey(language: pages[index].language, folder: pages[index].parentFolder)
            if pages[index].kind == .section {
                sections[key]?.subsections.append(index)
            } else {
                sections[key]?.pages.append(index)
            }
        }
        // Sort keys made once per page, not once per comparison.
        let keys = parallelMap(Array(pages.indices)) { [pages] _, index in ReadingOrderKey(pages[index]) }
        for key in sections.keys {
            sections[key]!.subsections.sort { keys[$0] < keys[$1] }
            sections[key]!.pages.sort { keys[$0] < keys[$1] }
        }
        var translations: [String: [String: Int]] = [:]
        translations.reserveCapacity(pages.count)
        for index in pages.indices where pages[index].hasSourceFile {
            translations[pages[index].translationKey, default: [:]][pages[index].language] = index
        }
        let used = Set(pages.indices.map { pages[$0].language })
        var tree = SiteTree(pages: pages, sections: sections, byContentPath: byContentPath, byOutputPath: byOutputPath)
        tree.translations = translations
        tree.languages = config.languages.filter { used.contains($0.code) || $0.isDefault }
        return tree
    }

    static func sectionSlugs(_ pages: [Page]) -> [SiteTree.SectionKey: String] {
        var sectionSlugs: [SiteTree.SectionKey: String] = [:]
        for index in pages.indices where pages[index].kind == .section {
            if let slug = pages[index].frontMatter.slug, Self.isSingleSegment(slug), let segment = Slug.make(slug).nonEmpty {
                sectionSlugs[SiteTree.SectionKey(language: pages[index].language, folder: pages[index].folder ?? "")] = segment
            }
        }
        return sectionSlugs
    }

    /// The address of each folder that holds pages, in each language, made
    /// once for the folder rather than once for each of its pages.
    func folderAddresses(_ pages: [Page], sectionSlugs: [SiteTree.SectionKey: String]) -> [SiteTree.SectionKey: [String]] {
        var folders: [SiteTree.SectionKey: [String]] = [:]
        for index in pages.indices {
            let key = SiteTree.SectionKey(language: pages[index].language, folder: Self.addressFolder(of: pages[index]))
            if folders[key] == nil { folders[key] = Self.folderSegments(key, sectionSlugs: sectionSlugs) }
        }
        return folders
    }

    /// The folder whose address a page's starts with: its own for a section.
    static func addressFolder(of page: Page) -> String {
        page.kind == .page ? page.parentFolder : (page.folder ?? "")
    }

    /// Each folder of the path, renamed by its section's `slug` or made an address part.
    static func folderSegments(_ key: SiteTree.SectionKey, sectionSlugs: [SiteTree.SectionKey: String]) -> [String] {
        let folderParts = key.folder.split(separator: "/").map(String.init)
        var segments: [String] = []
        for (depth, part) in folderParts.enumerated() {
            let folder = folderParts[...depth].joined(separator: "/")
            segments.append(sectionSlugs[SiteTree.SectionKey(language: key.language, folder: folder)] ?? Slug.make(part).nonEmpty ?? part)
        }
        return segments
    }

    /// Sorts again the list a page is in (its section's pages, or its parent's
    /// sub-sections), as `build` sorts it, after the page's title or weight
    /// changed: the rest of the tree stays as it is.
    static func reorder(_ tree: inout SiteTree, around index: Int) {
        let page = tree.pages[index]
        let key = SiteTree.SectionKey(language: page.language, folder: page.parentFolder)
        guard page.kind != .home, var section = tree.sections[key] else { return }
        let pages = tree.pages
        let order = { (list: [Int]) in list.map { (ReadingOrderKey(pages[$0]), $0) }.sorted { $0.0 < $1.0 }.map(\.1) }
        if page.kind == .section { section.subsections = order(section.subsections) } else { section.pages = order(section.pages) }
        tree.sections[key] = section
    }

    /// Weight first (pages without one go last), then title, then file.
    struct ReadingOrderKey: Comparable {
        var weight: Int
        var title: String
        var path: String

        init(_ page: Page) {
            weight = page.weight ?? Int.max
            title = Slug.make(page.title)
            path = page.contentPath
        }

        static func < (a: ReadingOrderKey, b: ReadingOrderKey) -> Bool {
            (a.weight, a.title, a.path) < (b.weight, b.title, b.path)
        }
    }

    /// Every folder that holds pages is a section; one without `_index.md`
    /// gets a page titled after the folder, as Hugo does.
    private func addMissingSections(to pages: inout [Page]) {
        var known = Set<SiteTree.SectionKey>()
        for index in pages.indices where pages[index].kind != .page {
            known.insert(SiteTree.SectionKey(language: pages[index].language, folder: pages[index].folder ?? ""))
        }
        var needed: [SiteTree.SectionKey] = []
        for index in pages.indices where pages[index].kind != .home {
            var key = SiteTree.SectionKey(language: pages[index].language, folder: pages[index].parentFolder)
            while !known.contains(key) {
                known.insert(key)
                needed.append(key)
                if key.folder.isEmpty { break }
                key.folder = key.folder.parentPath
            }
        }
        let defaultHome = SiteTree.SectionKey(language: config.defaultLanguage.code, folder: "")
        if !known.contains(defaultHome) { needed.append(defaultHome) }
        pages.reserveCapacity(pages.count + needed.count)
        for key in needed {
            let folder = key.folder
            let name = folder.fileName
            var matter = FrontMatter()
            matter.title = folder.isEmpty ? config.title : Self.humanize(name)
            let indexName = config.language(key.language)?.isDefault == false ? "_index.\(key.language).md" : "_index.md"
            let contentPath = folder.isEmpty ? indexName : folder + "/" + indexName
            pages.append(Page(
                kind: folder.isEmpty ? .home : .section,
                source: "content/" + (folder.isEmpty ? "" : folder + "/"),
                contentPath: contentPath,
                parentFolder: folder.parentPath,
                folder: folder,
                language: key.language,
                translationKey: folder.isEmpty ? "_index.md" : folder + "/_index.md",
                frontMatter: matter,
                body: "",
                bodyStartLine: 1,
                hasSourceFile: false))
        }
    }

    static func humanize(_ name: String) -> String {
        let words = name.replacingOccurrences(of: "-", with: " ").replacingOccurrences(of: "_", with: " ")
        return words.prefix(1).uppercased() + words.dropFirst()
    }

    /// Whether a `slug` is one segment of an address: no "/", "\\" or "..".
    static func isSingleSegment(_ slug: String) -> Bool {
        !slug.contains("/") && !slug.contains("\\") && !slug.contains("..")
    }

    /// The page's path below the site root, ending in "/" ("" for home); nil,
    /// with an error, when its `url` or `slug` would take it out of the site.
    func address(of page: Page, sectionSlugs: [SiteTree.SectionKey: String], diagnostics: inout [Diagnostic]) -> String? {
        let key = SiteTree.SectionKey(language: page.language, folder: Self.addressFolder(of: page))
        return address(of: page, folders: [key: Self.folderSegments(key, sectionSlugs: sectionSlugs)], diagnostics: &diagnostics)
    }

    /// The same, with every folder's address made beforehand (`folderAddresses`).
    func address(of page: Page, folders: [SiteTree.SectionKey: [String]], diagnostics: inout [Diagnostic]) -> String? {
        let matter = page.frontMatter
        if let url = matter.url {
            let position = matter.positions["url"]
            switch SitePath.normalize(url) {
            case .success(let path): return path
            case .failure(let problem):
                diagnostics.append(.error(
                    "'url' \(problem.explanation); write a path such as /about-us/",
                    file: page.source, line: position?.line, column: position?.column, code: "outside-root"))
                return nil
            }
        }
        let key = SiteTree.SectionKey(language: page.language, folder: Self.addressFolder(of: page))
        var segments = folders[key] ?? []
        if let slug = matter.slug, page.kind == .section, !Self.isSingleSegment(slug) {
            let position = matter.positions["slug"]
            diagnostics.append(.error(
                "'slug' must be one part of an address, without '/' or '..'; use 'url' to move the page elsewhere",
                file: page.source, line: position?.line, column: position?.column, code: "outside-root"))
            return nil
        }
        if page.kind == .page {
            let stem = page.translationKey.fileName.removingExtension
            if let slug = matter.slug {
                let position = matter.positions["slug"]
                guard Self.isSingleSegment(slug) else {
                    diagnostics.append(.error(
                        "'slug' must be one part of an address, without '/' or '..'; use 'url' to move the page elsewhere",
                        file: page.source, line: position?.line, column: position?.column, code: "outside-root"))
                    return nil
                }
                segments.append(Slug.make(slug).nonEmpty ?? stem)
            } else {
                segments.append(Slug.make(stem).nonEmpty ?? stem)
            }
        }
        let prefix = config.language(page.language)?.pathPrefix ?? ""
        return prefix + (segments.isEmpty ? "" : segments.joined(separator: "/") + "/")
    }
}

extension String {
    var nonEmpty: String? { isEmpty ? nil : self }
}
