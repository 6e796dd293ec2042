extension Stages {
    /// Addresses, sections, reading order and redirects, computed once.
    static func arrangePages(_ context: BuildContext) throws {
        let builder = SiteTreeBuilder(config: context.config)
        let tree = builder.build(pages: context.pages, diagnostics: &context.diagnostics)
        let generated = madeFiles(context, tree: tree)
        var reserved = generated.mapValues(\.owner)
        for file in context.staticFiles {
            if let made = generated[file] {
                // Every file Pamphlet makes is refused alike (content/index.html is refused as the home page's).
                context.diagnostics.append(.error(
                    "this file would replace \(made.owner), which Pamphlet writes at /\(file); \(made.fix)",
                    file: "content/" + file, code: "reserved-file"))
            } else {
                reserved[file] = "content/" + file
            }
        }
        // A page at the glossary's address is its introduction, not a rival.
        for (path, owner) in reserved where !(generated[path]?.introducedByPage ?? false) {
            // A page `url: /robots.txt` would make the folder robots.txt/ where the file goes.
            if let index = tree.byOutputPath[path] ?? tree.byOutputPath[path + "/index.html"] {
                context.diagnostics.append(.error(
                    "this page's address is needed for \(owner); give the page another 'slug' or 'url'",
                    file: tree.pages[index].source, code: "duplicate-url"))
            }
        }
        context.redirects = builder.redirects(for: tree, reserved: reserved, diagnostics: &context.diagnostics)
        context.redirects += builder.expiredRedirects(
            context.unpublished, in: tree, taken: context.redirects, reserved: reserved, today: context.options.today,
            diagnostics: &context.diagnostics)
        notePublication(context, tree: tree)
        var claims = OutputClaims()
        for index in tree.pages.indices { claims.add(page: index, in: tree) }
        for redirect in context.redirects { claims.add(redirect) }
        for file in context.staticFiles { claims.add(staticFile: file) }
        for (path, made) in generated { claims.add(generated: path, owner: made.owner) }
        context.diagnostics += claims.problems(outputFolder: context.options.output.standardizedFileURL.path)
        context.tree = tree
        // The tree holds the pages now; a second copy would keep every page's text alive after it is changed there.
        context.pages = []
        try stopOnErrors(context, stage: .arrangePages)
    }

    /// Says which pages a build leaves out on a date (after "Arrange pages", full or remembered).
    static func notePublication(_ context: BuildContext, tree: SiteTree) {
        context.diagnostics += SiteTreeBuilder.publicationNotes(
            context.unpublished, redirects: context.redirects, tree: tree, today: context.options.today,
            basePath: context.config.baseURL.path)
    }

    /// The files Pamphlet makes besides pages and redirects, with what they
    /// are and what a writer who wants to change one should do instead.
    struct MadeFile {
        var owner: String
        var fix: String
        var introducedByPage = false

        init(_ owner: String, _ fix: String, introducedByPage: Bool = false) {
            self.owner = owner
            self.fix = fix
            self.introducedByPage = introducedByPage
        }
    }

    static func madeFiles(_ context: BuildContext, tree: SiteTree) -> [String: MadeFile] {
        var files: [String: MadeFile] = [
            "404.html": MadeFile("the 404 page", "remove it, and put a 404.mustache template in layouts/ to change that page"),
            SitemapGenerator.file: MadeFile("the sitemap", "remove it: Pamphlet lists every published page in its own"),
            "robots.txt": MadeFile("robots.txt", "remove it: Pamphlet writes robots.txt itself, allowing every crawler and naming the sitemap"),
        ]
        for language in context.config.languages {
            if context.config.feed.enabled {
                files[FeedGenerator.outputPath(language)] = MadeFile(
                    "the \"What's new\" feed", "rename it, or turn Pamphlet's feed off with 'feed: false' in site.yml")
            }
            files[language.pathPrefix + AToZGenerator.folder + "/index.html"] =
                MadeFile("the A to Z index", "remove it, and put an a-z.mustache template in layouts/ to change that page")
            if !(context.glossaries[language.code]?.isEmpty ?? true) {
                let source = language.isDefault ? Glossary.file : "glossary.\(language.code).yml"
                files[language.pathPrefix + Glossary.folder + "/index.html"] = MadeFile(
                    "the glossary page",
                    "remove it: that page is made from content/\(source), and a page at /\(language.pathPrefix)\(Glossary.folder)/ gives it an introduction",
                    introducedByPage: true)
            }
        }
        for section in PrintSectionGenerator.sections(tree) {
            let url = tree.pages[section.page].url
            files[PrintSectionGenerator.outputPath(ofSection: url, basePath: context.config.baseURL.path)] = MadeFile(
                "the printable page of the section \(tree.pages[section.page].source)",
                "Pamphlet writes every section's printable page at \(PrintSectionGenerator.folder)/ in it")
        }
        return files
    }
}
