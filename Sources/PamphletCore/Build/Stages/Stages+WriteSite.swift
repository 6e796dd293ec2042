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
        let generatorContext = Self.generatorContext(context, tree: tree, theme: theme, data: templateData(context, tree: tree, theme: theme))
        let writer = OutputWriter(root: staged.staging)
        do {
            for generator in generators(context) {
                let findings = try generator.generate(generatorContext, into: writer)
                context.writeFindings.append((generator.name, findings))
                context.diagnostics += findings
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

    /// Every kind of output file, in the order they are written.
    static func generators(_ context: BuildContext) -> [any Generator] {
        [
            PagesGenerator(), AToZGenerator(), GlossaryGenerator(), NotFoundGenerator(), RedirectsGenerator(redirects: context.redirects),
            SitemapGenerator(), RobotsGenerator(), AssetsGenerator(), StaticFilesGenerator(),
        ]
    }

    static func generatorContext(_ context: BuildContext, tree: SiteTree, theme: Theme, data: TemplateData) -> GeneratorContext {
        GeneratorContext(
            folder: context.folder, config: context.config, tree: tree, theme: theme, data: data,
            staticFiles: context.staticFiles, serial: context.options.serial)
    }

    /// What templates receive, the same for a full or an incremental build.
    static func templateData(_ context: BuildContext, tree: SiteTree, theme: Theme) -> TemplateData {
        TemplateData(
            tree: tree, config: context.config, theme: theme, today: context.options.today,
            authorNotes: context.options.preview ? context.health : [], glossaries: context.glossaries)
    }
}
