/// Builds the values templates receive (`RootContext` and the types it
/// holds, documented in themes/README.md). Shared parts (site, links, assets,
/// words) are made once per build.
// Read-only after init, so sharing it between rendering threads is safe.
struct TemplateData: @unchecked Sendable {
    let tree: SiteTree
    let config: SiteConfig
    let theme: Theme
    let today: CalendarDate
    /// Per language code: the theme's words (`t`).
    let strings: [String: [String: String]]
    /// Per language code: `site`, `assets`, `links` and `t`, shared by every page.
    private let shared: [String: Shared]

    private struct Shared {
        var site: SiteContext
        var assets: TextTable
        var links: LinksContext
        var words: TextTable
    }

    /// Per language code: the menu's entries, made once per build (`menu`).
    private let menus: [String: MenuLinks]

    /// A language's menu: its pages, and its entries with none active and with each one active.
    private struct MenuLinks {
        var pages: [Int]
        var plain: [LinkContext]
        /// The menu with its entry at each position active; empty for a menu too long to keep one per entry.
        var active: [[LinkContext]]
    }

    /// Longer menus are made for each page: one list per entry would grow with the square of their length.
    private static let menusKeptUpTo = 100

    /// The preview's note to authors by source file (`page.author_note`); empty in a published build.
    let authorNotes: AuthorNotes
    /// Per language: its glossary (`glossary.yml`, `glossary.es.yml`); missing when it has none.
    let glossaries: [String: Glossary]
    /// Per language: a content page at the glossary's address (`content/glossary.md`),
    /// whose text becomes the glossary page's introduction.
    let glossaryPages: [String: Int]
    /// Pages' QR codes, shared by their pages and their sections' printable
    /// pages (and, in the preview, kept from one build to the next).
    let qrCodes: QRCodeMemo
    /// Memo keys of the values many pages show alike (`TemplateMemo`).
    let memoScopes: TemplateMemoScopes
    /// Writes each page's JSON-LD, with what every page shares written once.
    let structuredData: StructuredData.PageWriter

    init(
        tree: SiteTree, config: SiteConfig, theme: Theme, today: CalendarDate,
        authorNotes: AuthorNotes = AuthorNotes(), glossaries: [String: Glossary] = [:], qrCodes: QRCodeMemo = QRCodeMemo()
    ) {
        self.tree = tree
        self.qrCodes = qrCodes
        self.glossaries = glossaries.filter { !$0.value.isEmpty }
        self.authorNotes = authorNotes
        self.config = config
        self.theme = theme
        self.today = today
        self.memoScopes = TemplateMemoScopes(languages: config.languages.map(\.code))
        self.structuredData = StructuredData.PageWriter(config: config)
        let base = config.baseURL
        var strings: [String: [String: String]] = [:]
        var glossaryPages: [String: Int] = [:]
        var assetURLs: [String: String] = [:]
        for asset in theme.assets { assetURLs[asset.key] = base.path + asset.outputPath }
        let assets = TextTable(assetURLs, memoKey: memoScopes.key(memoScopes.assets, 0))
        var shared: [String: Shared] = [:]
        for (number, language) in config.languages.enumerated() {
            let text = theme.strings(for: language.code, defaultLanguage: config.defaultLanguage.code)
            strings[language.code] = text
            let home = base.path + language.pathPrefix
            let site = SiteContext()
            site.title = config.title
            site.description = config.description
            site.language = language.code
            site.languageName = language.name
            site.baseURL = base.string
            site.basePath = base.path
            site.publisher = config.publisher.isEmpty ? config.title : config.publisher
            site.disclaimer = config.disclaimer ?? text["disclaimer"] ?? SiteConfig.defaultDisclaimer
            site.year = String(today.year)
            site.homeURL = home
            site.multilingual = config.languages.count > 1
            site.banner = config.banner.map { BannerContext(text: $0) }
            site.brand = BrandTemplateValues.values(config, language: language.code)
            site.memoKey = memoScopes.key(memoScopes.site, number)
            var links = LinksContext(
                home: home, aToZ: home + AToZGenerator.folder + "/", sitemap: base.path + SitemapGenerator.file,
                memoKey: memoScopes.key(memoScopes.links, number))
            if config.feed.enabled { links.feed = base.path + FeedGenerator.outputPath(language) }
            if config.search.enabled, theme.has(SearchPageGenerator.template) {
                links.search = SearchPageGenerator.url(config, language: language.code)
                links.opensearch = SearchPageGenerator.url(config, language: language.code) + "opensearch.xml"
            }
            if glossaries[language.code].map({ !$0.isEmpty }) ?? false {
                let url = home + Glossary.folder + "/"
                links.glossary = url
                if let page = tree.pages.firstIndex(where: { $0.url == url }) { glossaryPages[language.code] = page }
            }
            shared[language.code] = Shared(site: site, assets: assets, links: links, words: TextTable(text, memoKey: memoScopes.key(memoScopes.words, number)))
        }
        self.glossaryPages = glossaryPages
        self.strings = strings
        self.shared = shared
        var menus: [String: MenuLinks] = [:]
        for language in config.languages {
            let pages = Self.menuPages(tree, config, language: language.code)
            let scopes = memoScopes
            let links = { (active: Int?) in
                pages.enumerated().map { Self.menuEntry(tree, scopes, $0.element, isActive: $0.offset == active) }
            }
            menus[language.code] = MenuLinks(
                pages: pages, plain: links(nil), active: pages.count <= Self.menusKeptUpTo ? pages.indices.map { links($0) } : [])
        }
        self.menus = menus
    }

