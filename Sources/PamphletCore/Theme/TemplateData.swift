/// Builds the values templates receive (documented in themes/README.md).
/// Shared parts (site, menu, page summaries) are made once per build.
// Read-only after init, so sharing it between rendering threads is safe.
struct TemplateData: @unchecked Sendable {
    let tree: SiteTree
    let config: SiteConfig
    let theme: Theme
    let today: CalendarDate
    /// Per language code: the theme's words (`t`).
    let strings: [String: [String: String]]
    /// Per language code: `site`, `assets`, `links` and `t`, already in the
    /// form templates read (`TemplateValues`), so pages share one conversion.
    private let shared: [String: [String: Any]]

    /// Reading grade and review status by source file, shown only in previews.
    let authorNotes: [String: PageHealth]
    /// Per language: its glossary (`glossary.yml`, `glossary.es.yml`); missing when it has none.
    let glossaries: [String: Glossary]
    /// Per language: a content page at the glossary's address (`content/glossary.md`),
    /// whose text becomes the glossary page's introduction.
    let glossaryPages: [String: Int]
    /// Pages' QR codes, shared by their pages and their sections' printable pages.
    let qrCodes = QRCodeMemo()

    init(
        tree: SiteTree, config: SiteConfig, theme: Theme, today: CalendarDate,
        authorNotes: [PageHealth] = [], glossaries: [String: Glossary] = [:]
    ) {
        self.tree = tree
        self.glossaries = glossaries.filter { !$0.value.isEmpty }
        self.authorNotes = Dictionary(authorNotes.map { ($0.file, $0) }, uniquingKeysWith: { first, _ in first })
        self.config = config
        self.theme = theme
        self.today = today
        let base = config.baseURL
        var sites: [String: [String: Any]] = [:]
        var links: [String: [String: Any]] = [:]
        var strings: [String: [String: String]] = [:]
        var glossaryPages: [String: Int] = [:]
        for language in config.languages {
            let text = theme.strings(for: language.code, defaultLanguage: config.defaultLanguage.code)
            strings[language.code] = text
            let home = base.path + language.pathPrefix
            var site: [String: Any] = [
                "title": config.title,
                "description": config.description,
                "language": language.code,
                "language_name": language.name,
                "base_url": base.string,
                "base_path": base.path,
                "publisher": config.publisher.isEmpty ? config.title : config.publisher,
                "disclaimer": config.disclaimer ?? text["disclaimer"] ?? SiteConfig.defaultDisclaimer,
                "year": String(today.year),
                "home_url": home,
                "multilingual": config.languages.count > 1,
            ]
            if let banner = config.banner { site["banner"] = ["text": banner] }
            if let brand = BrandTemplateValues.values(config, language: language.code) { site["brand"] = brand }
            sites[language.code] = site
            links[language.code] = [
                "home": home, "a_to_z": home + AToZGenerator.folder + "/", "sitemap": base.path + "sitemap.xml",
            ]
            if config.feed.enabled { links[language.code]?["feed"] = base.path + FeedGenerator.outputPath(language) }
            if glossaries[language.code].map({ !$0.isEmpty }) ?? false {
                let url = home + Glossary.folder + "/"
                links[language.code]?["glossary"] = url
                if let page = tree.pages.firstIndex(where: { $0.url == url }) { glossaryPages[language.code] = page }
            }
        }
        self.glossaryPages = glossaryPages
        self.strings = strings
        var assets: [String: Any] = [:]
        for asset in theme.assets { assets[asset.key] = base.path + asset.outputPath }
        var shared: [String: [String: Any]] = [:]
        for language in config.languages {
            let values: [String: Any] = [
                "site": sites[language.code] ?? [:], "assets": assets, "links": links[language.code] ?? [:],
                "t": strings[language.code] ?? [:],
            ]
            shared[language.code] = values.mapValues(TemplateValues.convert)
        }
        self.shared = shared
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
    func common(language: String? = nil) -> [String: Any] {
        common(current: nil, language: language ?? config.defaultLanguage.code, neighbourhood: nil)
    }

    /// The shared values for the page `current` (with its neighbourhood), or for no page.
    private func common(current: Int?, language code: String, neighbourhood: PageNeighbourhood?) -> [String: Any] {
        var values = shared[code] ?? shared[config.defaultLanguage.code] ?? [:]
        let active = Set(neighbourhood?.ancestry ?? [])
        values["menu"] = (neighbourhood?.menu ?? menuPages(language: code)).map { index -> [String: Any] in
            ["title": tree.pages[index].title, "url": tree.pages[index].url, "is_active": active.contains(index)]
        }
        values["languages"] = (neighbourhood?.versions ?? []).map { version -> [String: Any] in
            let url = tree.pages[version.page].url
            return [
                "code": version.language.code, "name": version.language.name, "url": url,
                "permalink": config.baseURL.absolute(url), "is_current": version.page == current,
            ]
        }
        return values
    }

    /// The top-level sections of a language (the default language's when it has none).
    func menuPages(language: String) -> [Int] {
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

    func context(forPage index: Int) -> [String: Any] {
        let page = tree.pages[index]
        let around = neighbourhood(of: index)
        var values = common(current: index, language: page.language, neighbourhood: around)
        var pageEntry = pageValues(page, versions: around.versions)
        if page.kind == .section, theme.has(PrintSectionGenerator.template), !(around.listing?.pages.isEmpty ?? true) {
            pageEntry["print_url"] = PrintSectionGenerator.url(ofSection: page.url)
        }
        values["page"] = pageEntry
        values["breadcrumbs"] = page.kind == .home ? [] : around.ancestry.map { step -> [String: Any] in
            ["title": tree.pages[step].title, "url": tree.pages[step].url, "is_current": step == index]
        }
        if let section = around.listing {
            values["section"] = [
                "title": tree.pages[section.page].title,
                "url": tree.pages[section.page].url,
                "is_current": section.page == index,
                "pages": section.children.map { child -> [String: Any] in
                    var entry = summary(child)
                    entry["is_current"] = child == index
                    return entry
                },
            ] as [String: Any]
        }
        if page.kind != .page { values["children"] = around.children.map(summary) }
        if let previous = around.previous { values["previous"] = link(previous) }
        if let next = around.next { values["next"] = link(next) }
        return values
    }

    /// `versions`: the page in each language it exists in (`PageNeighbourhood.versions`).
    /// `structuredData: false` leaves out `json_ld` (a printable section's pages have none of their own).
    func pageValues(_ page: Page, versions: [(language: Language, page: Int)], structuredData: Bool = true) -> [String: Any] {
        var values: [String: Any] = [
            "title": page.title,
            "description": page.description,
            "url": page.url,
            "permalink": config.baseURL.absolute(page.url),
            "content": page.rendered.html,
            "toc": tableOfContents(page.rendered.headings),
            "has_toc": page.rendered.headings.filter { $0.level == 2 || $0.level == 3 }.count >= 3,
            "is_home": page.kind == .home,
            "is_section": page.kind == .section,
            "word_count": page.rendered.wordCount,
            "params": page.frontMatter.params.mapValues(\.templateData),
            "language": page.language,
            "terms": terms(page.rendered.terms, language: page.language),
            "has_terms": glossaryURL(language: page.language) != nil && !page.rendered.terms.isEmpty,
        ]
        if page.hasSourceFile, versions.count > 1, let fallback = versions.first(where: { $0.language.isDefault }) ?? versions.first {
            values["has_translations"] = true
            values["x_default"] = config.baseURL.absolute(tree.pages[fallback.page].url)
        }
        if let qr = QRCodeValues.values(address: config.baseURL.absolute(page.url), memo: qrCodes) { values["qr"] = qr }
        if let reviewed = page.frontMatter.reviewed { values["reviewed"] = dateValues(reviewed, language: page.language) }
        if let next = nextReview(of: page) { values["next_review"] = dateValues(next, language: page.language) }
        if let reviewer = page.frontMatter.reviewedBy { values["reviewed_by"] = reviewer }
        if let health = authorNotes[page.source] {
            values["author_note"] = [
                "reading_grade": ReadabilityCheck.format(health.fernandezHuerta ?? health.fleschKincaidGrade),
                "target_grade": ReadabilityCheck.format(health.targetScore ?? health.targetGrade),
                "formula": health.formula,
                "above_target": health.aboveTarget,
                "review_status": CheckReport.statusText(health.reviewStatus),
                "words": health.words,
            ] as [String: Any]
        }
        guard structuredData else { return values }
        values["json_ld"] = jsonLD(StructuredData.PageFacts(
            name: page.title, description: page.description, url: config.baseURL.absolute(page.url),
            lastReviewed: page.frontMatter.reviewed, reviewedBy: page.frontMatter.reviewedBy,
            reviewerIsOrganization: page.frontMatter.reviewerIsOrganization,
            about: page.frontMatter.params["about"], specialty: page.frontMatter.params["specialty"],
            language: page.language))
        return values
    }

    /// `page.json_ld`: the page's schema.org MedicalWebPage, safe to print raw in a script element.
    func jsonLD(_ facts: StructuredData.PageFacts) -> String {
        StructuredData.jsonLD(StructuredData.medicalWebPage(facts, config: config))
    }

    /// `page.terms`: the glossary terms linked on the page, in order of first mention.
    func terms(_ mentions: [GlossaryMention], language: String) -> [[String: Any]] {
        guard let glossaryURL = glossaryURL(language: language), let glossary = glossaries[language] else { return [] }
        return mentions.map { mention in
            let entry = glossary.entries[mention.entry]
            return ["term": entry.term, "id": entry.id, "url": glossaryURL + "#" + entry.id, "definition": entry.definition]
        }
    }

    /// `next_review`, or `reviewed` plus the review cycle.
    func nextReview(of page: Page) -> CalendarDate? {
        ReviewDateCheck.nextReview(of: page, settings: config.checks)
    }

    func dateValues(_ date: CalendarDate, language: String) -> [String: Any] {
        ["iso": date.iso, "text": DateText.long(date, language: language)]
    }

    func summary(_ index: Int) -> [String: Any] {
        let page = tree.pages[index]
        return ["title": page.title, "url": page.url, "description": page.description, "is_section": page.kind != .page]
    }

    func link(_ index: Int) -> [String: Any] {
        ["title": tree.pages[index].title, "url": tree.pages[index].url]
    }

    /// Level-2 headings with their level-3 headings nested below.
    func tableOfContents(_ headings: [Heading]) -> [[String: Any]] {
        var entries: [[String: Any]] = []
        var children: [[String: Any]] = []
        var current: [String: Any]?
        func flush() {
            if var entry = current {
                entry["children"] = children
                entries.append(entry)
            }
            children = []
        }
        for heading in headings where heading.level == 2 || heading.level == 3 {
            let entry: [String: Any] = ["id": heading.id, "title": heading.title, "level": heading.level]
            if heading.level == 2 {
                flush()
                current = entry
            } else if current != nil {
                children.append(entry)
            } else {
                entries.append(entry.merging(["children": [] as [Any]]) { a, _ in a })
            }
        }
        flush()
        return entries
    }
}
