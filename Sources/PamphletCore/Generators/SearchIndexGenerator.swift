import Foundation

/// Each language's search index under its `search/` folder (`SearchIndexFiles`),
/// from the documents "Check content" read (`SearchDocuments`).
struct SearchIndexGenerator: Generator {
    static let folder = "search"
    let name = "search index"
    let documents: [SearchDocument]
    /// Every page's words and what results show of it: any rewritten page can change the index.
    let reads: GeneratorReads = [.pageText, .pageListings]

    /// Its files depend on the words; the search page's folder is claimed by `SearchPageGenerator`.
    func outputs(_ plan: OutputPlan) -> [GeneratedFile] { [] }

    func generate(_ context: GeneratorContext, into output: OutputWriter) throws -> [Diagnostic] {
        guard context.config.search.enabled, context.theme.has(SearchPageGenerator.template) else { return [] }
        let tree = context.tree
        for language in tree.languages {
            let mine = documents.filter { tree.pages[$0.page].language == language.code }
            let results = mine.map { document -> SearchIndexFiles.Result in
                let page = tree.pages[document.page]
                let section = tree.parentSection(of: document.page).flatMap { section in
                    tree.pages[section.page].kind == .home ? nil : tree.pages[section.page].title
                }
                return .init(
                    title: page.title, url: page.url, section: section ?? "", description: page.description,
                    reviewed: page.frontMatter.reviewed?.iso, alsoCalled: page.frontMatter.alsoCalled)
            }
            let spanish = language.code.hasPrefix("es")
            let stopWords = (SearchWords.stopWords(spanish: spanish) + context.config.search.stopWords).map(SearchWords.fold)
            let index = SearchIndexFiles(documents: mine, results: results, language: language.code, stopWords: stopWords)
            let folder = language.pathPrefix + Self.folder + "/"
            for file in index.files {
                // The preview rewrites (and reloads) only the files a change changed.
                if output.replacesWhole, Self.holds(output.root.appendingPathComponent(folder + file.path), file.text) { continue }
                try output.write(folder + file.path, file.text)
            }
            if output.replacesWhole { Self.removeStale(under: folder, keeping: Set(index.files.map(\.path)), in: output.root) }
        }
        return []
    }

    static func holds(_ file: URL, _ text: String) -> Bool {
        guard let data = FileManager.default.contents(atPath: file.path) else { return false }
        return data.elementsEqual(text.utf8)
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
