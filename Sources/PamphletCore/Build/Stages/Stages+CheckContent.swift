import PamphletReadability

extension Stages {
    static var contentChecks: [any ContentCheck] { CheckCatalogue.contentChecks }

    /// Reading level, review dates and accessibility, on all cores; then the
    /// site's `checks:` settings turn findings off or change their severity.
    static func checkContent(_ context: BuildContext) throws {
        guard context.tree != nil else { return }
        // A full build reads the prose and links here for the last time, so
        // each page's are handed to the worker checking it, and freed with it.
        // (The preview keeps them: its caches compare them with the next build's.)
        let handOff = context.isFullBuild ? checkedText(context) : nil
        checkPages(context, text: handOff)
        // Link and front matter problems were reported by earlier stages, so
        // only content errors stop the build here.
        try stopUnlessSucceeding(context, stage: .checkContent)
    }

    /// Moves every page's prose and links out of `context.tree` (`HandOff`).
    private static func checkedText(_ context: BuildContext) -> HandOff<CheckedText> {
        // Taken out of the context, the tree is the pages' only owner, so they change in place.
        var tree = context.tree!
        context.tree = nil
        defer { context.tree = tree }
        return HandOff(count: tree.pages.count, empty: CheckedText()) { index in
            var text = CheckedText()
            swap(&text.prose, &tree.pages[index].rendered.prose)
            swap(&text.links, &tree.pages[index].rendered.links)
            return text
        }
    }

    /// What only "Check content" reads after rendering.
    struct CheckedText {
        var prose: [ProseBlock] = []
        var links: [LinkReference] = []
    }

    /// Every page's findings, health and reading level, and the search's words.
    /// `text`: the pages' prose and links, when the tree no longer holds them.
    private static func checkPages(_ context: BuildContext, text: HandOff<CheckedText>?) {
        guard let tree = context.tree else { return }
        let settings = context.config.checks
        let today = context.options.today
        let defaultLanguage = context.config.defaultLanguage.code
        // With caches: the findings of pages the same in every respect as
        // when last checked, and the reading level of unchanged prose.
        let (knownChecks, known) = context.caches?.checks.known(in: tree, defaultLanguage: defaultLanguage) ?? ([], [])
        // Only the pages not handed their findings back are checked, by index, so no page is copied.
        let unknown = tree.pages.indices.filter { $0 >= knownChecks.count || knownChecks[$0] == nil }
        // Only a build that writes the site writes its search index; `pamphlet check` has no use for the words.
        // A full build takes the words the reading level read (`ProseWords`); the preview reads changed pages only (`SearchMemo`).
        let search = context.config.search
        let searchesWhileChecking = context.options.writeOutput && search.enabled && context.isFullBuild
        var checked = parallelMap(unknown, serial: context.options.serial, worker: { _ in CheckWorker() }) {
            worker, _, index -> (PageCheckResult, SearchDocument?) in
            // The page copied once, into the checks' input, and given its prose and links there.
            var input = CheckInput(page: tree.pages[index], settings: settings, today: today)
            if let text = text?.take(index) {
                input.page.rendered.prose = text.prose
                input.page.rendered.links = text.links
            }
            let language = input.page.language
            var document: SearchDocument?
            if index < known.count, let remembered = known[index], remembered.language == language {
                input.readability = remembered.report
            } else if searchesWhileChecking, SearchDocuments.isSearched(input.page, settings: search) {
                var collector = worker.collectors.removeValue(forKey: language)
                    ?? SearchDocuments.collector(language, stopWords: search.stopWords)
                collector.begin(input.page, glossaryTerms: input.page.rendered.terms.map(\.term))
                input.readability = Readability.analyze(input.page.rendered.prose, language: language, memo: &worker.memo, words: &worker.words)
                collector.add(input.page.rendered.prose, readAs: worker.words, memo: worker.memo)
                document = collector.finish(input.page, index: index)
                worker.collectors[language] = collector
            } else {
                input.readability = Readability.analyze(input.page.rendered.prose, language: language, memo: &worker.memo)
            }
            if language != defaultLanguage, let original = tree.translations[input.page.translationKey]?[defaultLanguage] {
                input.original = tree.pages[original]
            }
            // The site's settings apply here, once: a page handed back to a later build has them applied.
            let findings = apply(settings.overrides, to: contentChecks.flatMap { $0.check(input) })
            var health = input.page.hasSourceFile
                ? PageHealth(page: input.page, report: input.readability, settings: settings, today: today) : nil
            health?.errors = findings.errorCount
            health?.warnings = findings.warningCount
            return (PageCheckResult(findings: findings, health: health, readability: input.readability), document)
        }
        let fresh = checked.map(\.0)
        var results: [PageCheckResult] = []
        results.reserveCapacity(tree.pages.count)
        var next = 0
        for index in tree.pages.indices {
            if next < unknown.count, unknown[next] == index {
                results.append(fresh[next])
                next += 1
            } else {
                results.append(knownChecks[index]!)
            }
        }
        context.caches?.checks.remember(results, known: knownChecks, in: tree)
        let (findings, health) = context.caches?.checks.assemble(results) ?? CheckAssembly(results).parts
        context.diagnostics += findings
        context.health = health
        if searchesWhileChecking {
            // Moved out, not copied: releasing 10,000 copied documents' lists was serial work here.
            var documents: [SearchDocument] = []
            documents.reserveCapacity(checked.count)
            for index in checked.indices {
                if let document = checked[index].1.take() { documents.append(document) }
            }
            context.searchDocuments = documents
        } else if context.options.writeOutput {
            context.searchDocuments = SearchDocuments.collect(
                tree, config: context.config, serial: context.options.serial, memo: context.searchMemo,
                versions: context.caches?.arrangement.pages.pages.map(\.version))
        }
        // Every page's result (its findings and reading report, copied out above) is freed on
        // another thread while the next stages start: here it kept one core idle for 20 ms.
        releaseElsewhere((consume checked, consume fresh, consume results))
    }

