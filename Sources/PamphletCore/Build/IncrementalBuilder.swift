import Foundation
import PamphletMarkdown

/// Builds the same site again and again (for `pamphlet serve`), redoing only
/// what the files changed since the previous build affect. Its output is
/// byte for byte what `SiteBuilder` writes; `SiteBuilder` is the reference.
///
/// It runs `SiteBuilder.stages` in order and swaps five of them for
/// versions that remember the previous build, and hands two others what
/// they found last time through `BuildContext`. While the files and the
/// arrangement stay, what is remembered is kept by position (in the scan,
/// in the tree), so a one-page rebuild does not look up 10,000 paths:
///
/// - Read content: a Markdown file whose size, modification time and inode
///   are unchanged is not read or parsed again; while the scan is reused,
///   only the files the snapshot says changed are looked at. The scan of
///   `content/` is repeated only when a file there was added or removed.
/// - Arrange pages: while every page's `ArrangementKey` (what addresses,
///   sections, reading order and redirects are made from) and the static
///   files are the same, and the last arrangement reported nothing, the last
///   tree is kept, with the pages read again put in.
/// - Render Markdown: a page whose body is unchanged is not rendered again,
///   as long as the "link environment" (every page's address, the content
///   files, the Markdown settings) is the same; otherwise every page is.
/// - Check links: while no page rendered again changed its heading ids, the
///   other pages' broken-fragment findings are handed back.
/// - Check content: a page whose reading, rendering and face are the ones
///   last checked (and, for a translation, whose original's are) gets its
///   findings back; a page whose prose is unchanged gets its reading-level
///   report back.
/// - Load theme: the last theme is reused while no file under `themes/`,
///   `layouts/` or `i18n/` and not `site.yml` changed.
/// - Write site: when no shared file changed (`site.yml`, the theme,
///   `layouts/`, images and other content files) and every page kept its
///   address and aliases (and no page came or went), only what can show a
///   change is rendered again and replaced, one atomic rename each: the
///   pages whose files changed and, when a page changed what others show of
///   it (title, description, weight, review date), every page whose
///   `PageNeighbourhood` holds it, plus the generators that list pages (A to
///   Z, glossary, 404, redirects, sitemap). The generators that only copy
///   files repeat their findings from the last write. Otherwise the whole
///   site is written by the ordinary stage, into a staging folder swapped in
///   when done. A generator that reads page bodies (a search index, say)
///   must run whenever a page's file changed; the byte-for-byte tests
///   against `SiteBuilder` catch it.
///
/// A change to `site.yml` or to a content file other than a page forgets
/// everything remembered, since any page's Markdown may depend on it.
/// A build with errors writes nothing, so the output folder keeps the last
/// good site. Not thread-safe: run one build at a time.
public final class IncrementalBuilder {
    public let options: BuildOptions
    private let folder: SiteFolder

    private var reading = Reading()
    private var rendered: [String: RenderedPage] = [:]
    private var environment: LinkEnvironment?
    /// The renderer of the last build that rendered every page: its link
    /// resolver indexes every page's address, which a one-page rebuild
    /// need not do again while addresses and the link environment stand.
    private var renderer: MarkdownRenderer?
    /// False until the caches hold something; they are emptied when
    /// `site.yml` or a content file other than a page changes.
    private var cachesFilled = false
    private var published: Published?
    private var checked: [String: CheckedPage] = [:]

    private var scan: Scan?
    /// The last theme loaded, with the snapshot and build it holds for.
    private var loadedTheme: (loaded: LoadedTheme, snapshot: SourceSnapshot, build: Int)?
    private var arrangement: Arrangement?
    private var generations = 0
    private var previous: (snapshot: SourceSnapshot, outcome: Outcome)?
    /// Builds so far (not counting those that found nothing changed).
    private var builds = 0