    /// An entry of `menu`.
    private static func menuEntry(_ tree: SiteTree, _ scopes: TemplateMemoScopes, _ index: Int, isActive: Bool) -> LinkContext {
        LinkContext(
            title: tree.pages[index].title, url: tree.pages[index].url, isActive: isActive,
            memoKey: scopes.key(isActive ? scopes.activeMenuEntry : scopes.menuEntry, index))
    }

    /// `menu` for a page whose ancestry is `ancestry`: the lists made once per build where they
    /// fit (every page of a section shows the same), else made here.
    private func menu(_ pages: [Int], language: String, ancestry: [Int]) -> [LinkContext] {
        var activePosition: Int?
        var activeCount = 0
        for (position, index) in pages.enumerated() where ancestry.contains(index) {
            activePosition = position
            activeCount += 1
        }
        if let kept = menus[language], kept.pages == pages {
            if activeCount == 0 { return kept.plain }
            if activeCount == 1, let position = activePosition, position < kept.active.count { return kept.active[position] }
        }
        let active = Set(ancestry)
        return pages.map { Self.menuEntry(tree, memoScopes, $0, isActive: active.contains($0)) }
    }

    /// The theme's words in a language (`t` in templates).
    func words(_ language: String) -> [String: String] {
        strings[language] ?? [:]
    }

    /// The glossary page's address in a language; nil when that language has no glossary.
    func glossaryURL(language: String) -> String? {
        guard glossaries[language] != nil else { return nil }
        return config.homePath(language: language) + Glossary.folder + "/"
    }

    /// The A to Z page's address in a language.
    func aToZURL(language: String) -> String {
        config.homePath(language: language) + AToZGenerator.folder + "/"
    }

    /// Values every template shares, for a file that is not a page (A to Z,
    /// glossary, 404, redirects), in a language (the site's default when nil).
    func common(language: String? = nil) -> RootContext {
        common(current: nil, language: language ?? config.defaultLanguage.code, neighbourhood: nil)
    }

    /// The shared values for the page `current` (with its neighbourhood), or for no page.
    private func common(current: Int?, language code: String, neighbourhood: PageNeighbourhood?) -> RootContext {
        let values = RootContext()
        if let shared = shared[code] ?? shared[config.defaultLanguage.code] {
            values.site = shared.site
            values.assets = shared.assets
            values.links = shared.links
            values.t = shared.words
        }
        values.menu = menu(neighbourhood?.menu ?? menuPages(language: code), language: code, ancestry: neighbourhood?.ancestry ?? [])
        values.languages = (neighbourhood?.versions ?? []).map { version in
            let url = tree.pages[version.page].url
            return LanguageContext(
                code: version.language.code, name: version.language.name, url: url,
                permalink: config.baseURL.absolute(url), isCurrent: version.page == current)
        }
        return values
    }

    /// The top-level sections of a language (the default language's when it has none).
    func menuPages(language: String) -> [Int] {
        Self.menuPages(tree, config, language: language)
    }

