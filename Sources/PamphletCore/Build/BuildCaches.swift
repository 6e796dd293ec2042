/// What a stage may ask of an earlier build. A full build (`SiteBuilder`)
/// has no caches and every stage computes everything; `pamphlet serve`'s
/// `IncrementalBuilder` hands its own, so each stage has one code path and
/// the cache only says what is still known, keyed by what the stage reads.
typealias BuildCaches = ReadCache & ArrangeCache & RenderCache & ThemeCache & WriteCache

/// "Read content": the scan of `content/` and each Markdown file's reading,
/// known by the file's size, modification time and inode.
protocol ReadCache: AnyObject {
    /// The last scan, while no file under `content/` was added or removed.
    func knownScan(_ context: BuildContext) -> ContentScan?
    func remember(scan: ContentScan)
    /// The positions in `paths` (the scan's Markdown files) of the files to read again.
    func filesToRead(_ paths: [String], _ context: BuildContext) -> [Int]
    /// Keeps the files just read (at `positions`); returns every file's reading, in scan order.
    func remember(_ read: [ReadFile], at positions: [Int], _ context: BuildContext) -> [ReadFile]
}

/// "Arrange pages": the last tree, while every page's `ArrangementKey` stands.
protocol ArrangeCache: AnyObject {
    /// Puts the last tree (with the pages read again) and redirects in the
    /// context and returns true, when what they were made from is the same.
    func reuseArrangement(_ context: BuildContext) -> Bool
    /// Keeps an arrangement just made; `clean` when it reported nothing.
    func remember(arrangementOf context: BuildContext, clean: Bool)
}

/// "Render Markdown": each page's rendering, by its body, under one link
/// environment (addresses, content files, settings, the i18n words).
protocol RenderCache: AnyObject {
    /// Puts known renderings in `tree` and returns the pages still to render.
    func pagesToRender(_ tree: inout SiteTree, _ context: BuildContext) -> [Int]
    func renderer(_ context: BuildContext, tree: SiteTree) -> MarkdownRenderer
    /// Keeps the renderings just made (of the pages at `indices`, already in
    /// `tree`); returns every page's rendering findings, in page order.
    func remember(
        _ rendered: [(RenderedMarkdown, [Diagnostic])], at indices: [Int], in tree: inout SiteTree, _ context: BuildContext
    ) -> [[Diagnostic]]
}

/// "Load theme": the last theme, while no file it was made from changed.
protocol ThemeCache: AnyObject {
    func knownTheme(_ context: BuildContext) -> LoadedTheme?
    func remember(theme: LoadedTheme)
}

/// "Write site": what of the output folder can stay as the last write left it.
protocol WriteCache: AnyObject {
    /// Nil when the whole site must be written.
    func partialWrite(_ context: BuildContext, tree: SiteTree, data: TemplateData) -> PartialWrite?
    /// `Stages.withoutPageText(tree)`, made again only for the pages that changed since it was last asked.
    func withoutPageText(_ tree: SiteTree) -> SiteTree
}

/// One look at the files under `content/`, with what it found wrong.
struct ContentScan {
    var found: ContentScanner.Found
    var diagnostics: [Diagnostic]
}

/// One Markdown file read: its page (nil when it could not be read), what
/// reading it found, and whether the build publishes it. A class, never
/// changed once made: a build hands 10,000 of them from stage to stage.
final class ReadFile: Sendable {
    let page: Page?
    let diagnostics: [Diagnostic]
    let isBuilt: Bool
    /// What is checked of a published page's front matter (`Stages.publishChecks`).
    let publishChecks: [Diagnostic]

    init(_ read: (Page?, [Diagnostic]), config: SiteConfig, options: BuildOptions) {
        page = read.0
        diagnostics = read.1
        isBuilt = read.0.map { Stages.isBuilt($0, options: options) } ?? false
        publishChecks = isBuilt ? Stages.publishChecks(read.0!, config: config) : []
    }
}