    // Filled during one build.
    private var snapshot = SourceSnapshot()
    private var reparsed: [String] = []
    private var rerendered: [String] = []
    private var written: [String] = []
    private var wrotePagesOnly = false
    /// Every page's face and version, once the tree is final.
    private var faces: [PageFace] = []
    private var faceGenerations: [Int] = []
    private var previousFaces: (faces: [PageFace], generations: [Int]) = ([], [])
    private var versions: [PageVersion] = []
    private var originals: [PageVersion?] = []
    private var reusedArrangement = false
    /// Pages read again whose keys "Arrange pages" has not compared since.
    private var pendingArrange = Set<String>()
    /// Pages read again whose rendering has not been checked since.
    private var pendingRender = Set<String>()
    /// What changed since the previous build's snapshot, made once per build.
    private var changesSincePrevious = SourceChanges()

    /// Names of the `SiteBuilder` stages this type replaces.
    static let replacedStages = ["Read content", "Arrange pages", "Render Markdown", "Load theme", "Write site"]

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
        self.snapshot = snapshot
        builds += 1
        changesSincePrevious = snapshot.changes(since: previous?.snapshot ?? SourceSnapshot())
        reparsed = []
        rerendered = []
        written = []
        wrotePagesOnly = false
        // A face made again equal to the last build's (same place in the same
        // page list) keeps its generation, so a new arrangement does not make
        // every page's findings look stale.
        previousFaces = (faces, faceGenerations)
        faces = []
        faceGenerations = []
        versions = []
        originals = []
        reusedArrangement = false
        if !cachesFilled || changesSincePrevious.all.contains(where: SourceSnapshot.isSettingsOrContentFile) {
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
        var result = SiteBuilder.run(stages(), in: context)
        rememberChecks(context)
        result.seconds = Date().timeIntervalSince(started)

        let kind: Outcome.Kind
        if !result.succeeded {
            kind = .failed
        } else if !result.wroteOutput {
            kind = .pages
        } else {
            kind = wrotePagesOnly ? .pages : .full
            if let tree = context.tree {
                published = Published(
                    snapshot: snapshot, build: builds, faces: faces(of: tree), writeFindings: context.writeFindings,
                    redirects: Self.redirectLines(context.redirects))
            }
        }
        var assetURLs: [String: String] = [:]
        for asset in context.theme?.assets ?? [] { assetURLs[asset.key] = context.config.baseURL.path + asset.outputPath }
        let outcome = Outcome(
            kind: kind, result: result, changes: changesSincePrevious,
            reparsed: reparsed, rerendered: rerendered, written: written,
            siteTitle: context.config.title, assetURLs: assetURLs, snapshot: snapshot)
        previous = (snapshot, outcome)
        return outcome
    }

    /// `SiteBuilder.stages` with the remembering versions swapped in by name;
    /// a stage added to `SiteBuilder` runs here too.
    func stages() -> [Stage] {
        SiteBuilder.stages.map { stage in
            switch stage.name {
            case "Read content": return Stage(name: stage.name, run: { [unowned self] in try self.readContent($0) })
            case "Arrange pages": return Stage(name: stage.name, run: { [unowned self] in try self.arrangePages($0, fallback: stage) })
            case "Render Markdown": return Stage(name: stage.name, run: { [unowned self] in try self.renderMarkdown($0) })
            case "Load theme": return Stage(name: stage.name, run: { [unowned self] in try self.loadTheme($0, fallback: stage) })
            case "Write site": return Stage(name: stage.name, run: { [unowned self] in try self.writeSite($0, fallback: stage) })
            default: return stage
            }
        }
    }

    // MARK: Stages

