/// Each language's search page (`/search/`, `/es/search/`), in the theme's
/// `search` template, and its OpenSearch description (`search/opensearch.xml`),
/// so a browser can offer the site's search from its address bar.
struct SearchPageGenerator: Generator {
    static let template = "search"
    let name = "search page"
    /// Its menus show the site's pages.
    let reads: GeneratorReads = [.pageListings]

    func outputs(_ plan: OutputPlan) -> [GeneratedFile] {
        guard plan.config.search.enabled else { return [] }
        return plan.tree.languages.flatMap { language in
            ["index.html", "opensearch.xml"].map {
                GeneratedFile(path: language.pathPrefix + SearchIndexGenerator.folder + "/" + $0, owner: "the search page",
                              fix: "move it elsewhere, or write 'search: false' in site.yml")
            }
        }
    }

    func generate(_ context: GeneratorContext, into output: OutputWriter) throws -> [Diagnostic] {
        guard context.config.search.enabled, context.theme.has(Self.template) else { return [] }
        for language in context.tree.languages {
            let url = Self.url(context.config, language: language.code)
            switch render(Self.template, values(context, language: language.code, url: url), theme: context.theme, for: "themes/\(context.theme.name)") {
            case .success(let html): try output.write(language.pathPrefix + SearchIndexGenerator.folder + "/index.html", html)
            case .failure(let diagnostic): return [diagnostic]
            }
            try output.write(language.pathPrefix + SearchIndexGenerator.folder + "/opensearch.xml",
                             Self.openSearch(context, language: language.code, url: url))
        }
        return []
    }

    /// The search page's address in a language.
    static func url(_ config: SiteConfig, language: String) -> String {
        config.homePath(language: language) + SearchIndexGenerator.folder + "/"
    }

    private func values(_ context: GeneratorContext, language: String, url: String) -> RootContext {
        let strings = context.data.words(language)
        let title = strings["search"] ?? "Search"
        let description = strings["search_description"] ?? "Search this site."
        let page = PageContext()
        page.title = title
        page.url = url
        page.permalink = context.config.baseURL.absolute(url)
        page.description = description
        page.language = language
        page.jsonLD = context.data.jsonLD(.init(
            name: title, description: description, url: context.config.baseURL.absolute(url), language: language))
        return context.data.generatedPage(page, language: language)
    }

    static func openSearch(_ context: GeneratorContext, language: String, url: String) -> String {
        let title = FeedGenerator.text(context.config.title)
        let absolute = context.config.baseURL.absolute(url)
        return """
        <?xml version="1.0" encoding="UTF-8"?>
        <OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/">
        <ShortName>\(FeedGenerator.text(String(context.config.title.prefix(16))))</ShortName>
        <Description>\(title)</Description>
        <InputEncoding>UTF-8</InputEncoding>
        <Language>\(language)</Language>
        <Url type="text/html" method="get" template="\(FeedGenerator.text(absolute))?q={searchTerms}"/>
        </OpenSearchDescription>

        """
    }
}
