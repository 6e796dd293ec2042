import PamphletEscaping

/// `sitemap.xml`: every published page with its canonical address, the date
/// it was last reviewed and, for translated pages, its other languages.
struct SitemapGenerator: Generator {
    static let file = "sitemap.xml"
    let name = "sitemap"
    // Sorted by address, so a new title or weight leaves it as it is.
    let reads: GeneratorReads = [.reviewDates]

    func outputs(_ plan: OutputPlan) -> [GeneratedFile] {
        [GeneratedFile(path: Self.file, owner: "the sitemap", fix: "remove it: Pamphlet lists every published page in its own")]
    }

    func generate(_ context: GeneratorContext, into output: OutputWriter) throws -> [Diagnostic] {
        let base = context.config.baseURL
        let multilingual = context.tree.languages.count > 1
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\""
        xml += multilingual ? " xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n" : ">\n"
        func entry(_ url: String, lastmod: CalendarDate?, alternates: [(String, String)] = []) {
            xml += "  <url>\n    <loc>\(HTMLEscaping.escape(base.absolute(url)))</loc>\n"
            if let lastmod { xml += "    <lastmod>\(lastmod.iso)</lastmod>\n" }
            for (code, href) in alternates {
                xml += "    <xhtml:link rel=\"alternate\" hreflang=\"\(code)\" href=\"\(HTMLEscaping.escape(base.absolute(href)))\"/>\n"
            }
            xml += "  </url>\n"
        }
        let order = context.tree.pages.indices.sorted { context.tree.pages[$0].url < context.tree.pages[$1].url }
        for index in order {
            // Read in place: a copy of a Page counts a reference to each of its fields.
            let versions = context.tree.pages[index].hasSourceFile ? context.tree.versions(of: index) : []
            var alternates: [(String, String)] = []
            if versions.count > 1 {
                alternates = versions.map { ($0.language.code, context.tree.pages[$0.page].url) }
                if let fallback = versions.first(where: { $0.language.isDefault }) {
                    alternates.append(("x-default", context.tree.pages[fallback.page].url))
                }
            }
            entry(context.tree.pages[index].url, lastmod: context.tree.pages[index].frontMatter.reviewed, alternates: alternates)
        }
        if context.theme.has("a-z") {
            for language in context.tree.languages { entry(context.data.aToZURL(language: language.code), lastmod: nil) }
        }
        for language in context.tree.languages {
            if let glossary = context.data.glossaryURL(language: language.code), context.data.glossaryPages[language.code] == nil {
                entry(glossary, lastmod: nil)
            }
        }
        xml += "</urlset>\n"
        try output.write(Self.file, xml)
        return []
    }
}
