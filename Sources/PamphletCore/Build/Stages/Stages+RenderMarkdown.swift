import PamphletMarkdown

extension Stages {
    /// Parses and renders every page's Markdown on all cores.
    static func renderMarkdown(_ context: BuildContext) throws {
        guard var tree = context.tree else { return }
        let renderer = markdownRenderer(context, tree: tree)
        let pages = tree.pages
        let results = parallelMap(pages, serial: context.options.serial) { index, page in renderer.render(page, index: index) }
        for (index, (rendered, diagnostics)) in results.enumerated() {
            tree.pages[index].rendered = rendered
            // Nothing after this stage reads the Markdown; holding it for every page costs memory.
            if context.releasesPageText { tree.pages[index].body = "" }
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
            glossaries: linkers(context))
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
