extension Stages {
    /// Addresses, sections, reading order and redirects, computed once.
    /// With caches, the last arrangement while what it was made from stands.
    static func arrangePages(_ context: BuildContext) throws {
        // The tree holds the pages now; a second copy would keep every page's text alive after it is changed there.
        defer {
            releaseElsewhere(context.read)
            context.read = []
        }
        let cache = context.caches
        if let cache, cache.arrangement.reuse(context) {
            notePublication(context, tree: context.tree!)
            return
        }
        let before = context.diagnostics.count
        let builder = SiteTreeBuilder(config: context.config)
        let tree = builder.build(pages: context.read.map { $0.page! }, diagnostics: &context.diagnostics)
        let generated = generatedFiles(context, tree: tree)
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
        // (What lands inside a generator's folder is found with the other output paths, below.)
        for (path, owner) in reserved where !(generated[path]?.introducedByPage ?? false) && !(generated[path]?.isFolder ?? false) {
            // A page `url: /robots.txt` would make the folder robots.txt/ where the file goes.
            if let index = tree.byOutputPath[path] ?? tree.byOutputPath[path + "/index.html"] {
                context.diagnostics.append(.error(
                    "this page's address is needed for \(owner); give the page another 'slug' or 'url'",
                    file: tree.pages[index].source, code: "duplicate-url"))
            }
        }
        // A refused alias only loses its redirect, so the build goes on to
        // check the pages and a migration's problems all show in one run;
        // "Check content" stops it before anything is written.
        var aliasProblems: [Diagnostic] = []
        context.redirects = builder.redirects(for: tree, reserved: reserved, diagnostics: &aliasProblems)
        context.redirects += builder.expiredRedirects(
            context.unpublished, in: tree, taken: context.redirects, reserved: reserved, today: context.options.today,
            diagnostics: &context.diagnostics)
        notePublication(context, tree: tree)
        var claims = OutputClaims()
        claims.addPages(of: tree, serial: context.options.serial)
        for redirect in context.redirects { claims.add(redirect) }
        for file in context.staticFiles { claims.add(staticFile: file) }
        for file in generated.values { claims.add(file) }
        context.diagnostics += claims.problems(outputFolder: context.options.output.standardizedFileURL.path)
        context.tree = tree
        let stopping = context.diagnostics.hasErrors
        context.diagnostics += aliasProblems
        // The notes on pages left out are made again from the arrangement each time.
        cache?.arrangement.remember(
            arrangementOf: context, clean: !context.diagnostics[before...].contains { !["scheduled", "expired"].contains($0.code) })
        if stopping { throw BuildFailure(.arrangePages) }
    }

    /// Says which pages a build leaves out on a date (after "Arrange pages", full or remembered).
    static func notePublication(_ context: BuildContext, tree: SiteTree) {
        context.diagnostics += SiteTreeBuilder.publicationNotes(
            context.unpublished, redirects: context.redirects, tree: tree, today: context.options.today,
            basePath: context.config.baseURL.path)
    }

    /// The files the generators declare they will write (`Generator.outputs`), by path.
    static func generatedFiles(_ context: BuildContext, tree: SiteTree) -> [String: GeneratedFile] {
        let plan = OutputPlan(config: context.config, tree: tree, glossaries: context.glossaries)
        var files: [String: GeneratedFile] = [:]
        for generator in generators(context) {
            for file in generator.outputs(plan) { files[file.path] = file }
        }
        return files
    }
}
