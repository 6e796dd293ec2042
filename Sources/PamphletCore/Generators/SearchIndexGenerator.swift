import Foundation

/// Each language's search index under its `search/` folder (`SearchIndexFiles`),
/// from the documents "Check content" read (`SearchDocuments`). In the
/// preview (`memo`), a write in place makes again only the files the pages
/// changed since the last write are in (`SearchIndexModel`).
struct SearchIndexGenerator: PartlyRewritingGenerator {
    static let folder = "search"
    let name = "search index"
    let documents: [SearchDocument]
    var memo: SearchMemo?
    /// In a partial write, the pages whose result entry may have changed
    /// (nil: any page's may have).
    var rewritten: Set<Int>?
    /// Every page's words and what results show of it: any rewritten page can change the index.
    let reads: GeneratorReads = [.pageText, .pageListings]

    /// `meta.json` and the results files, whose number follows from the
    /// pages searched; the shards' and word lists' names depend on the words,
    /// known only after "Check content", so their folders are claimed whole.
    func outputs(_ plan: OutputPlan) -> [GeneratedFile] {
        guard plan.config.search.enabled else { return [] }
        var searched: [String: Int] = [:]
        // By index: `for page in` copied every page, counting a reference to each of its fields.
        let pages = plan.tree.pages
        for index in pages.indices where SearchDocuments.isSearched(pages[index], settings: plan.config.search) {
            searched[pages[index].language, default: 0] += 1
        }
        let perFile = SearchIndexFiles.resultsPerFile
        return plan.tree.languages.flatMap { language in
            let results = ((searched[language.code] ?? 0) + perFile - 1) / perFile
            let names = ["meta.json"] + (0..<results).map { "r/\($0).json" }
            // A copy for the disk (`links: relative`) has each file as a script too.
            let files = (names + (plan.config.links.relative ? names.map { $0 + Self.diskSuffix } : [])).map {
                GeneratedFile(path: language.pathPrefix + Self.folder + "/" + $0, owner: "the search index",
                              fix: "move it elsewhere, or write 'search: false' in site.yml")
            }
            return files + SearchIndexFiles.folders.map {
                GeneratedFile(path: language.pathPrefix + Self.folder + "/" + $0, owner: "the search index",
                              fix: "move it elsewhere, or write 'search: false' in site.yml", isFolder: true)
            }
        }
    }

    func generate(_ context: GeneratorContext, into output: OutputWriter) throws -> [Diagnostic] {
        guard context.config.search.enabled, context.theme.has(SearchPageGenerator.template) else { return [] }
        let tree = context.tree
        for language in tree.languages {
            // All of them in one language: not a copy of 10,000 documents.
            let ofLanguage = { (document: SearchDocument) in tree.pages[document.page].language == language.code }
            let mine = documents.allSatisfy(ofLanguage) ? documents : documents.filter(ofLanguage)
            let spanish = language.code.hasPrefix("es")
            let stopWords = (SearchWords.stopWords(spanish: spanish) + context.config.search.stopWords).map(SearchWords.fold)
            let folder = language.pathPrefix + Self.folder + "/"
            let disk = context.config.links.relative
            // A copy for the disk has each file as a script too (`diskScript`).
            func write(_ file: (path: String, text: String)) throws {
                try output.write(folder + file.path, file.text)
                if disk { try output.write(folder + file.path + Self.diskSuffix, Self.diskScript(file.path, file.text)) }
            }
            guard let memo else {
                let results = Self.results(mine, tree)
                for file in SearchIndexFiles(documents: mine, results: results, language: language.code, stopWords: stopWords).files { try write(file) }
                continue
            }
            let pages = mine.map(\.page)
            let partial = output.replacesWhole ? rewritten.flatMap { rewritten in
                tree.pages.withUnsafeBufferPointer { buffer in
                    memo.indexFiles(
                        language: language.code, changing: pages.indices.filter { rewritten.contains(pages[$0]) }, of: pages,
                        result: { Self.result(mine[$0], tree, buffer) }, stopWords: stopWords)
                }
            } : nil
            let changes = partial ?? memo.indexFiles(
                language: language.code, results: Self.results(mine, tree), pages: pages, stopWords: stopWords, everything: !output.replacesWhole)
            do {
                for file in changes.files { try write(file) }
            } catch {
                memo.forgetWrittenIndex()
                throw error
            }
            guard output.replacesWhole else { continue }
            if changes.everything {
                let kept = changes.files.map(\.path)
                Self.removeStale(under: folder, keeping: Set(kept + (disk ? kept.map { $0 + Self.diskSuffix } : [])), in: output.root)
            } else {
                for path in changes.stale {
                    for name in [path, path + Self.diskSuffix] { try? FileManager.default.removeItem(at: output.root.appendingPathComponent(folder + name)) }
                }
            }
        }
        return []
    }

    /// Each document's result entry: what the search page shows of its page.
    static func results(_ documents: [SearchDocument], _ tree: SiteTree) -> [SearchIndexFiles.Result] {
        // Through a buffer: `let page = tree.pages[i]` copied each page whole, every field retained.
        tree.pages.withUnsafeBufferPointer { pages in documents.map { result($0, tree, pages) } }
    }

    static func result(_ document: SearchDocument, _ tree: SiteTree, _ pages: UnsafeBufferPointer<Page>) -> SearchIndexFiles.Result {
        let section = tree.parentSection(of: document.page).flatMap { section in
            pages[section.page].kind == .home ? nil : pages[section.page].title
        }
        return .init(
            title: pages[document.page].title, url: pages[document.page].url, section: section ?? "",
            description: pages[document.page].description, reviewed: pages[document.page].frontMatter.reviewed?.iso,
            alsoCalled: pages[document.page].frontMatter.alsoCalled, text: document.text)
    }

    /// A result entry shows the page's title, address, description, review
    /// date and words, and its section's title: the pages of a rewritten
    /// section page are rewritten too.
    func rewriting(_ pages: [Int], in tree: SiteTree) -> SearchIndexGenerator {
        var rewritten = Set(pages)
        for page in pages { rewritten.formUnion(tree.ownSection(of: page)?.children ?? []) }
        var limited = self
        limited.rewritten = rewritten
        return limited
    }

    /// A page opened from the disk (`make site`'s copy) may not fetch files,
    /// but it may run scripts beside it: search.js reads `meta.json.js`, which
    /// files `meta.json`'s text under its name.
    static let diskSuffix = ".js"

    static func diskScript(_ path: String, _ text: String) -> String {
        "(window.pamphletSearchFiles = window.pamphletSearchFiles || {})[" + JSONValue.string(path).scriptSafeText + "] = "
            + JSONValue.string(text).scriptSafeText + ";\n"
    }

    /// The preview rewrites the index in place: shards and word lists of
    /// words no page uses any more would stay behind, so they go.
    static func removeStale(under folder: String, keeping: Set<String>, in root: URL) {
        let base = root.appendingPathComponent(folder)
        for part in ["p", "t", "r"] {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: base.appendingPathComponent(part).path)) ?? []
            for name in names where !name.hasPrefix(".") && !keeping.contains(part + "/" + name) {
                try? FileManager.default.removeItem(at: base.appendingPathComponent(part).appendingPathComponent(name))
            }
        }
    }
}
