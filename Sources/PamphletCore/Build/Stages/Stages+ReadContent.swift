extension Stages {
    /// Reads every Markdown file's front matter, on all cores.
    static func readContent(_ context: BuildContext) throws {
        let found = ContentScanner(folder: context.folder).scan(diagnostics: &context.diagnostics)
        context.staticFiles = found.staticFiles
        context.diagnostics += TranslationName.layoutProblems(markdown: found.markdown, languages: context.config.languages)
        let reader = PageReader(folder: context.folder, languages: context.config.languages)
        let results = parallelMap(found.markdown, serial: context.options.serial) { _, path in reader.read(contentPath: path) }
        for (page, diagnostics) in results {
            context.diagnostics += diagnostics
            if let page, context.options.includeDrafts || !page.frontMatter.draft {
                context.pages.append(page)
            }
        }
        try stopOnErrors(context, stage: "Read content")
    }
}
