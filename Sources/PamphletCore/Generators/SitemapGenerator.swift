import PamphletMarkdown

/// `sitemap.xml`: every published page with its canonical address and the
/// date it was last reviewed.
struct SitemapGenerator: Generator {
    static let file = "sitemap.xml"
    let name = "sitemap"

    func generate(_ context: GeneratorContext, into output: OutputWriter) throws -> [Diagnostic] {
        var xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">

            """
        func entry(_ url: String, lastmod: CalendarDate?) {
            xml += "  <url>\n    <loc>\(HTMLEscaping.escape(context.config.baseURL.absolute(url)))</loc>\n"
            if let lastmod { xml += "    <lastmod>\(lastmod.iso)</lastmod>\n" }
            xml += "  </url>\n"
        }
        for page in context.tree.pages.sorted(by: { $0.url < $1.url }) {
            entry(page.url, lastmod: page.frontMatter.reviewed)
        }
        if context.theme.has("a-z") { entry(context.data.aToZURL, lastmod: nil) }
        if let glossary = context.data.glossaryURL, context.data.glossaryPage == nil { entry(glossary, lastmod: nil) }
        xml += "</urlset>\n"
        try output.write(Self.file, xml)
        return []
    }
}
