import PamphletEscaping

/// `atom.xml` at each language's home (`/atom.xml`, `/es/atom.xml`, as Zola
/// names them): the "What's new" Atom feed (RFC 4287) of the pages most
/// recently reviewed, newest first. A page's review date is its entry's
/// `updated`, so a re-reviewed page comes back to the top of readers.
struct FeedGenerator: Generator {
    static let file = "atom.xml"
    let name = "feed"

    /// The feed's path below the output folder in a language: `es/atom.xml`.
    static func outputPath(_ language: Language) -> String {
        language.pathPrefix + file
    }

    func outputs(_ plan: OutputPlan) -> [GeneratedFile] {
        guard plan.config.feed.enabled else { return [] }
        return plan.config.languages.map { language in
            GeneratedFile(
                path: Self.outputPath(language), owner: "the \"What's new\" feed",
                fix: "rename it, or turn Pamphlet's feed off with 'feed: false' in site.yml")
        }
    }

    func generate(_ context: GeneratorContext, into output: OutputWriter) throws -> [Diagnostic] {
        guard context.config.feed.enabled else { return [] }
        for language in context.tree.languages {
            try output.write(Self.outputPath(language), feed(context, language: language))
        }
        return []
    }

    /// The pages a language's feed lists: reviewed ones, newest review first.
    static func entries(_ tree: SiteTree, language: String, limit: Int) -> [Int] {
        let reviewed = tree.pages.indices.filter { index in
            let page = tree.pages[index]
            return page.language == language && page.hasSourceFile && page.frontMatter.reviewed != nil
        }
        let sorted = reviewed.sorted { left, right in
            let (a, b) = (tree.pages[left], tree.pages[right])
            if a.frontMatter.reviewed! != b.frontMatter.reviewed! { return a.frontMatter.reviewed! > b.frontMatter.reviewed! }
            return a.url < b.url
        }
        return Array(sorted.prefix(limit))
    }

    private func feed(_ context: GeneratorContext, language: Language) -> String {
        let config = context.config
        let base = config.baseURL
        let home = base.absolute(config.homePath(language: language.code))
        let selfURL = base.absolute(base.path + Self.outputPath(language))
        let words = context.data.words(language.code)
        let title = Self.title(site: config.title, words: words)
        let author = config.publisher.isEmpty ? config.title : config.publisher
        let pages = Self.entries(context.tree, language: language.code, limit: config.feed.entries)
        // A feed must have `updated`: its newest entry's, else the build's day.
        let updated = pages.first.flatMap { context.tree.pages[$0].frontMatter.reviewed } ?? context.data.today
        var xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
        xml += "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"\(Self.text(language.code))\">\n"
        xml += "  <title>\(Self.text(title))</title>\n"
        let subtitle = Self.subtitle(context, language: language.code)
        if !subtitle.isEmpty { xml += "  <subtitle>\(Self.text(subtitle))</subtitle>\n" }
        xml += "  <link rel=\"self\" type=\"application/atom+xml\" href=\"\(Self.text(selfURL))\"/>\n"
        xml += "  <link rel=\"alternate\" type=\"text/html\" href=\"\(Self.text(home))\"/>\n"
        xml += "  <id>\(Self.text(selfURL))</id>\n"
        xml += "  <updated>\(Self.timestamp(updated))</updated>\n"
        xml += "  <author><name>\(Self.text(author))</name></author>\n"
        xml += "  <generator>Pamphlet</generator>\n"
        for index in pages {
            let page = context.tree.pages[index]
            let permalink = base.absolute(page.url)
            xml += "  <entry>\n"
            xml += "    <title>\(Self.text(page.title))</title>\n"
            xml += "    <link rel=\"alternate\" type=\"text/html\" href=\"\(Self.text(permalink))\"/>\n"
            // The address, not the review date, names the entry: a re-review updates it.
            xml += "    <id>\(Self.text(permalink))</id>\n"
            xml += "    <updated>\(Self.timestamp(page.frontMatter.reviewed!))</updated>\n"
            if !page.description.isEmpty { xml += "    <summary>\(Self.text(page.description))</summary>\n" }
            xml += "  </entry>\n"
        }
        xml += "</feed>\n"
        return xml
    }

    /// The language's home page description, in that language; else the site's.
    static func subtitle(_ context: GeneratorContext, language: String) -> String {
        let home = context.tree.pages[context.tree.home(language: language)]
        if home.language == language, let text = home.frontMatter.description, !text.isEmpty { return text }
        return context.config.description
    }

    /// "Genes and Health: What's new"; the theme words name the feed in each language.
    static func title(site: String, words: [String: String]) -> String {
        guard let whatsNew = words["whats_new"], !whatsNew.isEmpty else { return site }
        return site + ": " + whatsNew
    }

    /// Midnight UTC of a review day, as RFC 3339 (Atom's dates) requires a time.
    static func timestamp(_ date: CalendarDate) -> String {
        date.iso + "T00:00:00Z"
    }

    /// Escaped text without the control characters XML 1.0 forbids, which
    /// would make a reader reject the whole feed.
    static func text(_ value: String) -> String {
        let allowed = value.unicodeScalars.allSatisfy(isXMLCharacter)
        let clean = allowed ? value : String(String.UnicodeScalarView(value.unicodeScalars.filter(isXMLCharacter)))
        return HTMLEscaping.escape(clean)
    }

    private static func isXMLCharacter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: return true
        default: return false
        }
    }
}
