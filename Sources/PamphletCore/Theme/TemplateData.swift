/// Builds the values templates receive (documented in themes/README.md).
/// Shared parts (site, menu, page summaries) are made once per build.
// Read-only after init, so sharing it between rendering threads is safe.
struct TemplateData: @unchecked Sendable {
    let tree: SiteTree
    let config: SiteConfig
    let theme: Theme
    let today: CalendarDate
    let site: [String: Any]
    let assets: [String: Any]
    let links: [String: Any]
    /// The A to Z page's address, when the site has one.
    let aToZURL: String
    let glossary: Glossary
    /// The glossary page's address; nil when the site has no glossary terms.
    let glossaryURL: String?
    /// A content page written at the glossary's address (`content/glossary.md`):
    /// its text becomes the glossary page's introduction.
    let glossaryPage: Int?

    init(tree: SiteTree, config: SiteConfig, theme: Theme, today: CalendarDate, glossary: Glossary = Glossary()) {
        self.tree = tree
        self.config = config
        self.theme = theme
        self.today = today
        self.glossary = glossary
        let base = config.baseURL
        var site: [String: Any] = [
            "title": config.title,
            "description": config.description,
            "language": config.language,
            "base_url": base.string,
            "base_path": base.path,
            "publisher": config.publisher.isEmpty ? config.title : config.publisher,
            "disclaimer": config.disclaimer,
            "year": String(today.year),
            "home_url": base.path,
        ]
        if let banner = config.banner { site["banner"] = ["text": banner] }
        self.site = site
        var assets: [String: Any] = [:]
        for asset in theme.assets { assets[asset.key] = base.path + asset.outputPath }
        self.assets = assets
        aToZURL = base.path + AToZGenerator.folder + "/"
        var links: [String: Any] = ["home": base.path, "a_to_z": aToZURL, "sitemap": base.path + "sitemap.xml"]
        if glossary.isEmpty {
            glossaryURL = nil
            glossaryPage = nil
        } else {
            let url = base.path + Glossary.folder + "/"
            glossaryURL = url
            glossaryPage = tree.pages.firstIndex { $0.url == url }
            links["glossary"] = url
        }
        self.links = links
    }

    /// Values every page template shares.
    func common(current: Int?) -> [String: Any] {
        ["site": site, "assets": assets, "links": links, "menu": menu(current: current)]
    }

    func menu(current: Int?) -> [[String: Any]] {
        let active = current.map { Set(tree.ancestry(of: $0)) } ?? []
        return tree.sections[""]!.subsections.map { index in
            ["title": tree.pages[index].title, "url": tree.pages[index].url, "is_active": active.contains(index)]
        }
    }

    func context(forPage index: Int) -> [String: Any] {
        let page = tree.pages[index]
        var values = common(current: index)
        values["page"] = pageValues(page)
        let ancestry = tree.ancestry(of: index)
        values["breadcrumbs"] = page.kind == .home ? [] : ancestry.map { step -> [String: Any] in
            ["title": tree.pages[step].title, "url": tree.pages[step].url, "is_current": step == index]
        }
        let listingSection: SiteTree.Section?
        if page.kind == .section, let own = tree.sections[page.folder ?? ""] {
            listingSection = own
        } else if page.kind == .page, !page.parentFolder.isEmpty {
            listingSection = tree.parentSection(of: index)
        } else {
            listingSection = nil
        }
        if let section = listingSection {
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
        if page.kind != .page, let own = tree.sections[page.folder ?? ""] {
            values["children"] = own.children.map(summary)
        }
        if page.kind == .page, let section = tree.parentSection(of: index), let position = section.pages.firstIndex(of: index) {
            if position > 0 { values["previous"] = link(section.pages[position - 1]) }
            if position + 1 < section.pages.count { values["next"] = link(section.pages[position + 1]) }
        }
        return values
    }

    func pageValues(_ page: Page) -> [String: Any] {
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
            "terms": terms(page.rendered.terms),
            "has_terms": glossaryURL != nil && !page.rendered.terms.isEmpty,
        ]
        if let reviewed = page.frontMatter.reviewed { values["reviewed"] = dateValues(reviewed) }
        if let next = nextReview(of: page) { values["next_review"] = dateValues(next) }
        if let reviewer = page.frontMatter.reviewedBy { values["reviewed_by"] = reviewer }
        values["json_ld"] = jsonLD(StructuredData.PageFacts(
            name: page.title, description: page.description, url: config.baseURL.absolute(page.url),
            lastReviewed: page.frontMatter.reviewed, reviewedBy: page.frontMatter.reviewedBy,
            about: page.frontMatter.params["about"], specialty: page.frontMatter.params["specialty"]))
        return values
    }

    /// `page.json_ld`: the page's schema.org MedicalWebPage, safe to print raw in a script element.
    func jsonLD(_ facts: StructuredData.PageFacts) -> String {
        StructuredData.jsonLD(StructuredData.medicalWebPage(facts, config: config)) ?? ""
    }

    /// `page.terms`: the glossary terms linked on the page, in order of first mention.
    func terms(_ mentions: [GlossaryMention]) -> [[String: Any]] {
        guard let glossaryURL else { return [] }
        return mentions.map { mention in
            let entry = glossary.entries[mention.entry]
            return ["term": entry.term, "id": entry.id, "url": glossaryURL + "#" + entry.id, "definition": entry.definition]
        }
    }

    /// `next_review`, or `reviewed` plus the review cycle.
    func nextReview(of page: Page) -> CalendarDate? {
        page.frontMatter.nextReview ?? page.frontMatter.reviewed.map { $0.adding(months: 36) }
    }

    func dateValues(_ date: CalendarDate) -> [String: Any] {
        ["iso": date.iso, "text": DateText.long(date, language: config.language)]
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
