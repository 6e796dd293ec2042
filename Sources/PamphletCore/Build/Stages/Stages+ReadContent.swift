extension Stages {
    /// Reads every Markdown file's front matter, on all cores; with caches
    /// (`pamphlet serve`), only the files changed since they were last read.
    static func readContent(_ context: BuildContext) throws {
        let cache = context.caches
        let found: ContentScanner.Found
        if let known = cache?.reading.knownScan(context) {
            found = known.found
            context.staticFiles = found.staticFiles
            context.diagnostics += known.diagnostics
        } else {
            let before = context.diagnostics.count
            found = scanContent(context)
            cache?.reading.remember(scan: ContentScan(found: found, diagnostics: Array(context.diagnostics[before...])))
        }
        let paths = found.markdown
        let stale = cache?.reading.filesToRead(paths) ?? Array(paths.indices)
        let reader = pageReader(context)
        let config = context.config, options = context.options
        let fresh = parallelMap(stale, serial: options.serial) { _, position in
            ReadFile(reader.read(contentPath: paths[position]), config: config, options: options)
        }
        let accepted = cache?.reading.remember(fresh, at: stale) ?? ReadingAssembly(fresh)
        context.diagnostics += accepted.diagnostics
        // Handed over, not appended, when nothing came before: appending retains 10,000 readings again.
        if context.read.isEmpty { context.read = accepted.built } else { context.read += accepted.built }
        context.unpublished += accepted.unpublished
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

    static func isBuilt(_ page: Page, options: BuildOptions) -> Bool {
        Publication(page.frontMatter, today: options.today).isBuilt(includeDrafts: options.includeDrafts)
    }

    /// What is checked of a page's front matter and Markdown only when it is published.
    static func publishChecks(_ page: Page, config: SiteConfig) -> [Diagnostic] {
        StructuredData.check(page.frontMatter, file: page.source)
            + apply(config.checks.overrides, to: ReviewGovernanceCheck.check(page))
    }
}
