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
        try stopOnErrors(context, stage: "Read content")
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

    /// Records a page read from its file, unless it is a draft the build leaves out.
    static func accept(_ page: Page?, diagnostics: [Diagnostic], into context: BuildContext) {
        context.diagnostics += diagnostics
        if let page, context.options.includeDrafts || !page.frontMatter.draft {
            context.diagnostics += StructuredData.check(page.frontMatter, file: page.source)
            context.pages.append(page)
        }
    }
}
