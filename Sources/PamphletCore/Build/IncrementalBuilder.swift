import Foundation
import PamphletMarkdown

/// Builds the same site again and again (for `pamphlet serve`), redoing only
/// what the files changed since the previous build affect. It runs
/// `SiteBuilder.stages` themselves, handing them itself as their caches
/// (`BuildCaches`): each stage asks what is still known and computes the
/// rest by its one code path, so the output is byte for byte what
/// `SiteBuilder` writes. While the files and the arrangement stay, what is
/// remembered is kept by position (in the scan, in the tree), so a one-page
/// rebuild does not look up 10,000 paths:
///
/// - Read content (`+Read`): a Markdown file whose size, modification time
///   and inode are unchanged is not read again; while the scan is reused,
///   only the files the snapshot says changed are looked at. The scan of
///   `content/` is repeated only when a file there was added or removed.
/// - Arrange pages (`+Read`): while every page's `ArrangementKey` and the
///   static files are the same, and the last arrangement reported nothing,
///   the last tree is kept, with the pages read again put in.
/// - Render Markdown (`+Render`): a page whose body is unchanged is not
///   rendered again, as long as the link environment (every page's address,
///   the content files, the Markdown settings, the i18n words callouts and
///   tables print) is the same; otherwise every page is.
/// - Check links and Check content (`+Render`): pages whose versions are
///   those last checked get their findings back through `BuildContext`.
/// - Load theme (`+Write`): the last theme, while no file under `themes/`,
///   `layouts/` or `i18n/` and not `site.yml` changed.
/// - Write site (`+Write`): when no shared file changed and every page kept
///   its address and aliases, only what can show a change is written again,
///   one atomic rename each (`PartialWrite`); otherwise the whole site.
///
/// A change to `site.yml` or to a content file other than a page forgets
/// everything remembered, since any page's Markdown may depend on it.
/// A build with errors writes nothing, so the output folder keeps the last
/// good site. Not thread-safe: run one build at a time.
public final class IncrementalBuilder {
    public let options: BuildOptions
    private let folder: SiteFolder

    var reading = Reading()
    var rendered: [String: RenderedPage] = [:]
    var environment: LinkEnvironment?
    /// The snapshot and build `environment` was last made in.
    var environmentMade: (snapshot: SourceSnapshot, build: Int)?
    /// The renderer of the last build that rendered every page: its link
    /// resolver indexes every page's address, which a one-page rebuild
    /// need not do again while addresses and the link environment stand.
    var renderer: MarkdownRenderer?
    var published: Published?
    var checked: [String: CheckedPage] = [:]
    var scan: (scan: ContentScan, snapshot: SourceSnapshot, build: Int)?
    /// The last theme loaded, with the snapshot and build it holds for.
    var loadedTheme: (loaded: LoadedTheme, snapshot: SourceSnapshot, build: Int)?
    var arrangement: Arrangement?
    /// The pages "Write site" last saw (`withoutPageText`) and their versions.
    var releasedPages: (pages: [Page], versions: [PageVersion])?
    var generations = 0
    /// Each searched page's search words, checked against the page before reuse.
    let searchMemo = SearchMemo()
    /// Titles' sort keys for the A to Z page.
    let sortKeys = SortKeyMemo()
    /// The A to Z page's rendered entries.
    let aToZEntries = AToZEntryMemo()
    private var previous: (snapshot: SourceSnapshot, outcome: Outcome)?
    /// False until the caches hold something; they are emptied when
    /// `site.yml` or a content file other than a page changes.
    private var cachesFilled = false
    /// Builds so far (not counting those that found nothing changed).
    var builds = 0
    /// Pages read again whose keys "Arrange pages" has not compared since.
    var pendingArrange = Set<String>()
    /// Pages read again whose rendering has not been checked since.
    var pendingRender = Set<String>()
    /// What the build under way works out; each build starts a new one.
    var now = Scratch()

    public init(options: BuildOptions) {
        self.options = options
        folder = SiteFolder(root: options.source)
    }

    /// Builds what changed since the previous call (everything the first time).
    /// `snapshot`, when given, must have been taken before this call (a
    /// watcher's latest poll); files are read after it, so nothing is missed.
    public func build(using snapshot: SourceSnapshot? = nil) -> Outcome {
        let started = Date()
        let snapshot = snapshot ?? SourceSnapshot.take(of: folder)
        if let previous, previous.snapshot == snapshot, FileManager.default.fileExists(atPath: options.output.path) || !previous.outcome.result.wroteOutput {
            var outcome = previous.outcome
            if outcome.kind != .failed { outcome.kind = .unchanged }
            outcome.changes = SourceChanges()
            outcome.reparsed = []
            outcome.rerendered = []
            outcome.written = []
            return outcome
        }
        builds += 1
        // A face made again equal to the last build's (same place in the same
        // page list) keeps its generation, so a new arrangement does not make
        // every page's findings look stale.
        now = Scratch(
            snapshot: snapshot, changesSincePrevious: snapshot.changes(since: previous?.snapshot ?? SourceSnapshot()),
            previous: now.pages.pages)
        if !cachesFilled || now.changesSincePrevious.all.contains(where: SourceSnapshot.isSettingsOrContentFile) {
            reading = Reading()
            pendingArrange.removeAll()
            rendered.removeAll()
            checked.removeAll()
            scan = nil
            arrangement = nil
            environment = nil
            cachesFilled = true
        }

        let context = BuildContext(options: options)
        context.releasesPageText = false
        context.caches = self
        context.searchMemo = searchMemo
        context.sortKeys = sortKeys
        context.aToZEntries = aToZEntries
        var result = SiteBuilder.run(SiteBuilder.stages, in: context)
        rememberChecks(context)
        keepPages()
        result.seconds = Date().timeIntervalSince(started)

        let kind: Outcome.Kind
        if !result.succeeded {
            kind = .failed
        } else if !result.wroteOutput {
            kind = .pages
        } else {
            kind = context.partlyWritten != nil ? .pages : .full
            if let tree = context.tree {
                published = Published(
                    snapshot: now.snapshot, build: builds, faces: faces(of: tree), writeFindings: context.writeFindings,
                    redirects: Self.redirectLines(context.redirects))
            }
        }
        var assetURLs: [String: String] = [:]
        for asset in context.theme?.assets ?? [] { assetURLs[asset.key] = context.config.baseURL.path + asset.outputPath }
        let outcome = Outcome(
            kind: kind, result: result, changes: now.changesSincePrevious,
            reparsed: now.reparsed, rerendered: now.rerendered, written: context.partlyWritten ?? [],
            siteTitle: context.config.title, assetURLs: assetURLs, snapshot: now.snapshot)
        previous = (now.snapshot, outcome)
        return outcome
    }

    /// What changed since a snapshot taken in build number `build`.
    func changes(since earlier: SourceSnapshot, takenIn build: Int) -> SourceChanges {
        build == builds - 1 ? now.changesSincePrevious : now.snapshot.changes(since: earlier)
    }

    func nextGeneration() -> Int {
        generations += 1
        return generations
    }

    static func redirectLines(_ redirects: [Redirect]) -> [String] {
        redirects.map { $0.outputPath + "\u{0}" + String($0.target) }
    }
}
