extension Stages {
    /// Addresses, sections, reading order and redirects, computed once.
    static func arrangePages(_ context: BuildContext) throws {
        let builder = SiteTreeBuilder(config: context.config)
        let tree = builder.build(pages: context.pages, diagnostics: &context.diagnostics)
        var reserved: [String: String] = [
            "404.html": "the 404 page",
            SitemapGenerator.file: "the sitemap",
            "robots.txt": "robots.txt",
        ]
        for file in context.staticFiles { reserved[file] = "content/" + file }
        for language in context.config.languages {
            reserved[language.pathPrefix + AToZGenerator.folder + "/index.html"] = "the A to Z index"
        }
        for (path, owner) in reserved {
            // A page `url: /robots.txt` would make the folder robots.txt/ where the file goes.
            if let index = tree.byOutputPath[path] ?? tree.byOutputPath[path + "/index.html"] {
                context.diagnostics.append(.error(
                    "this page's address is needed for \(owner); give the page another 'slug' or 'url'",
                    file: tree.pages[index].source, code: "duplicate-url"))
            }
        }
        context.redirects = builder.redirects(for: tree, reserved: reserved, diagnostics: &context.diagnostics)
        context.tree = tree
        // The tree holds the pages now; a second copy would keep every page's text alive after it is changed there.
        context.pages = []
        try stopOnErrors(context, stage: "Arrange pages")
    }
}
