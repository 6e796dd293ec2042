/// The site's sections and pages in reading order, computed once per build
/// and shared by every generator.
public struct SiteTree: Sendable {
    public struct Section: Sendable {
        /// Folder inside `content/`: "" for the home page.
        public var folder: String
        /// The section's own page.
        public var page: Int
        /// Sub-sections' pages, then ordinary pages, each in reading order.
        public var subsections: [Int] = []
        public var pages: [Int] = []
        public var children: [Int] { subsections + pages }
    }

    public var pages: [Page]
    public var sections: [String: Section]
    /// `genes/dna.md` -> page index.
    public var byContentPath: [String: Int]
    /// Output path (`genes/dna/index.html`) -> page index.
    public var byOutputPath: [String: Int]

    public var home: Int { sections[""]!.page }

    /// The section a page is listed in; nil for the home page.
    public func parentSection(of index: Int) -> Section? {
        let page = pages[index]
        if page.kind == .home { return nil }
        return sections[page.parentFolder]
    }

    /// Home first, the page itself last.
    public func ancestry(of index: Int) -> [Int] {
        var chain = [index]
        var current = index
        while let section = parentSection(of: current) {
            chain.append(section.page)
            current = section.page
        }
        return chain.reversed()
    }

    /// The section page standing for a folder, walking up to the nearest one that exists.
    func sectionPage(forFolder folder: String) -> Int {
        sections[folder]?.page ?? home
    }
}
