import Foundation

/// Builds the same site again and again (for `pamphlet serve`), redoing only
/// what the files changed since the previous build affect. It runs
/// `SiteBuilder.stages` themselves and hands them its memos (`BuildCaches`),
/// kept across builds: each stage asks its memo what is still known and
/// computes the rest by its one code path, so the output is byte for byte
/// what `SiteBuilder` writes. Each memo sits beside its stage in `Stages/`
/// and says what it is keyed by:
///
/// - Read content (`ReadingMemo`): a Markdown file whose size, modification
///   time and inode are unchanged is not read again; the scan of `content/`
///   is repeated only when a file there was added or removed.
/// - Arrange pages (`ArrangementMemo`): while every page's `ArrangementKey`
///   and the static files are the same, the last tree is kept, with the pages
///   read again put in; it holds what is known of each page (`PageMemo`).
/// - Render Markdown (`RenderMemo`): a page whose body is unchanged is not
///   rendered again, as long as the link environment is the same.
/// - Check links and Check content (`CheckMemo`): pages whose versions are
///   those last checked get their findings back.
/// - Load theme (`ThemeMemo`): the last theme, while none of its files changed.
/// - Write site (`WriteMemo`): when no shared file changed and every page
///   kept its address and aliases, only what can show a change is written
///   again, one atomic rename each (`PartialWrite`); otherwise the whole site.
///
/// This class decides what a change invalidates beyond that: a change to
/// `site.yml` or to a content file other than a page forgets every page,
/// since any page's Markdown may depend on it. A build with errors writes
/// nothing, so the output folder keeps the last good site. Not thread-safe:
/// run one build at a time.
public final class IncrementalBuilder {
    public let options: BuildOptions
    private let folder: SiteFolder
    private let history = BuildHistory()
    private var caches: BuildCaches
    /// Each searched page's search words, checked against the page before reuse.
    let searchMemo = SearchMemo()
    /// Titles' sort keys for the A to Z page.
    let sortKeys = SortKeyMemo()
    /// The A to Z page's rendered entries.
    let aToZEntries = AToZEntryMemo()
    private var previous: (snapshot: SourceSnapshot, outcome: Outcome)?

    public init(options: BuildOptions) {
        self.options = options
        folder = SiteFolder(root: options.source)
        caches = BuildCaches(history: history, today: options.today)
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
        // The last outcome is replaced at the end; letting go of its per-page
        // figures now lets "Check content" change its memo's copy in place.
        previous?.outcome.result.health = []
        history.start(snapshot, previous: previous?.snapshot ?? SourceSnapshot())
        if previous != nil, history.changesSincePrevious.all.contains(where: SourceSnapshot.isSettingsOrContentFile) {
            caches.forgetContent(today: options.today)
        }

        let context = BuildContext(options: options)
        context.caches = caches
        context.searchMemo = searchMemo
        context.sortKeys = sortKeys
        context.aToZEntries = aToZEntries
        var result = SiteBuilder.run(SiteBuilder.stages, in: context)
        result.seconds = Date().timeIntervalSince(started)

        let kind: Outcome.Kind
        if !result.succeeded {
            kind = .failed
        } else if !result.wroteOutput {
            kind = .pages
        } else {
            kind = context.partlyWritten != nil ? .pages : .full
            caches.write.remember(writeOf: context)
        }
        var assetURLs: [String: String] = [:]
        for asset in context.theme?.assets ?? [] { assetURLs[asset.key] = context.config.baseURL.path + asset.outputPath }
        let outcome = Outcome(
            kind: kind, result: result, changes: history.changesSincePrevious,
            reparsed: caches.reading.readThisBuild, rerendered: caches.rendering.renderedThisBuild, written: context.partlyWritten ?? [],
            siteTitle: context.config.title, assetURLs: assetURLs, snapshot: snapshot)
        let replaced = previous
        previous = (snapshot, outcome)
        // Freeing the last outcome's tens of thousands of findings takes a
        // while; the preview's reload need not wait for it.
        if let replaced { DispatchQueue.global(qos: .utility).async { withExtendedLifetime(replaced) {} } }
        return outcome
    }
}
