/// Reads every searched page of a site into `SearchDocument`s, on all cores.
/// "Check content" calls it while each page still holds the words the
/// readability check read (a full build lets go of them afterwards).
enum SearchDocuments {
    /// The pages the search finds: published pages and written sections,
    /// not home pages or drafts, and only in `search.sections` when it is set.
    static func isSearched(_ page: Page, settings: SearchSettings) -> Bool {
        guard page.kind != .home, page.hasSourceFile, !page.frontMatter.draft else { return false }
        guard !settings.sections.isEmpty else { return true }
        let folder = page.kind == .section ? (page.folder ?? "") : page.parentFolder
        let top = folder.split(separator: "/").first.map(String.init) ?? ""
        return settings.sections.contains(top)
    }

    /// Documents in page order; none when the site's search is off. With a
    /// memo (the preview), only the pages changed since the last call are read.
    /// `versions`: every page's version, by page index, when the memo may trust them (see `SearchMemo.update`).
    static func collect(
        _ tree: SiteTree, config: SiteConfig, serial: Bool, memo: SearchMemo? = nil, versions: [PageVersion]? = nil
    ) -> [SearchDocument] {
        guard config.search.enabled else { return [] }
        let searched = tree.pages.indices.filter { isSearched(tree.pages[$0], settings: config.search) }
        let stopWords = config.search.stopWords
        guard let memo else { return collectAll(tree, searched: searched, stopWords: stopWords, serial: serial) }
        if let known = memo.update(tree, searched: searched, stopWords: stopWords, versions: versions) { return known }
        let documents = collectAll(tree, searched: searched, stopWords: stopWords, serial: serial)
        memo.remember(tree, searched: searched, stopWords: stopWords, documents: documents, versions: versions)
        return documents
    }

    private static func collectAll(_ tree: SiteTree, searched: [Int], stopWords: [String], serial: Bool) -> [SearchDocument] {
        // One collector per language and worker: a worker records a stem's
        // spelling on the first page of the language where it meets it, the
        // earliest such page since chunks are taken in order, whichever
        // worker takes which (so the index is the same on any number of cores).
        parallelMap(searched, serial: serial, worker: { _ in [String: SearchCollector]() }) { collectors, _, index in
            let page = tree.pages[index]
            return collectors[page.language, default: collector(page.language, stopWords: stopWords)]
                .document(for: page, index: index, glossaryTerms: page.rendered.terms.map(\.term))
        }
    }

    static func collector(_ language: String, stopWords: [String]) -> SearchCollector {
        SearchCollector(spanish: language.hasPrefix("es"), extraStopWords: stopWords)
    }
}
