import PamphletMarkdown

/// What "Render Markdown" remembers between builds: each page's rendering by
/// its content path, stale when the page's `Input` (source, body, first line)
/// changed, and all of them at once when the `LinkEnvironment` did; and the
/// renderer of the last build that rendered every page, whose link resolver
/// indexes every address, while the addresses and environment stand.
final class RenderMemo {
    /// What a page's rendering is made from, besides the link environment.
    struct Input: Equatable {
        var source: String
        var contentPath: String
        var body: String
        var bodyStartLine: Int

        init(_ page: Page) {
            (source, contentPath, body, bodyStartLine) = (page.source, page.contentPath, page.body, page.bodyStartLine)
        }
    }

    /// Everything a page's rendered Markdown depends on besides its own body.
    struct LinkEnvironment: Equatable {
        var pages: [String]
        var staticFiles: [String]
        var basePath: String
        var unsafeHTML: Bool
        var smartPunctuation: Bool
        var brokenLinks: String
        /// Scheduled and expired pages, which links may name.
        var unpublished: [String: LinkResolver.UnpublishedPage]
        /// The i18n words callouts, tables and footnotes print, per language.
        var words: [String: MarkdownWords]

        init(_ context: BuildContext, tree: SiteTree) {
            pages = tree.pages.map { $0.contentPath + "\u{0}" + $0.url + "\u{0}" + $0.outputPath }
            staticFiles = context.staticFiles
            basePath = context.config.baseURL.path
            unsafeHTML = context.config.markdown.unsafeHTML
            smartPunctuation = context.config.markdown.smartPunctuation
            brokenLinks = context.config.links.broken.rawValue
            unpublished = Stages.unpublishedPages(context, tree: tree)
            words = Stages.markdownWords(context)
        }
    }

    private struct Rendering {
        var input: Input
        var rendered: RenderedMarkdown
        var diagnostics: [Diagnostic]
        var generation: Int
    }

    private let history: BuildHistory
    private let reading: ReadingMemo
    private let arrangement: ArrangementMemo
    private var renderings: [String: Rendering] = [:]
    private var environment: LinkEnvironment?
    /// When "Render Markdown" last asked: only the theme's files can change the words since.
    private var asked: BuildHistory.Moment?
    private var renderer: MarkdownRenderer?
    /// The pages this build may render again (by index), with their inputs, between asking and remembering.
    private var candidates: (everyPage: Bool, indices: [Int], inputs: [Input]) = (false, [], [])
    /// The pages rendered in a build (for `IncrementalBuilder.Outcome`).
    private var rendered: (build: Int, paths: [String]) = (0, [])
    /// False when a page rendered again in this build has other heading ids,
    /// or every page was: then other pages' `#fragment` links are checked again.
    private(set) var headingsStand = false

    init(history: BuildHistory, reading: ReadingMemo, arrangement: ArrangementMemo) {
        self.history = history
        self.reading = reading
        self.arrangement = arrangement
    }

    /// The pages whose rendering is not known (by index in `tree`).
    func pagesToRender(_ tree: SiteTree, _ context: BuildContext) -> [Int] {
        // A kept arrangement has the same addresses, static files and settings; the words change only with the theme's files.
        let wordsStand = asked.map { !history.changes(since: $0).all.contains(where: LoadedTheme.dependsOn) } ?? false
        asked = history.now
        var links: LinkEnvironment
        if arrangement.reused, wordsStand, let known = environment {
            links = known
            // A kept arrangement says nothing of the pages left out: a new or edited draft changes what a link to it says.
            links.unpublished = Stages.unpublishedPages(context, tree: tree)
        } else {
            links = LinkEnvironment(context, tree: tree)
        }
        var everyPage = !arrangement.reused
        if links != environment {
            renderings.removeAll()
            environment = links
            everyPage = true
        }
        if everyPage { renderer = nil }
        // Under a kept arrangement only pages read again can have a new body.
        let indices = everyPage ? Array(tree.pages.indices) : reading.unrendered.compactMap { tree.byContentPath[$0] }.sorted()
        reading.unrendered.removeAll()
        let inputs = indices.map { Input(tree.pages[$0]) }
        candidates = (everyPage, indices, inputs)
        return indices.indices.filter { renderings[inputs[$0].contentPath]?.input != inputs[$0] }.map { indices[$0] }
    }

    func renderer(_ context: BuildContext, tree: SiteTree) -> MarkdownRenderer {
        let renderer = self.renderer ?? Stages.markdownRenderer(context, tree: tree)
        self.renderer = renderer
        return renderer
    }

    /// Keeps the renderings just made (of the pages at `indices`, already in
    /// `tree`), puts the known ones of the other candidates in `tree`, and
    /// returns every page's rendering findings, in page order.
    func remember(_ results: [(RenderedMarkdown, [Diagnostic])], at indices: [Int], in tree: inout SiteTree) -> [[Diagnostic]] {
        let (everyPage, candidates, inputs) = candidates
        self.candidates = (false, [], [])
        var headingsChanged = everyPage
        let offsets = Dictionary(uniqueKeysWithValues: candidates.enumerated().map { ($1, $0) })
        for (number, index) in indices.enumerated() {
            let input = inputs[offsets[index]!]
            if renderings[input.contentPath]?.rendered.headings.map(\.id) != results[number].0.headings.map(\.id) { headingsChanged = true }
            renderings[input.contentPath] = Rendering(
                input: input, rendered: results[number].0, diagnostics: results[number].1, generation: history.nextGeneration())
        }
        headingsStand = !headingsChanged
        if everyPage, renderings.count > tree.pages.count {
            let kept = Set(tree.pages.map(\.contentPath))
            renderings = renderings.filter { kept.contains($0.key) }
        }
        rendered = (history.now.build, indices.filter { tree.pages[$0].hasSourceFile }.map { tree.pages[$0].contentPath })
        // Only a candidate can have a new rendering; every other page holds
        // the rendering it had, and its diagnostics, since the last build.
        for index in candidates {
            guard let rendering = renderings[tree.pages[index].contentPath] else { continue }
            if arrangement.pages.pages[index].rendered != rendering.generation {
                tree.pages[index].rendered = rendering.rendered
                arrangement.pages.pages[index].render(rendering.generation)
            }
            arrangement.pages.pages[index].renderDiagnostics = rendering.diagnostics
        }
        arrangement.rendered(tree, nextGeneration: history.nextGeneration)
        return arrangement.pages.pages.map(\.renderDiagnostics)
    }

    /// The pages rendered in the build under way.
    var renderedThisBuild: [String] { rendered.build == history.now.build ? rendered.paths : [] }
}
