import PamphletMarkdown

extension Stages {
    /// Parses and renders every page's Markdown on all cores.
    static func renderMarkdown(_ context: BuildContext) throws {
        guard var tree = context.tree else { return }
        var options: MarkdownDocument.Options = []
        if context.config.markdown.unsafeHTML { options.insert(.unsafeHTML) }
        if context.config.markdown.smartPunctuation { options.insert(.smartPunctuation) }
        let renderer = MarkdownRenderer(
            resolver: LinkResolver(tree: tree, staticFiles: Set(context.staticFiles), basePath: context.config.baseURL.path),
            options: options,
            brokenLinkSeverity: context.config.links.broken)
        let pages = tree.pages
        let results = parallelMap(pages, serial: context.options.serial) { index, page in renderer.render(page, index: index) }
        for (index, (rendered, diagnostics)) in results.enumerated() {
            tree.pages[index].rendered = rendered
            context.diagnostics += diagnostics
        }
        context.tree = tree
        // Broken links do not stop the build here: the checks that follow report more at once.
    }
}