    private static func menuPages(_ tree: SiteTree, _ config: SiteConfig, language: String) -> [Int] {
        let home = tree.homeSection(language: language) ?? tree.homeSection(language: config.defaultLanguage.code)
        return home?.subsections ?? []
    }

    /// The other pages a page's values show.
    func neighbourhood(of index: Int) -> PageNeighbourhood {
        let kind = tree.pages[index].kind
        let listing: SiteTree.Section?
        if kind == .section, let own = tree.ownSection(of: index) {
            listing = own
        } else if kind == .page, !tree.pages[index].parentFolder.isEmpty {
            listing = tree.parentSection(of: index)
        } else {
            listing = nil
        }
        var previous: Int?
        var next: Int?
        if kind == .page, let section = tree.parentSection(of: index), let position = section.pages.firstIndex(of: index) {
            if position > 0 { previous = section.pages[position - 1] }
            if position + 1 < section.pages.count { next = section.pages[position + 1] }
        }
        return PageNeighbourhood(
            menu: menuPages(language: tree.pages[index].language), versions: tree.versions(of: index), ancestry: tree.ancestry(of: index),
            listing: listing, children: kind != .page ? tree.ownSection(of: index)?.children ?? [] : [],
            previous: previous, next: next)
    }

    func context(forPage index: Int) -> RootContext {
        // The page's fields are read in place: a copy of a Page counts a reference to each.
        let kind = tree.pages[index].kind
        let around = neighbourhood(of: index)
        let values = common(current: index, language: tree.pages[index].language, neighbourhood: around)
        let pageEntry = pageValues(tree.pages[index], versions: around.versions)
        if kind == .section, theme.has(PrintSectionGenerator.template), !(around.listing?.pages.isEmpty ?? true) {
            pageEntry.printURL = PrintSectionGenerator.url(ofSection: tree.pages[index].url)
        }
        values.page = pageEntry
        values.breadcrumbs = kind == .home ? [] : around.ancestry.map { step in
            step == index ? LinkContext(title: tree.pages[step].title, url: tree.pages[step].url, isCurrent: true) : breadcrumb(step)
        }
        if let section = around.listing {
            values.section = SectionContext(
                title: tree.pages[section.page].title, url: tree.pages[section.page].url, isCurrent: section.page == index,
                pages: section.children.map { child in
                    var entry = summary(child)
                    entry.isCurrent = child == index
                    entry.memoKey = child == index ? nil : memoScopes.key(memoScopes.sideNavEntry, child)
                    return entry
                })
        }
        if kind != .page {
            values.children = around.children.map { child in
                var entry = summary(child)
                entry.memoKey = memoScopes.key(memoScopes.child, child)
                return entry
            }
        }
        if let previous = around.previous { values.previous = link(previous) }
        if let next = around.next { values.next = link(next) }
        return values
    }

    /// `versions`: the page in each language it exists in (`PageNeighbourhood.versions`).
    /// `structuredData: false` leaves out `json_ld` (a printable section's pages have none of their own).
    func pageValues(_ page: Page, versions: [(language: Language, page: Int)], structuredData: Bool = true) -> PageContext {
        let values = PageContext()
        values.title = page.title
        values.description = page.description
        values.url = page.url
        values.permalink = config.baseURL.absolute(page.url)
        values.content = page.rendered.html
        values.toc = tableOfContents(page.rendered.headings)
        values.hasToc = page.rendered.headings.filter { $0.level == 2 || $0.level == 3 }.count >= 3
        values.isHome = page.kind == .home
        values.isSection = page.kind == .section
        values.wordCount = page.rendered.wordCount
        values.params = ParamsContext(values: page.frontMatter.params)
        values.language = page.language
        values.terms = terms(page.rendered.terms, language: page.language)
        values.hasTerms = glossaryURL(language: page.language) != nil && !page.rendered.terms.isEmpty
        if page.hasSourceFile, versions.count > 1, let fallback = versions.first(where: { $0.language.isDefault }) ?? versions.first {
            values.hasTranslations = true
            values.xDefault = config.baseURL.absolute(tree.pages[fallback.page].url)
        }
        values.qr = qr(page)
        values.reviewed = reviewed(page)
        values.nextReview = nextReview(page)
        values.reviewedBy = page.frontMatter.reviewedBy
        values.authorNote = authorNotes[page.source]
        guard structuredData else { return values }
        values.jsonLD = jsonLD(StructuredData.PageFacts(
            name: page.title, description: page.description, url: config.baseURL.absolute(page.url),
            lastReviewed: page.frontMatter.reviewed, reviewedBy: page.frontMatter.reviewedBy,
            reviewerIsOrganization: page.frontMatter.reviewerIsOrganization,
            about: page.frontMatter.params["about"], specialty: page.frontMatter.params["specialty"],
            language: page.language))
        return values
    }

