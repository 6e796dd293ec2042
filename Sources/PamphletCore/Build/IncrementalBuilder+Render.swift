import PamphletMarkdown

/// What "Render Markdown", "Check links" and "Check content" ask an incremental build.
extension IncrementalBuilder: RenderCache {
    func pagesToRender(_ tree: inout SiteTree, _ context: BuildContext) -> [Int] {
        if arrangement != nil {
            // Taken out for the build (`keepPages` puts them back), so changing one copies no other.
            now.pages = arrangement!.pages
            arrangement!.pages = PageMemos(pages: [])
        } else {
            now.pages = PageMemos(pages: parsedGenerations(of: tree).map(PageMemo.init))
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
        now.everyPage = everyPage
        now.candidates = candidates
        now.inputs = candidates.map { index -> RenderInput in
            let page = tree.pages[index]
            return RenderInput(source: page.source, contentPath: page.contentPath, body: page.body, bodyStartLine: page.bodyStartLine)
        }
        let inputs = now.inputs
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
        let (candidates, inputs) = (now.candidates, now.inputs)
        (now.candidates, now.inputs) = ([], [])
        // Other pages' links to a page rendered again with the same headings are still good or broken as they were.
        var headingsChanged = now.everyPage
        let offsets = Dictionary(uniqueKeysWithValues: candidates.enumerated().map { ($1, $0) })
        for (number, index) in indices.enumerated() {
            let input = inputs[offsets[index]!]
            if rendered[input.contentPath]?.rendered.headings.map(\.id) != results[number].0.headings.map(\.id) { headingsChanged = true }
            rendered[input.contentPath] = RenderedPage(
                input: input, rendered: results[number].0, diagnostics: results[number].1, generation: nextGeneration())
        }
        if now.everyPage, rendered.count > tree.pages.count {
            let kept = Set(tree.pages.map(\.contentPath))
            rendered = rendered.filter { kept.contains($0.key) }
        }
        now.rerendered = indices.filter { tree.pages[$0].hasSourceFile }.map { tree.pages[$0].contentPath }
        // Only a candidate can have a new rendering; every other page holds
        // the rendering it had, and its diagnostics, since the last build.
        for index in candidates {
            guard let page = rendered[tree.pages[index].contentPath] else { continue }
            if now.pages.pages[index].rendered != page.generation {
                tree.pages[index].rendered = page.rendered
                now.pages.pages[index].rendered = page.generation
                now.pages.pages[index].face = nil
                // A new rendering has no reading-level report yet.
                now.pages.pages[index].readability = nil
            }
            now.pages.pages[index].renderDiagnostics = page.diagnostics
        }
        let previous = now.previous
        now.previous = []
        let comparable = previous.count == tree.pages.count
        for index in tree.pages.indices where now.pages.pages[index].face == nil {
            let face = PageFace(tree.pages[index])
            now.pages.pages[index].face = face
            now.pages.pages[index].faceGeneration =
                comparable && previous[index].face == face ? previous[index].faceGeneration : nextGeneration()
        }
        if !headingsChanged {
            var offered = now.pages.pages.map(\.linkProblems)
            for index in indices { offered[index] = nil }
            context.knownLinkProblems = offered
        }
        // "Render Markdown" holds the only reference to the tree meanwhile.
        arrangement?.tree = tree
        offerKnownChecks(context, tree: tree)
        return now.pages.pages.map(\.renderDiagnostics)
    }

    /// The faces of the final tree, made once per build.
    func faces(of tree: SiteTree) -> [PageFace] {
        guard now.pages.pages.count == tree.pages.count, now.pages.pages.allSatisfy({ $0.face != nil }) else {
            return tree.pages.map(PageFace.init)
        }
        return now.pages.pages.map { $0.face! }
    }

    /// Hands "Check content" what it found last time on every page that is
    /// the same version as then (and, for a translation, whose original is).
    /// What is known is found by path once per arrangement, then by index.
    private func offerKnownChecks(_ context: BuildContext, tree: SiteTree) {
        let count = tree.pages.count
        guard now.pages.pages.count == count else { return }
        if !now.pages.filled {
            let defaultLanguage = context.config.defaultLanguage.code
            for (index, page) in tree.pages.enumerated() {
                now.pages.pages[index].checked = checked[page.contentPath]
                now.pages.pages[index].readability = rendered[page.contentPath]?.readability
                now.pages.pages[index].original = page.language == defaultLanguage
                    ? nil : tree.translations[page.translationKey]?[defaultLanguage]
            }
            now.pages.filled = true
        }
        context.knownChecks = Array(repeating: nil, count: count)
        context.knownReadability = Array(repeating: nil, count: count)
        for index in 0..<count {
            let memo = now.pages.pages[index]
            let (version, original) = now.pages.versions(index)
            if let known = memo.checked, known.version == version, known.original == original, version.isKnown {
                context.knownChecks[index] = known.result
            } else {
                context.knownReadability[index] = memo.readability
            }
        }
    }

    /// Keeps what "Check links" and "Check content" found: each page's
    /// findings with the page version they belong to, and the reading-level
    /// report beside the rendered Markdown it was measured from.
    func rememberChecks(_ context: BuildContext) {
        guard let pages = context.tree?.pages, now.pages.pages.count == pages.count else { return }
        if context.linkProblems.count == pages.count {
            for index in pages.indices { now.pages.pages[index].linkProblems = context.linkProblems[index] }
        }
        guard context.checked.count == pages.count else { return }
        // A page handed its findings back has them remembered already.
        for index in pages.indices where index >= context.knownChecks.count || context.knownChecks[index] == nil {
            let result = context.checked[index]
            let path = pages[index].contentPath
            if rendered[path] != nil {
                let readability = KnownReadability(language: pages[index].language, report: result.readability)
                rendered[path]?.readability = readability
                now.pages.pages[index].readability = readability
            }
            let (version, original) = now.pages.versions(index)
            let page = CheckedPage(version: version, original: original, result: result)
            checked[path] = page
            now.pages.pages[index].checked = page
        }
    }

    /// Puts the pages' memos back in the arrangement they belong to, at the end of a build.
    func keepPages() {
        if arrangement != nil, now.pages.pages.count == arrangement!.tree.pages.count { arrangement!.pages = now.pages }
    }
}