    /// `Stages.readContent`, reading only files that changed.
    private func readContent(_ context: BuildContext) throws {
        let found = scanContent(context)
        // Moved out, not copied: changing a copy would copy all 10,000 readings.
        var next = Reading()
        swap(&next, &reading)
        var staleSet: Set<Int>
        if next.build >= 0, next.paths == found.markdown {
            // The same files as the last reading, each stamped as in its
            // snapshot: only those changed since then (or unstamped) are stale.
            staleSet = next.unstamped
            let changes = changes(since: next.snapshot, takenIn: next.build)
            for path in changes.added + changes.modified + changes.removed where path.hasPrefix("content/") {
                if let position = next.positions[String(path.dropFirst("content/".count))] { staleSet.insert(position) }
            }
        } else {
            // Files added or removed: readings are carried over by path, and checked against their stamps.
            let old = next
            next = Reading(paths: found.markdown)
            next.positions = Dictionary(found.markdown.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
            staleSet = []
            var files: [ParsedFile] = []
            files.reserveCapacity(found.markdown.count)
            for (position, path) in found.markdown.enumerated() {
                if let oldPosition = old.positions[path], !old.unstamped.contains(oldPosition),
                   let stamp = snapshot.stamp(of: "content/" + path), old.files[oldPosition].stamp == stamp {
                    files.append(old.files[oldPosition])
                    next.accepted.append(old.accepted[oldPosition])
                } else {
                    files.append(ParsedFile(stamp: Self.noStamp, generation: -1, page: nil, diagnostics: [], structuredData: [], key: nil))
                    next.accepted.append(false)
                    staleSet.insert(position)
                }
            }
            next.files = files
            next.acceptedPositions = next.accepted.indices.filter { next.accepted[$0] }
        }
        let stale = staleSet.sorted()
        let reader = Stages.pageReader(context)
        let paths = stale.map { next.paths[$0] }
        let config = context.config
        let results = parallelMap(paths, serial: context.options.serial) { _, path -> (Page?, [Diagnostic], [Diagnostic]) in
            let (page, diagnostics) = reader.read(contentPath: path)
            return (page, diagnostics, page.map { Stages.publishChecks($0, config: config) } ?? [])
        }
        var acceptanceChanged = false
        for (offset, position) in stale.enumerated() {
            // A file that appeared after the snapshot has no stamp: it is read again next time.
            let stamp = snapshot.stamp(of: "content/" + paths[offset])
            if stamp == nil { next.unstamped.insert(position) } else { next.unstamped.remove(position) }
            let page = results[offset].0
            next.files[position] = ParsedFile(
                stamp: stamp ?? Self.noStamp, generation: nextGeneration(), page: page, diagnostics: results[offset].1,
                structuredData: results[offset].2, key: page.map(ArrangementKey.init))
            let accepted = page.map { Stages.isBuilt($0, options: context.options) } ?? false
            if next.accepted[position] != accepted {
                next.accepted[position] = accepted
                acceptanceChanged = true
            }
        }
        if acceptanceChanged { next.acceptedPositions = next.accepted.indices.filter { next.accepted[$0] } }
        next.snapshot = snapshot
        next.build = builds
        reading = next
        reparsed = paths
        pendingRender.formUnion(paths)
        pendingArrange.formUnion(paths)
        // `Stages.accept` with the structured-data findings made above. The
        // pages stay in `reading`; "Arrange pages" hands them to the context
        // only when it arranges them again.
        let files = reading.files, accepted = reading.accepted
        for position in files.indices {
            context.diagnostics += files[position].diagnostics
            if accepted[position] {
                context.diagnostics += files[position].structuredData
            } else if let page = files[position].page {
                context.unpublished.append(page)
            }
        }
        Stages.readGlossary(context, dataFiles: found.dataFiles)
        try Stages.stopOnErrors(context, stage: "Read content")
    }

    private static let noStamp = SourceSnapshot.Stamp(size: -1, modified: -1, changed: -1, inode: 0)

    /// `Stages.scanContent`, or what it found last time while no file under
    /// `content/` was added or removed and the changed ones are plain files
    /// (how a symbolic link is treated depends on where it points).
    private func scanContent(_ context: BuildContext) -> ContentScanner.Found {
        if let scan {
            let changes = changes(since: scan.snapshot, takenIn: scan.build)
            let inContent = { (path: String) in path.hasPrefix("content/") }
            if !changes.added.contains(where: inContent), !changes.removed.contains(where: inContent),
               changes.modified.filter(inContent).allSatisfy({ isPlainFile(context.folder.root.appendingPathComponent($0).path) }) {
                // Still true of this snapshot, so the next build need only compare with this one.
                self.scan?.snapshot = snapshot
                self.scan?.build = builds
                context.staticFiles = scan.found.staticFiles
                context.diagnostics += scan.diagnostics
                return scan.found
            }
        }
        let before = context.diagnostics.count
        let found = Stages.scanContent(context)
        scan = Scan(snapshot: snapshot, build: builds, found: found, diagnostics: Array(context.diagnostics[before...]))
        return found
    }

    private func isPlainFile(_ path: String) -> Bool {
        (try? FileManager.default.attributesOfItem(atPath: path))?[.type] as? FileAttributeType == .typeRegular
    }

    /// `Stages.arrangePages`, or the last arrangement with the pages read
    /// again put in, when every page's `ArrangementKey` is the same.
    private func arrangePages(_ context: BuildContext, fallback: Stage) throws {
        let pending = pendingArrange
        pendingArrange.removeAll()
        if var known = arrangement, known.staticFiles == context.staticFiles, sameKeys(known, pending: pending) {
            // Owned here alone, so putting pages in copies no other page.
            arrangement = nil
            known.readingPaths = reading.paths
            known.acceptedPositions = reading.acceptedPositions
            for path in pending {
                guard let position = reading.positions[path], reading.accepted[position],
                      let page = reading.files[position].page,
                      let index = known.tree.byContentPath[page.contentPath] else { continue }
                var updated = page
                updated.url = known.tree.pages[index].url
                updated.outputPath = known.tree.pages[index].outputPath
                known.tree.pages[index] = updated
                known.renderedGenerations[index] = -1
                known.faces[index] = nil
                known.parsedGenerations[index] = reading.files[position].generation
            }
            arrangement = known
            context.redirects = known.redirects
            Stages.notePublication(context, tree: known.tree)
            reusedArrangement = true
            return
        }
        arrangement = nil
        context.pages = reading.acceptedPositions.compactMap { reading.files[$0].page }
        let before = context.diagnostics.count
        try fallback.run(context)
        // The notes on pages left out are remade from the arrangement each time.
        let problems = context.diagnostics[before...].contains { !["scheduled", "expired"].contains($0.code) }
        if !problems, let tree = context.tree {
            let count = tree.pages.count
            arrangement = Arrangement(
                keys: reading.acceptedPositions.compactMap { reading.files[$0].key },
                staticFiles: context.staticFiles, tree: tree, redirects: context.redirects,
                renderedGenerations: Array(repeating: -1, count: count),
                faces: Array(repeating: nil, count: count),
                faceGenerations: Array(repeating: -1, count: count),
                readingPaths: reading.paths, acceptedPositions: reading.acceptedPositions,
                parsedGenerations: parsedGenerations(of: tree),
                renderDiagnostics: Array(repeating: [], count: count))
            context.tree = nil
        }
    }

    /// Whether the accepted pages' keys equal those `known` was arranged
    /// from. Over the same reading, only the pages read since can differ.
    private func sameKeys(_ known: Arrangement, pending: Set<String>) -> Bool {
        guard known.readingPaths == reading.paths, known.acceptedPositions == reading.acceptedPositions else {
            return known.keys == reading.acceptedPositions.compactMap { reading.files[$0].key }
        }
        for path in pending {
            guard let position = reading.positions[path] else { continue }
            guard reading.accepted[position] else {
                // A scheduled or expired page has an address links and a redirect use; an expired one may have had one.
                let dated = reading.files[position].page.map { Publication($0.frontMatter, today: options.today) }
                    .map { $0.isExpired || $0.isScheduled } ?? false
                // A draft's address is in no link (a link to a draft is broken), so editing one arranges nothing.
                if dated || environment?.unpublished[path]?.isDraft == false || known.redirects.contains(where: { $0.source == "content/" + path }) {
                    return false
                }
                continue
            }
            guard let offset = Self.offset(of: position, in: reading.acceptedPositions),
                  known.keys[offset] == reading.files[position].key else { return false }
        }
        return true
    }

    /// Where `value` is in the sorted `list`.
    private static func offset(of value: Int, in list: [Int]) -> Int? {
        var low = 0
        var high = list.count
        while low < high {
            let middle = (low + high) / 2
            if list[middle] < value { low = middle + 1 } else { high = middle }
        }
        return low < list.count && list[low] == value ? low : nil
    }

    /// For each page of `tree`: the generation of the reading it came from (0: no source file).
    private func parsedGenerations(of tree: SiteTree) -> [Int] {
        tree.pages.indices.map { index in
            guard tree.pages[index].hasSourceFile else { return 0 }
            return reading.positions[tree.pages[index].contentPath].map { reading.files[$0].generation } ?? -1
        }
    }

    /// `Stages.renderMarkdown`, rendering only pages whose body changed.
    private func renderMarkdown(_ context: BuildContext) throws {
        // The tree is taken out of the arrangement (or the context) so that
        // this stage holds the only reference: putting in a page's rendering
        // then copies no other page.
        var tree: SiteTree
        var generationsInTree: [Int]
        var knownFaces: [PageFace?]
        var knownFaceGenerations: [Int]
        var renderDiagnostics: [[Diagnostic]]
        if let known = arrangement {
            tree = known.tree
            generationsInTree = known.renderedGenerations
            knownFaces = known.faces
            knownFaceGenerations = known.faceGenerations
            renderDiagnostics = known.renderDiagnostics
            arrangement?.tree = SiteTree(pages: [], sections: [:], byContentPath: [:], byOutputPath: [:])
            arrangement?.faces = []
            arrangement?.renderDiagnostics = []
        } else if let arranged = context.tree {
            tree = arranged
            generationsInTree = Array(repeating: -1, count: tree.pages.count)
            knownFaces = Array(repeating: nil, count: tree.pages.count)
            knownFaceGenerations = Array(repeating: -1, count: tree.pages.count)
            renderDiagnostics = Array(repeating: [], count: tree.pages.count)
        } else {
            return
        }
        context.tree = nil
        // A reused arrangement has the same addresses, static files and settings.
        let links = reusedArrangement && environment != nil ? environment : LinkEnvironment(
            pages: tree.pages.map { $0.contentPath + "\u{0}" + $0.url + "\u{0}" + $0.outputPath },
            staticFiles: context.staticFiles, basePath: context.config.baseURL.path,
            unsafeHTML: context.config.markdown.unsafeHTML, smartPunctuation: context.config.markdown.smartPunctuation,
            brokenLinks: context.config.links.broken.rawValue, unpublished: Stages.unpublishedPages(context, tree: tree))
        var everyPage = !reusedArrangement
        if links != environment {
            rendered.removeAll()
            environment = links
            everyPage = true
        }
        // Under a reused arrangement only pages read again can have a new body.
        let candidates = everyPage ? Array(tree.pages.indices) : pendingRender.compactMap { tree.byContentPath[$0] }.sorted()
        let inputs = candidates.map { index -> RenderInput in
            let page = tree.pages[index]
            return RenderInput(source: page.source, contentPath: page.contentPath, body: page.body, bodyStartLine: page.bodyStartLine)
        }
        let stale = candidates.indices.filter { rendered[inputs[$0].contentPath]?.input != inputs[$0] }
        // Other pages' links to a page re-rendered with the same headings are still good or broken as they were.
        var headingsChanged = everyPage
        // New addresses or settings: the remembered renderer (its link index) is out of date.
        if everyPage { renderer = nil }
        if !stale.isEmpty {
            let renderer = self.renderer ?? Stages.markdownRenderer(context, tree: tree)
            self.renderer = renderer
            let pages = tree.pages
            let results = parallelMap(stale, serial: context.options.serial) { _, offset in
                renderer.render(pages[candidates[offset]], index: candidates[offset])
            }
            for (number, offset) in stale.enumerated() {
                let ids = rendered[inputs[offset].contentPath]?.rendered.headings.map(\.id)
                if ids != results[number].0.headings.map(\.id) { headingsChanged = true }
                rendered[inputs[offset].contentPath] = RenderedPage(
                    input: inputs[offset], rendered: results[number].0, diagnostics: results[number].1, generation: nextGeneration())
            }
        }
        if everyPage, rendered.count > tree.pages.count {
            let kept = Set(tree.pages.map(\.contentPath))
            rendered = rendered.filter { kept.contains($0.key) }
        }
        pendingRender.removeAll()
        rerendered = stale.map { candidates[$0] }.filter { tree.pages[$0].hasSourceFile }.map { tree.pages[$0].contentPath }
        // Only a candidate can have a new rendering; every other page holds
        // the rendering it had, and its diagnostics, since the last build.
        var readabilityChanged: [Int] = []
        for index in everyPage ? Array(tree.pages.indices) : candidates {
            guard let page = rendered[tree.pages[index].contentPath] else { continue }
            if generationsInTree[index] != page.generation {
                tree.pages[index].rendered = page.rendered
                generationsInTree[index] = page.generation
                knownFaces[index] = nil
                readabilityChanged.append(index)
            }
            renderDiagnostics[index] = page.diagnostics
        }
        for diagnostics in renderDiagnostics { context.diagnostics += diagnostics }
        let (oldFaces, oldGenerations) = previousFaces
        let comparable = oldFaces.count == tree.pages.count && oldGenerations.count == oldFaces.count
        for index in tree.pages.indices where knownFaces[index] == nil {
            let face = PageFace(tree.pages[index])
            knownFaces[index] = face
            knownFaceGenerations[index] = comparable && oldFaces[index] == face ? oldGenerations[index] : nextGeneration()
        }
        faces = knownFaces.map { $0! }
        faceGenerations = knownFaceGenerations
        if !headingsChanged, let known = arrangement?.linkProblems, known.count == tree.pages.count {
            var offered = known.map { Optional($0) }
            for offset in stale { offered[candidates[offset]] = nil }
            context.knownLinkProblems = offered
        }
        if arrangement != nil {
            arrangement?.tree = tree
            arrangement?.renderedGenerations = generationsInTree
            arrangement?.faces = knownFaces
            arrangement?.faceGenerations = knownFaceGenerations
            arrangement?.renderDiagnostics = renderDiagnostics
            // A new rendering has no reading-level report yet.
            if arrangement?.readability.count == tree.pages.count {
                for index in readabilityChanged { arrangement?.readability[index] = nil }
            }
        }
        context.tree = tree
        offerKnownChecks(context, tree: tree, renderedGenerations: generationsInTree)
        // Like the full stage, broken links do not stop here: the checks report more.
    }

    /// `Stages.loadTheme`, or the theme it loaded last time while no file it
    /// was made from changed (a build with errors keeps none).
    private func loadTheme(_ context: BuildContext, fallback: Stage) throws {
        let inputs = LoadedTheme.Inputs(Stages.themeLoader(context))
        if let known = loadedTheme, known.loaded.inputs == inputs {
            let changes = changes(since: known.snapshot, takenIn: known.build)
            if !(changes.added + changes.removed + changes.modified).contains(where: LoadedTheme.dependsOn) {
                context.theme = known.loaded.theme
                context.diagnostics += known.loaded.diagnostics
                context.diagnostics += Stages.assetProblems(known.loaded.theme, context)
                // Still true of this snapshot, so the next build need only compare with this one.
                loadedTheme = (known.loaded, snapshot, builds)
                // As the stage does: earlier errors (broken links) stop the build here.
                try Stages.stopOnErrors(context, stage: "Load theme")
                return
            }
        }
        loadedTheme = nil
        let before = context.diagnostics.count
        try fallback.run(context)
        if let theme = context.theme {
            loadedTheme = (LoadedTheme(theme: theme, diagnostics: Array(context.diagnostics[before...]), inputs: inputs), snapshot, builds)
        }
    }

    /// What changed since a snapshot taken in build number `build`.
    private func changes(since earlier: SourceSnapshot, takenIn build: Int) -> SourceChanges {
        build == builds - 1 ? changesSincePrevious : snapshot.changes(since: earlier)
    }

    private func nextGeneration() -> Int {
        generations += 1
        return generations
    }

    /// The faces of the final tree, made once per build.
    private func faces(of tree: SiteTree) -> [PageFace] {
        if faces.count != tree.pages.count { faces = tree.pages.map(PageFace.init) }
        return faces
    }

    /// Hands "Check content" what it found last time on every page that is
    /// the same version as then (and, for a translation, whose original is).
    /// While the arrangement stands, what is known is kept by page index.
    private func offerKnownChecks(_ context: BuildContext, tree: SiteTree, renderedGenerations: [Int]) {
        let count = tree.pages.count
        guard faceGenerations.count == count, renderedGenerations.count == count else { return }
        let parsedGenerations = arrangement?.parsedGenerations.count == count
            ? arrangement!.parsedGenerations : self.parsedGenerations(of: tree)
        // `renderedGenerations` holds each page's current rendering in `rendered` (-1: none).
        versions = (0..<count).map { index in
            PageVersion(parsed: parsedGenerations[index], rendered: renderedGenerations[index], face: faceGenerations[index])
        }
        let originalIndices = arrangement?.originals?.count == count ? arrangement!.originals! : originals(in: tree, context)
        if arrangement != nil { arrangement?.originals = originalIndices }
        originals = originalIndices.map { $0.map { versions[$0] } }
        if let known = arrangement, known.checks.count != count || known.readability.count != count {
            // A new arrangement: what is known is found by path, once.
            arrangement?.checks = tree.pages.map { checked[$0.contentPath] }
            arrangement?.readability = tree.pages.map { rendered[$0.contentPath]?.readability }
        }
        let knownChecks: [CheckedPage?]
        let knownReadability: [KnownReadability?]
        if let known = arrangement {
            knownChecks = known.checks
            knownReadability = known.readability
        } else {
            knownChecks = tree.pages.map { checked[$0.contentPath] }
            knownReadability = tree.pages.map { rendered[$0.contentPath]?.readability }
        }
        context.knownChecks = Array(repeating: nil, count: count)
        context.knownReadability = Array(repeating: nil, count: count)
        for index in 0..<count {
            if let known = knownChecks[index], known.version == versions[index], known.original == originals[index],
               versions[index].parsed >= 0, versions[index].rendered >= 0 {
                context.knownChecks[index] = known.result
            } else {
                context.knownReadability[index] = knownReadability[index]
            }
        }
    }

    /// For each page: the page in the default language it translates.
    private func originals(in tree: SiteTree, _ context: BuildContext) -> [Int?] {
        let defaultLanguage = context.config.defaultLanguage.code
        return tree.pages.indices.map { index in
            guard tree.pages[index].language != defaultLanguage else { return nil }
            return tree.translations[tree.pages[index].translationKey]?[defaultLanguage]
        }
    }

    /// Keeps what "Check content" found: each page's findings with the page
    /// version they belong to, and the reading-level report beside the
    /// rendered Markdown it was measured from.
    private func rememberChecks(_ context: BuildContext) {
        if let pages = context.tree?.pages, context.linkProblems.count == pages.count, arrangement?.tree.pages.count == pages.count {
            arrangement?.linkProblems = context.linkProblems
        }
        guard let pages = context.tree?.pages, context.checked.count == pages.count else { return }
        let byIndex = arrangement?.tree.pages.count == pages.count && arrangement?.checks.count == pages.count
            && arrangement?.readability.count == pages.count
        // A page handed its findings back has them remembered already.
        for index in pages.indices where index >= context.knownChecks.count || context.knownChecks[index] == nil {
            let result = context.checked[index]
            let path = pages[index].contentPath
            if rendered[path] != nil {
                let readability = KnownReadability(language: pages[index].language, report: result.readability)
                rendered[path]?.readability = readability
                if byIndex { arrangement?.readability[index] = readability }
            }
            if versions.count == pages.count {
                let page = CheckedPage(version: versions[index], original: originals[index], result: result)
                checked[path] = page
                if byIndex { arrangement?.checks[index] = page }
            }
        }
    }

    /// Replaces only the files that can have changed, when no shared file
    /// changed and every page kept its address; otherwise runs the ordinary stage.
    private func writeSite(_ context: BuildContext, fallback: Stage) throws {
        guard context.options.writeOutput, let tree = context.tree, let theme = context.theme else { return }
        if context.diagnostics.hasErrors { throw BuildFailure(stage: "Write site") }
        guard let published, FileManager.default.fileExists(atPath: context.options.output.path) else {
            return try fallback.run(context)
        }
        let data = Stages.templateData(context, tree: tree, theme: theme)
        guard let plan = partialWrite(since: published, tree: tree, data: data, context: context) else {
            return try fallback.run(context)
        }
        let generatorContext = Stages.generatorContext(context, tree: tree, theme: theme, data: data)
        let writer = OutputWriter(
            root: context.options.output.standardizedFileURL, replacesWhole: true, relativeLinks: Stages.relativeLinks(context))
        let jobs = Stages.generators(context).map { generator -> Stages.GeneratorJob in
            if generator is PagesGenerator {
                return .init(name: generator.name) { try PagesGenerator(only: plan.pages).generate(generatorContext, into: writer) }
            } else if generator is PrintSectionGenerator {
                // A section's printable page holds its pages' text and shows what they show: it changes
                // only where one of its pages is rewritten (a top-level title rewrites them all).
                let sections = Set(plan.pages.compactMap { tree.parentSection(of: $0)?.page } + plan.pages)
                return .init(name: generator.name) { try PrintSectionGenerator(only: sections).generate(generatorContext, into: writer) }
            } else if generator is SearchIndexGenerator, !plan.pages.isEmpty {
                // The index holds every page's words: any rewritten page can change it.
                return .init(name: generator.name) { try generator.generate(generatorContext, into: writer) }
            } else if plan.otherFiles, generator.showsPages {
                return .init(name: generator.name) { try generator.generate(generatorContext, into: writer) }
            } else {
                // It does not run; it would say what it said last time.
                let said = published.writeFindings.first { $0.generator == generator.name }?.diagnostics ?? []
                return .init(name: generator.name) { said }
            }
        }
        let findings = try Stages.run(jobs, serial: context.options.serial)
        written = writer.written
        context.writeFindings = findings
        for found in findings { context.diagnostics += found.diagnostics }
        // Only a theme without a template for a kind of page gets here; the
        // ordinary stage reports it and keeps the output as it was.
        if context.diagnostics.hasErrors { throw BuildFailure(stage: "Write site") }
        wrotePagesOnly = true
    }

    static func redirectLines(_ redirects: [Redirect]) -> [String] {
        redirects.map { $0.outputPath + "\u{0}" + String($0.target) }
    }

    /// Nil when the whole site must be written: a shared file changed, or a
    /// page was added, removed, or given another address or aliases.
    private func partialWrite(since published: Published, tree: SiteTree, data: TemplateData, context: BuildContext) -> PartialWrite? {
        let changes = changes(since: published.snapshot, takenIn: published.build)
        guard published.redirects == Self.redirectLines(context.redirects) else { return nil }
        guard changes.added.allSatisfy(SourceSnapshot.isPage), changes.removed.allSatisfy(SourceSnapshot.isPage),
              changes.modified.allSatisfy(SourceSnapshot.isPage) else { return nil }
        // Pages whose file changed since the output was written (a file gone
        // from the snapshot but read again counts too).
        var pages = Set((changes.added + changes.modified + changes.removed).compactMap { path -> Int? in
            guard let index = tree.byContentPath[String(path.dropFirst("content/".count))], tree.pages[index].hasSourceFile else { return nil }
            return index
        })
        // A glossary introduction (content/glossary.md) is written by the glossary generator.
        var otherFiles = data.glossaryPages.values.contains(where: pages.contains)
        let faces = faces(of: tree)
        if published.faces != faces {
            guard let changed = Self.changedFaces(from: published.faces, to: faces) else { return nil }
            for index in tree.pages.indices where !pages.contains(index) {
                if data.neighbourhood(of: index).pages.contains(where: changed.contains) { pages.insert(index) }
            }
            otherFiles = true
        }
        // A preview's reading grade and review status (`page.author_note`)
        // come from the page alone, so they change only with its file.
        return PartialWrite(pages: pages.sorted(), otherFiles: otherFiles)
    }
}
