import PamphletMarkdown

extension Stages {
    /// Parses and renders every page's Markdown on all cores; with caches,
    /// only the pages whose body or link environment changed.
    static func renderMarkdown(_ context: BuildContext) throws {
        // Taken out of the context, so this stage holds the only reference: putting in a rendering copies no other page.
        guard var tree = context.tree else { return }
        context.tree = nil
        let cache = context.caches
        let stale = cache?.rendering.pagesToRender(tree, context) ?? Array(tree.pages.indices)
        var results: [(RenderedMarkdown, [Diagnostic])] = []
        if !stale.isEmpty {
            let renderer = cache?.rendering.renderer(context, tree: tree) ?? markdownRenderer(context, tree: tree)
            // Nothing after this stage reads the Markdown. In a full build each page's
            // is handed to the worker rendering it and freed with it: held for every
            // page until the last was rendered, it was the top of the build's memory.
            let bodies = context.isFullBuild
                ? HandOff(count: tree.pages.count, empty: "") { index in
                    var body = ""
                    swap(&body, &tree.pages[index].body)
                    return body
                } : nil
            let pages = tree.pages
            results = parallelMap(stale, serial: context.options.serial) { _, index in
                guard let body = bodies?.take(index) else { return renderer.render(pages[index], index: index) }
                var page = pages[index]
                page.body = body
                return renderer.render(page, index: index)
            }
        }
        for (offset, index) in stale.enumerated() {
            if context.isFullBuild {
                // Moved, not copied: the caches below keep what was rendered, a full build does not,
                // and copying each page's rendering in, then releasing the copies, was 20 ms on one core.
                swap(&tree.pages[index].rendered, &results[offset].0)
            } else {
                tree.pages[index].rendered = results[offset].0
            }
        }
        for diagnostics in cache?.rendering.remember(results, at: stale, in: &tree) ?? results.map(\.1) {
            context.diagnostics += diagnostics
        }
        context.tree = tree
        // Broken links do not stop the build here: the checks that follow report more at once.
    }

    /// The renderer every build uses, full or incremental.
    static func markdownRenderer(_ context: BuildContext, tree: SiteTree) -> MarkdownRenderer {
        var options: MarkdownDocument.Options = []
        if context.config.markdown.unsafeHTML { options.insert(.unsafeHTML) }
        if context.config.markdown.smartPunctuation { options.insert(.smartPunctuation) }
        return MarkdownRenderer(
            resolver: LinkResolver(
                tree: tree, staticFiles: Set(context.staticFiles), basePath: context.config.baseURL.path,
                generatedFiles: Set(generatedFiles(context, tree: tree).keys), unpublished: unpublishedPages(context, tree: tree)),
            options: options,
            brokenLinkSeverity: context.config.links.broken,
            unpublishedLinkSeverity: context.config.checks.overrides["link-unpublished"] ?? .warning,
            glossaries: linkers(context),
            headingIDs: context.config.markdown.headingIDs,
            words: markdownWords(context),
            emergencyNumbers: emergencyNumbers(context.config),
            overrides: context.config.checks.overrides)
    }

    /// Each language's emergency phone number: its own, else the site's.
    static func emergencyNumbers(_ config: SiteConfig) -> [String: String] {
        var numbers: [String: String] = [:]
        for language in config.languages {
            if let number = language.emergencyNumber ?? config.emergencyNumber { numbers[language.code] = number }
        }
        return numbers
    }

    /// The words callouts, tables and footnotes write, per language, from the
    /// theme's i18n files (read again by "Load theme", which reports their problems).
    static func markdownWords(_ context: BuildContext) -> [String: MarkdownWords] {
        let tables = context.theme?.stringTables ?? themeLoader(context).strings()
        let fallback = MarkdownWords(strings: tables[context.config.defaultLanguage.code] ?? [:])
        var words: [String: MarkdownWords] = [:]
        for language in context.config.languages {
            words[language.code] = MarkdownWords(strings: tables[language.code] ?? [:], fallback: fallback)
        }
        return words
    }

    /// Drafts, scheduled and expired pages with the address each has (or had).
    static func unpublishedPages(_ context: BuildContext, tree: SiteTree) -> [String: LinkResolver.UnpublishedPage] {
        let builder = SiteTreeBuilder(config: context.config)
        let slugs = SiteTreeBuilder.sectionSlugs(tree.pages)
        var pages: [String: LinkResolver.UnpublishedPage] = [:]
        for page in context.unpublished where tree.byContentPath[page.contentPath] == nil {
            let state: String
            switch Publication(page.frontMatter, today: context.options.today) {
            case .scheduled(let day):
                state = "is not published until \(day.iso) (publish_date), so until then the link leads to a missing page; "
                    + "publish both pages together, or link to the page once it is out"
            case .expired(let day):
                state = "expired on \(day.iso), so the link now leads to a redirect; link to the page that replaces it"
            case .draft:
                state = "is a draft (draft: true) and is not published; remove 'draft: true' from it when it is ready, or remove the link"
            case .published: continue
            }
            var ignored: [Diagnostic] = []
            guard let relative = builder.address(of: page, sectionSlugs: slugs, diagnostics: &ignored) else { continue }
            pages[page.contentPath] = LinkResolver.UnpublishedPage(
                url: context.config.baseURL.path + relative, state: state, isDraft: page.frontMatter.draft)
        }
        return pages
    }

    /// One glossary linker per language that has glossary terms.
    private static func linkers(_ context: BuildContext) -> [String: GlossaryLinker] {
        var linkers: [String: GlossaryLinker] = [:]
        for (code, glossary) in context.glossaries where !glossary.isEmpty {
            linkers[code] = GlossaryLinker(glossary: glossary, glossaryURL: context.config.homePath(language: code) + Glossary.folder + "/")
        }
        return linkers
    }
}
