import PamphletMarkdown

/// What "Render Markdown", "Check links" and "Check content" ask an incremental build.
extension IncrementalBuilder: RenderCache {
    func pagesToRender(_ tree: inout SiteTree, _ context: BuildContext) -> [Int] {
        let count = tree.pages.count
        if let known = arrangement {
            now.render = RenderScratch(
                renderedGenerations: known.renderedGenerations, faces: known.faces, faceGenerations: known.faceGenerations,
                diagnostics: known.renderDiagnostics)
            arrangement?.faces = []
            arrangement?.renderDiagnostics = []
        } else {
            now.render = RenderScratch(
                renderedGenerations: Array(repeating: -1, count: count), faces: Array(repeating: nil, count: count),
                faceGenerations: Array(repeating: -1, count: count), diagnostics: Array(repeating: [], count: count))
        }
        // A reused arrangement has the same addresses, static files and settings; the words change only with the theme's files.
        let wordsStand = environmentMade.map { made in
            !changes(since: made.snapshot, takenIn: made.build).all.contains(where: LoadedTheme.dependsOn)
        } ?? false
        let links = now.reusedArrangement && wordsStand && environment != nil ? environment : LinkEnvironment(
            pages: tree.pages.map { $0.contentPath + "\u{0}" + $0.url + "\u{0}" + $0.outputPath },
            staticFiles: context.staticFiles, basePath: context.config.baseURL.path,
            unsafeHTML: context.config.markdown.unsafeHTML, smartPunctuation: context.config.markdown.smartPunctuation,
            brokenLinks: context.config.links.broken.rawValue, unpublished: Stages.unpublishedPages(context, tree: tree),
            words: Stages.markdownWords(context))
        environmentMade = (now.snapshot, builds)
        var everyPage = !now.reusedArrangement
        if links != environment {
            rendered.removeAll()
            environment = links
            everyPage = true
        }
        // New addresses or settings: the remembered renderer (its link index) is out of date.
        if everyPage { renderer = nil }
        // Under a reused arrangement only pages read again can have a new body.
        let candidates = everyPage ? Array(tree.pages.indices) : pendingRender.compactMap { tree.byContentPath[$0] }.sorted()
        pendingRender.removeAll()
        now.render.everyPage = everyPage
        now.render.candidates = candidates
        now.render.inputs = candidates.map { index -> RenderInput in
            let page = tree.pages[index]
            return RenderInput(source: page.source, contentPath: page.contentPath, body: page.body, bodyStartLine: page.bodyStartLine)
        }
        let inputs = now.render.inputs
        return candidates.indices.filter { rendered[inputs[$0].contentPath]?.input != inputs[$0] }.map { candidates[$0] }
    }

    func renderer(_ context: BuildContext, tree: SiteTree) -> MarkdownRenderer {
        let renderer = self.renderer ?? Stages.markdownRenderer(context, tree: tree)
        self.renderer = renderer
        return renderer
    }

