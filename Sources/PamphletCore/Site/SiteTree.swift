/// The site's sections and pages in reading order, computed once per build
/// and shared by every generator. Each language has its own tree of
/// sections; translations are linked through their `translationKey`.
public struct SiteTree: Sendable {
    public struct SectionKey: Hashable, Sendable {
        public var language: String
        /// Folder inside `content/`: "" for the home page.
        public var folder: String
    }

    public struct Section: Sendable {
        public var key: SectionKey
        /// The section's own page.
        public var page: Int
        /// Sub-sections' pages, then ordinary pages, each in reading order.
        public var subsections: [Int] = []
        public var pages: [Int] = []
        public var children: [Int] { subsections + pages }
    }

    public var pages: [Page]
    public var sections: [SectionKey: Section]
    /// `genes/dna.md` -> page index.
    public var byContentPath: [String: Int]
    /// Output path (`genes/dna/index.html`) -> page index.
    public var byOutputPath: [String: Int]
    /// Translation key -> the page in each language.
    public var translations: [String: [String: Int]] = [:]
    /// Languages that have at least one page, default first.
    public var languages: [Language] = []

    public func homeSection(language: String) -> Section? {
        sections[SectionKey(language: language, folder: "")]
    }

    /// The home page of a language (the default language's when it has none).
    public func home(language: String) -> Int {
        homeSection(language: language)?.page ?? homeSection(language: languages.first?.code ?? "")?.page ?? 0
    }

    public var home: Int { home(language: languages.first?.code ?? "") }

    /// The section a page is listed in; nil for a home page.
    public func parentSection(of index: Int) -> Section? {
        let page = pages[index]
        if page.kind == .home { return nil }
        return sections[SectionKey(language: page.language, folder: page.parentFolder)]
    }

    /// The section a section or home page stands for.
    public func ownSection(of index: Int) -> Section? {
        let page = pages[index]
        guard page.kind != .page else { return nil }
        return sections[SectionKey(language: page.language, folder: page.folder ?? "")]
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

    /// The page's versions in every language, in the order site.yml lists them.
    public func versions(of index: Int) -> [(language: Language, page: Int)] {
        versions(key: pages[index].translationKey)
    }

    public func versions(key: String) -> [(language: Language, page: Int)] {
        guard let byLanguage = translations[key] else { return [] }
        return languages.compactMap { language in byLanguage[language.code].map { (language, $0) } }
    }
}
