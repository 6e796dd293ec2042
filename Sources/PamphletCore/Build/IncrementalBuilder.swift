import Foundation
import PamphletMarkdown

/// Builds the same site again and again (for `pamphlet serve`), redoing only
/// what the files changed since the previous build affect. Its output is
/// byte for byte what `SiteBuilder` writes; `SiteBuilder` is the reference.
///
/// It runs `SiteBuilder.stages` in order and swaps four of them for
/// versions that remember the previous build, and hands two others what
/// they found last time through `BuildContext`:
///
/// - Read content: a Markdown file whose size, modification time and inode
///   are unchanged is not read or parsed again. The scan of `content/` is
///   repeated only when a file there was added or removed.
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
/// - Write site: when no shared file changed (`site.yml`, the theme,
///   `layouts/`, images and other content files) and no page changed
///   anything another page shows of it (title, address, description,
///   weight, review date, aliases, draft state, which pages exist), only the
///   pages whose files changed are rendered through their template and
///   replaced, one atomic rename each (the other generators' findings from
///   the last whole write are repeated). Otherwise the whole site is written
///   by the ordinary stage, into a staging folder swapped in when done.
///   A generator that reads page bodies (a search index, say) must be added
///   to that fast path; the byte-for-byte tests against `SiteBuilder` catch it.
///
/// A change to `site.yml` or to a content file other than a page forgets
/// everything remembered, since any page's Markdown may depend on it.
/// A build with errors writes nothing, so the output folder keeps the last
/// good site. Not thread-safe: run one build at a time.
public final class IncrementalBuilder {
    public let options: BuildOptions
    private let folder: SiteFolder

    private var parsed: [String: ParsedFile] = [:]
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
    /// The pages "Read content" accepted, their keys, and which of them were read in this build.
    private var accepted: [Page] = []
    private var acceptedKeys: [ArrangementKey] = []
    private var freshlyAccepted: [Int] = []
    /// Pages read again whose rendering has not been checked since.
    private var pendingRender = Set<String>()
    /// What changed since the previous build's snapshot, made once per build.
    private var changesSincePrevious = SourceChanges()