    func remember(
        _ results: [(RenderedMarkdown, [Diagnostic])], at indices: [Int], in tree: inout SiteTree, _ context: BuildContext
    ) -> [[Diagnostic]] {
        var scratch = now.render
        now.render = RenderScratch()
        // Other pages' links to a page rendered again with the same headings are still good or broken as they were.
        var headingsChanged = scratch.everyPage
        let offsets = Dictionary(uniqueKeysWithValues: scratch.candidates.enumerated().map { ($1, $0) })
        for (number, index) in indices.enumerated() {
            let input = scratch.inputs[offsets[index]!]
            if rendered[input.contentPath]?.rendered.headings.map(\.id) != results[number].0.headings.map(\.id) { headingsChanged = true }
            rendered[input.contentPath] = RenderedPage(
                input: input, rendered: results[number].0, diagnostics: results[number].1, generation: nextGeneration())
        }
        if scratch.everyPage, rendered.count > tree.pages.count {
            let kept = Set(tree.pages.map(\.contentPath))
            rendered = rendered.filter { kept.contains($0.key) }
        }
        now.rerendered = indices.filter { tree.pages[$0].hasSourceFile }.map { tree.pages[$0].contentPath }
        // Only a candidate can have a new rendering; every other page holds
        // the rendering it had, and its diagnostics, since the last build.
        var readabilityChanged: [Int] = []
        for index in scratch.candidates {
            guard let page = rendered[tree.pages[index].contentPath] else { continue }
            if scratch.renderedGenerations[index] != page.generation {
                tree.pages[index].rendered = page.rendered
                scratch.renderedGenerations[index] = page.generation
                scratch.faces[index] = nil
                readabilityChanged.append(index)
            }
            scratch.diagnostics[index] = page.diagnostics
        }
        let (oldFaces, oldGenerations) = now.previousFaces
        let comparable = oldFaces.count == tree.pages.count && oldGenerations.count == oldFaces.count
        for index in tree.pages.indices where scratch.faces[index] == nil {
            let face = PageFace(tree.pages[index])
            scratch.faces[index] = face
            scratch.faceGenerations[index] = comparable && oldFaces[index] == face ? oldGenerations[index] : nextGeneration()
        }
        now.faces = scratch.faces.map { $0! }
        now.faceGenerations = scratch.faceGenerations
        if !headingsChanged, let known = arrangement?.linkProblems, known.count == tree.pages.count {
            var offered = known.map { Optional($0) }
            for index in indices { offered[index] = nil }
            context.knownLinkProblems = offered
        }
        if arrangement != nil {
            arrangement?.tree = tree
            arrangement?.renderedGenerations = scratch.renderedGenerations
            arrangement?.faces = scratch.faces
            arrangement?.faceGenerations = scratch.faceGenerations
            arrangement?.renderDiagnostics = scratch.diagnostics
            // A new rendering has no reading-level report yet.
            if arrangement?.readability.count == tree.pages.count {
                for index in readabilityChanged { arrangement?.readability[index] = nil }
            }
        }
        offerKnownChecks(context, tree: tree, renderedGenerations: scratch.renderedGenerations)
        return scratch.diagnostics
    }

    /// The faces of the final tree, made once per build.
    func faces(of tree: SiteTree) -> [PageFace] {
        if now.faces.count != tree.pages.count { now.faces = tree.pages.map(PageFace.init) }
        return now.faces
    }

    /// Hands "Check content" what it found last time on every page that is
    /// the same version as then (and, for a translation, whose original is).
    /// While the arrangement stands, what is known is kept by page index.
    private func offerKnownChecks(_ context: BuildContext, tree: SiteTree, renderedGenerations: [Int]) {
        let count = tree.pages.count
        guard now.faceGenerations.count == count, renderedGenerations.count == count else { return }
        let parsedGenerations = arrangement?.parsedGenerations.count == count
            ? arrangement!.parsedGenerations : self.parsedGenerations(of: tree)
        // `renderedGenerations` holds each page's current rendering in `rendered` (-1: none).
        now.versions = (0..<count).map { index in
            PageVersion(parsed: parsedGenerations[index], rendered: renderedGenerations[index], face: now.faceGenerations[index])
        }
        let originalIndices = arrangement?.originals?.count == count ? arrangement!.originals! : originals(in: tree, context)
        if arrangement != nil { arrangement?.originals = originalIndices }
        now.originals = originalIndices.map { $0.map { now.versions[$0] } }
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
            if let known = knownChecks[index], known.version == now.versions[index], known.original == now.originals[index],
               now.versions[index].isKnown {
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
    func rememberChecks(_ context: BuildContext) {
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
            if now.versions.count == pages.count {
                let page = CheckedPage(version: now.versions[index], original: now.originals[index], result: result)
                checked[path] = page
                if byIndex { arrangement?.checks[index] = page }
            }
        }
    }
}
