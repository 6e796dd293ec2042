import Foundation

extension Stages {
    /// Runs each generator into a staging folder, then swaps it in.
    static func writeSite(_ context: BuildContext) throws {
        guard context.options.writeOutput, let tree = context.tree, let theme = context.theme else { return }
        if let problem = OutputSafety.problem(output: context.options.output, site: context.folder) {
            context.diagnostics.append(.error(problem, code: "output"))
            throw BuildFailure(stage: "Write site")
        }
        let staged = StagedOutput(output: context.options.output)
        try staged.prepare()
        let generatorContext = GeneratorContext(
            folder: context.folder, config: context.config, tree: tree, theme: theme,
            data: templateData(context, tree: tree, theme: theme),
            staticFiles: context.staticFiles, serial: context.options.serial)
        let writer = OutputWriter(root: staged.staging)
        let generators: [any Generator] = [
            PagesGenerator(), AToZGenerator(), GlossaryGenerator(), NotFoundGenerator(), RedirectsGenerator(redirects: context.redirects),
            SitemapGenerator(), RobotsGenerator(), AssetsGenerator(), StaticFilesGenerator(),
        ]
        do {
            for generator in generators {
                context.diagnostics += try generator.generate(generatorContext, into: writer)
            }
            if context.diagnostics.hasErrors {
                staged.discard()
                throw BuildFailure(stage: "Write site")
            }
            try staged.publish()
        } catch {
            staged.discard()
            throw error
        }
    }

    /// What templates receive, the same for a full or an incremental build.
    static func templateData(_ context: BuildContext, tree: SiteTree, theme: Theme) -> TemplateData {
        TemplateData(
            tree: tree, config: context.config, theme: theme, today: context.options.today,
            authorNotes: context.options.preview ? context.health : [], glossaries: context.glossaries)
    }
}
