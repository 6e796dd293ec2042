import Foundation

/// Runs a build as a list of named stages:
/// read settings, read content, arrange the site, render Markdown,
/// check links, check content, load the theme, write files and publish.
public struct SiteBuilder {
    public var options: BuildOptions

    public init(options: BuildOptions) {
        self.options = options
    }

    static var stages: [Stage] {
        [
            Stage(id: .readConfiguration, run: Stages.readConfiguration),
            Stage(id: .readContent, run: Stages.readContent),
            Stage(id: .arrangePages, run: Stages.arrangePages),
            Stage(id: .renderMarkdown, run: Stages.renderMarkdown),
            Stage(id: .checkLinks, run: Stages.checkLinks),
            Stage(id: .checkContent, run: Stages.checkContent),
            Stage(id: .loadTheme, run: Stages.loadTheme),
            Stage(id: .writeSite, run: Stages.writeSite),
        ]
    }

    /// `progress` hears each stage's name as it starts.
    public func run(progress: (Int, Int, String) -> Void = { _, _, _ in }) -> BuildResult {
        let started = Date()
        let context = BuildContext(options: options)
        var result = Self.run(Self.stages, in: context, progress: progress)
        result.seconds = Date().timeIntervalSince(started)
        // Every page's text, freed while the caller reports.
        releaseElsewhere(context)
        return result
    }

    /// Runs `stages` in order until one stops the build, and sums up what
    /// they found. Shared with `IncrementalBuilder`, which hands them its memos.
    static func run(
        _ stages: [Stage], in context: BuildContext, progress: (Int, Int, String) -> Void = { _, _, _ in }
    ) -> BuildResult {
        var result = BuildResult(diagnostics: [])
        for (number, stage) in stages.enumerated() {
            progress(number + 1, stages.count, stage.name)
            let stageStart = Date()
            do {
                try stage.run(context)
            } catch is BuildFailure {
                result.stages.append(.init(name: stage.name, seconds: Date().timeIntervalSince(stageStart)))
                break
            } catch {
                context.diagnostics.append(.error("\(stage.name) failed: \(error)", code: "internal"))
                break
            }
            result.stages.append(.init(name: stage.name, seconds: Date().timeIntervalSince(stageStart)))
        }
        let options = context.options
        result.diagnostics = context.diagnostics
        // Counted by index: filtering would copy every page.
        if let pages = context.tree?.pages { result.pageCount = pages.indices.reduce(0) { $0 + (pages[$1].kind == .page ? 1 : 0) } }
        result.sectionCount = context.tree?.sections.count ?? 0
        result.health = context.health
        result.unpublished = context.unpublished.sorted { $0.source < $1.source }.map {
            PageHealth(unpublished: $0, settings: context.config.checks, today: options.today)
        }
        result.siteTitle = context.config.title
        result.strict = options.strict
        result.wroteOutput = options.writeOutput && result.succeeded && context.theme != nil
        return result
    }
}