    /// Names of the `SiteBuilder` stages this type replaces.
    static let replacedStages = ["Read content", "Arrange pages", "Render Markdown", "Write site"]

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
            parsed.removeAll()
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
                    snapshot: snapshot, build: builds, faces: faces(of: tree), writeFindings: context.writeFindings)
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
            case "Write site": return Stage(name: stage.name, run: { [unowned self] in try self.writeSite($0, fallback: stage) })
            default: return stage
            }
        }
    }

    // MARK: Stages

    /// `Stages.readContent`, reading only files that changed.
    private func readContent(_ context: BuildContext) throws {
        let found = scanContent(context)
        let stamps = found.markdown.map { snapshot.stamp(of: "content/" + $0) }
        let stale = found.markdown.indices.filter { index in
            guard let stamp = stamps[index], let known = parsed[found.markdown[index]] else { return true }
            return known.stamp != stamp
        }
        let reader = Stages.pageReader(context)
        let paths = stale.map { found.markdown[$0] }
        let results = parallelMap(paths, serial: context.options.serial) { _, path -> (Page?, [Diagnostic], [Diagnostic]) in
            let (page, diagnostics) = reader.read(contentPath: path)
            return (page, diagnostics, page.map { StructuredData.check($0.frontMatter, file: $0.source) } ?? [])
        }
        if parsed.count > found.markdown.count {
            let kept = Set(found.markdown)
            parsed = parsed.filter { kept.contains($0.key) }
        }
        for (offset, index) in stale.enumerated() {
            // A file that appeared after the snapshot has no stamp: it is read again next time.
            let stamp = stamps[index] ?? SourceSnapshot.Stamp(size: -1, modified: -1, changed: -1, inode: 0)
            parsed[found.markdown[index]] = ParsedFile(
                stamp: stamp, generation: nextGeneration(), page: results[offset].0, diagnostics: results[offset].1,
                structuredData: results[offset].2, key: results[offset].0.map(ArrangementKey.init))
        }
        reparsed = paths
        pendingRender.formUnion(paths)
        // `Stages.accept` with the structured-data findings made above. The
        // pages go to `accepted`; "Arrange pages" hands them to the context
        // only when it arranges them again.
        accepted = []
        acceptedKeys = []
        freshlyAccepted = []
        let fresh = Set(paths)
        for path in found.markdown {
            guard let file = parsed[path] else { continue }
            context.diagnostics += file.diagnostics
            if let page = file.page, let key = file.key, context.options.includeDrafts || !page.frontMatter.draft {
                context.diagnostics += file.structuredData
                if fresh.contains(path) { freshlyAccepted.append(accepted.count) }
                accepted.append(page)
                acceptedKeys.append(key)
            }
        }
        Stages.readGlossary(context, dataFiles: found.dataFiles)
        try Stages.stopOnErrors(context, stage: "Read content")
    }

    /// `Stages.scanContent`, or what it found last time while no file under
    /// `content/` was added or removed and the changed ones are plain files
    /// (how a symbolic link is treated depends on where it points).
    private func scanContent(_ context: BuildContext) -> ContentScanner.Found {
        if let scan {
            let changes = changes(since: scan.snapshot, takenIn: scan.build)
            let inContent = { (path: String) in path.hasPrefix("content/") }
            if !changes.added.contains(where: inContent), !changes.removed.contains(where: inContent),
               changes.modified.filter(inContent).allSatisfy({ isPlainFile(context.folder.root.appendingPathComponent($0).path) }) {
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
        if var known = arrangement, known.keys == acceptedKeys, known.staticFiles == context.staticFiles {
            // Owned here alone, so putting pages in copies no other page.
            arrangement = nil
            for position in freshlyAccepted {
                let page = accepted[position]
                guard let index = known.tree.byContentPath[page.contentPath] else { continue }
                var updated = page
                updated.url = known.tree.pages[index].url
                updated.outputPath = known.tree.pages[index].outputPath
                known.tree.pages[index] = updated
                known.renderedGenerations[index] = -1
                known.faces[index] = nil
            }
            arrangement = known
            context.redirects = known.redirects
            reusedArrangement = true
            return
        }
        arrangement = nil
        context.pages = accepted
        accepted = []
        let before = context.diagnostics.count
        try fallback.run(context)
        if context.diagnostics.count == before, let tree = context.tree {
            arrangement = Arrangement(
                keys: acceptedKeys, staticFiles: context.staticFiles, tree: tree, redirects: context.redirects,
                renderedGenerations: Array(repeating: -1, count: tree.pages.count),
                faces: Array(repeating: nil, count: tree.pages.count),
                faceGenerations: Array(repeating: -1, count: tree.pages.count))
            context.tree = nil
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
        if let known = arrangement {
            tree = known.tree
            generationsInTree = known.renderedGenerations
            knownFaces = known.faces
            knownFaceGenerations = known.faceGenerations
            arrangement?.tree = SiteTree(pages: [], sections: [:], byContentPath: [:], byOutputPath: [:])
        } else if let arranged = context.tree {
            tree = arranged
            generationsInTree = Array(repeating: -1, count: tree.pages.count)
            knownFaces = Array(repeating: nil, count: tree.pages.count)
            knownFaceGenerations = Array(repeating: -1, count: tree.pages.count)
        } else {
            return
        }
        context.tree = nil
        // A reused arrangement has the same addresses, static files and settings.
        let links = reusedArrangement && environment != nil ? environment : LinkEnvironment(
            pages: tree.pages.map { $0.contentPath + "\u{0}" + $0.url + "\u{0}" + $0.outputPath },
            staticFiles: context.staticFiles, basePath: context.config.baseURL.path,
            unsafeHTML: context.config.markdown.unsafeHTML, smartPunctuation: context.config.markdown.smartPunctuation,
            brokenLinks: context.config.links.broken.rawValue)
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
        for index in tree.pages.indices {
            guard let page = rendered[tree.pages[index].contentPath] else { continue }
            if generationsInTree[index] != page.generation {
                tree.pages[index].rendered = page.rendered
                generationsInTree[index] = page.generation
                knownFaces[index] = nil
            }
            context.diagnostics += page.diagnostics
        }
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
        }
        context.tree = tree
        offerKnownChecks(context, tree: tree)
        // Like the full stage, broken links do not stop here: the checks report more.
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
    private func offerKnownChecks(_ context: BuildContext, tree: SiteTree) {
        // Fields are read through the index: binding a whole `Page` copies all of it, 10,000 times.
        let count = tree.pages.count
        guard faceGenerations.count == count else { return }
        versions = (0..<count).map { index in
            let path = tree.pages[index].contentPath
            return PageVersion(
                parsed: tree.pages[index].hasSourceFile ? parsed[path]?.generation ?? -1 : 0,
                rendered: rendered[path]?.generation ?? -1, face: faceGenerations[index])
        }
        let defaultLanguage = context.config.defaultLanguage.code
        originals = (0..<count).map { index in
            guard tree.pages[index].language != defaultLanguage,
                  let original = tree.translations[tree.pages[index].translationKey]?[defaultLanguage] else { return nil }
            return versions[original]
        }
        context.knownChecks = Array(repeating: nil, count: count)
        context.knownReadability = Array(repeating: nil, count: count)
        for index in 0..<count {
            let path = tree.pages[index].contentPath
            if let known = checked[path], known.version == versions[index], known.original == originals[index],
               versions[index].parsed >= 0, versions[index].rendered >= 0 {
                context.knownChecks[index] = known.result
            } else {
                context.knownReadability[index] = rendered[path]?.readability
            }
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
        // A page handed its findings back has them remembered already.
        for index in pages.indices where index >= context.knownChecks.count || context.knownChecks[index] == nil {
            let result = context.checked[index]
            let path = pages[index].contentPath
            if rendered[path] != nil {
                rendered[path]?.readability = KnownReadability(language: pages[index].language, report: result.readability)
            }
            if versions.count == pages.count {
                checked[path] = CheckedPage(version: versions[index], original: originals[index], result: result)
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
        // A glossary introduction (content/glossary.md) is written by the glossary generator.
        let glossaryPages = Set(data.glossaryPages.values)
        let pages = plan.pages.filter { !glossaryPages.contains($0) }
        let others = plan.otherFiles || pages.count < plan.pages.count
        let generatorContext = Stages.generatorContext(context, tree: tree, theme: theme, data: data)
        let writer = OutputWriter(root: context.options.output.standardizedFileURL, replacesWhole: true)
        var findings: [(generator: String, diagnostics: [Diagnostic])] = []
        for generator in Stages.generators(context) {
            let known = published.writeFindings.first { $0.generator == generator.name }?.diagnostics ?? []
            if generator is PagesGenerator {
                findings.append((generator.name, try PagesGenerator(only: pages).generate(generatorContext, into: writer)))
            } else if others, generator.showsPages {
                findings.append((generator.name, try generator.generate(generatorContext, into: writer)))
            } else {
                // It did not run; it would have said what it said last time.
                findings.append((generator.name, known))
            }
        }
        written = writer.written
        context.writeFindings = findings
        for found in findings { context.diagnostics += found.diagnostics }
        // Only a theme without a template for a kind of page gets here; the
        // ordinary stage reports it and keeps the output as it was.
        if context.diagnostics.hasErrors { throw BuildFailure(stage: "Write site") }
        wrotePagesOnly = true
    }

    /// What a partial write must write again: pages, and whether the files
    /// that list pages (A to Z, sitemap, 404, glossary, redirects) are among them.
    struct PartialWrite {
        var pages: [Int]
        var otherFiles: Bool
    }

    /// Nil when the whole site must be written: a shared file changed, or a
    /// page was added, removed, or given another address or aliases.
    private func partialWrite(since published: Published, tree: SiteTree, data: TemplateData, context: BuildContext) -> PartialWrite? {
        let changes = changes(since: published.snapshot, takenIn: published.build)
        guard changes.added.allSatisfy(SourceSnapshot.isPage), changes.removed.allSatisfy(SourceSnapshot.isPage),
              changes.modified.allSatisfy(SourceSnapshot.isPage) else { return nil }
        // Pages whose file changed since the output was written (a file gone
        // from the snapshot but read again counts too).
        var pages = Set((changes.added + changes.modified + changes.removed).compactMap { path -> Int? in
            guard let index = tree.byContentPath[String(path.dropFirst("content/".count))], tree.pages[index].hasSourceFile else { return nil }
            return index
        })
        var otherFiles = false
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

    /// The pages (by index in `new`) whose face changed while every page kept
    /// its source, address and aliases; nil when any page did not.
    static func changedFaces(from old: [PageFace], to new: [PageFace]) -> Set<Int>? {
        guard old.count == new.count else { return nil }
        let sameOrder = zip(old, new).allSatisfy { $0.contentPath == $1.contentPath }
        let before = sameOrder ? old : {
            let byPath = Dictionary(old.map { ($0.contentPath, $0) }, uniquingKeysWith: { first, _ in first })
            return new.map { byPath[$0.contentPath] }
        }().compactMap { $0 }
        guard before.count == new.count else { return nil }
        var changed = Set<Int>()
        for index in new.indices where before[index] != new[index] {
            guard before[index].sameAddress(as: new[index]) else { return nil }
            changed.insert(index)
        }
        return changed
    }
}
