extension Stages {
    /// Reads every Markdown file's front matter, on all cores.
    static func readContent(_ context: BuildContext) throws {
        let found = scanContent(context)
        let reader = pageReader(context)
        let results = parallelMap(found.markdown, serial: context.options.serial) { _, path in reader.read(contentPath: path) }
        for (page, diagnostics) in results {
            accept(page, diagnostics: diagnostics, into: context)
        }
        readGlossary(context, dataFiles: found.dataFiles)
        try stopOnErrors(context, stage: .readContent)
    }

    /// The files under content/, with problems in how translations are laid out.
    static func scanContent(_ context: BuildContext) -> ContentScanner.Found {
        let found = ContentScanner(folder: context.folder).scan(diagnostics: &context.diagnostics)
        context.staticFiles = found.staticFiles
        context.diagnostics += TranslationName.layoutProblems(markdown: found.markdown, languages: context.config.languages)
        return found
    }

    static func pageReader(_ context: BuildContext) -> PageReader {
        PageReader(folder: context.folder, languages: context.config.languages)
    }

    /// Records a page read from its file, or sets it aside when the build
    /// leaves it out (a draft, scheduled or expired page).
    static func accept(_ page: Page?, diagnostics: [Diagnostic], into context: BuildContext) {
        context.diagnostics += diagnostics
        guard let page else { return }
        if isBuilt(page, options: context.options) {
            context.diagnostics += publishChecks(page, config: context.config)
            context.pages.append(page)
        } else {
            context.unpublished.append(page)
        }
    }

    static func isBuilt(_ page: Page, options: BuildOptions) -> Bool {
        Publication(page.frontMatter, today: options.today).isBuilt(includeDrafts: options.includeDrafts)
    }

    /// What is checked of a page's front matter and Markdown only when it is published.
    static func publishChecks(_ page: Page, config: SiteConfig) -> [Diagnostic] {
        StructuredData.check(page.frontMatter, file: page.source)
            + apply(config.checks.overrides, to: ReviewGovernanceCheck.check(page))
    }
}