    /// What a worker thread keeps for all the pages it checks.
    struct CheckWorker {
        var memo = Readability.Memo()
        /// The words of the page last read, for the search.
        var words = ProseWords()
        /// Per language, when the search reads the words as they are checked.
        var collectors: [String: SearchCollector] = [:]
    }

    static func apply(_ overrides: [String: Diagnostic.Severity?], to findings: [Diagnostic]) -> [Diagnostic] {
        guard !overrides.isEmpty else { return findings }
        return findings.compactMap { finding in
            guard let override = overrides[finding.code] else { return finding }
            guard let severity = override else { return nil }
            var changed = finding
            if changed.severity != .note { changed.severity = severity }
            return changed
        }
    }
}

extension PageHealth {
    init(page: Page, report: ReadabilityReport, settings: CheckSettings, today: CalendarDate) {
        let verdict = ReadabilityCheck.verdict(for: page, report: report, settings: settings)
        self.init(
            file: page.source, url: page.url, title: page.title,
            words: report.words, sentences: report.sentences, syllables: report.syllables, polysyllables: report.polysyllables,
            fleschKincaidGrade: report.fleschKincaidGrade, fleschReadingEase: report.fleschReadingEase, smogGrade: report.smogGrade,
            formula: verdict.formula, targetGrade: page.frontMatter.maxGrade ?? settings.maxGrade,
            fernandezHuerta: report.fernandezHuerta,
            targetScore: report.fernandezHuerta == nil ? nil : verdict.target,
            language: page.language,
            // With `checks: {readability: off}` no page is judged against a target.
            aboveTarget: settings.overrides["readability"] != .some(nil)
                && report.words >= ReadabilityCheck.minimumWords && verdict.missesTarget,
            reviewed: page.frontMatter.reviewed?.iso,
            nextReview: ReviewDateCheck.nextReview(of: page, settings: settings)?.iso,
            reviewedBy: page.frontMatter.reviewedBy,
            reviewStatus: ReviewDateCheck.status(of: page, settings: settings, today: today))
        setGovernance(page.frontMatter, publication: Publication(page.frontMatter, today: today))
    }

    /// A page the build leaves out: its review and publication, no reading figures.
    init(unpublished page: Page, settings: CheckSettings, today: CalendarDate) {
        self.init(page: page, report: ReadabilityReport(), settings: settings, today: today)
        aboveTarget = false
        built = false
    }
}