    /// `page.qr`: the QR code of the page's address.
    func qr(_ page: Page) -> QRContext? {
        QRCodeValues.values(address: config.baseURL.absolute(page.url), memo: qrCodes)
    }

    /// `page.reviewed`: the day of the page's last medical review.
    func reviewed(_ page: Page) -> DateContext? {
        page.frontMatter.reviewed.map { dateValues($0, language: page.language) }
    }

    /// `page.next_review`: the day the page is due for its next review.
    func nextReview(_ page: Page) -> DateContext? {
        config.checks.nextReview(of: page).map { dateValues($0, language: page.language) }
    }

    /// `page.json_ld`: the page's schema.org MedicalWebPage, safe to print raw in a script element.
    func jsonLD(_ facts: StructuredData.PageFacts) -> String {
        structuredData.jsonLD(facts)
    }

    /// `page.terms`: the glossary terms linked on the page, in order of first mention.
    func terms(_ mentions: [GlossaryMention], language: String) -> [TermContext] {
        guard let glossaryURL = glossaryURL(language: language), let glossary = glossaries[language] else { return [] }
        return mentions.map { mention in
            let entry = glossary.entries[mention.entry]
            return TermContext(
                term: entry.term, id: entry.id, url: glossaryURL + "#" + entry.id, definition: entry.definition,
                memoKey: memoScopes.key(memoScopes.terms[language], mention.entry))
        }
    }

    func dateValues(_ date: CalendarDate, language: String) -> DateContext {
        DateContext(iso: date.iso, text: DateText.long(date, language: language))
    }

    func summary(_ index: Int) -> PageSummaryContext {
        PageSummaryContext(
            title: tree.pages[index].title, url: tree.pages[index].url, description: tree.pages[index].description,
            isSection: tree.pages[index].kind != .page)
    }

    /// A step of `breadcrumbs` before the current page.
    func breadcrumb(_ index: Int) -> LinkContext {
        LinkContext(
            title: tree.pages[index].title, url: tree.pages[index].url, isCurrent: false,
            memoKey: memoScopes.key(memoScopes.breadcrumb, index))
    }

    func link(_ index: Int) -> LinkContext {
        LinkContext(title: tree.pages[index].title, url: tree.pages[index].url)
    }

    /// Level-2 headings with their level-3 headings nested below.
    func tableOfContents(_ headings: [Heading]) -> [HeadingContext] {
        var entries: [HeadingContext] = []
        var children: [HeadingContext] = []
        var current: HeadingContext?
        func flush() {
            if var entry = current {
                entry.children = children
                entries.append(entry)
            }
            children = []
        }
        for heading in headings where heading.level == 2 || heading.level == 3 {
            let entry = HeadingContext(id: heading.id, title: heading.title, level: heading.level)
            if heading.level == 2 {
                flush()
                current = entry
            } else if current != nil {
                children.append(entry)
            } else {
                var orphan = entry
                orphan.children = []
                entries.append(orphan)
            }
        }
        flush()
        return entries
    }

    /// A page's root values with `page` and `breadcrumbs` for a page Pamphlet
    /// makes (A to Z, glossary, 404): Home, then the page.
    func generatedPage(_ page: PageContext, language: String, breadcrumbs: Bool = true) -> RootContext {
        let values = common(language: language)
        values.page = page
        if breadcrumbs, let title = page.title, let url = page.url {
            let home = tree.home(language: language)
            values.breadcrumbs = [
                breadcrumb(home),
                LinkContext(title: title, url: url, isCurrent: true),
            ]
        } else {
            values.breadcrumbs = []
        }
        return values
    }
}
