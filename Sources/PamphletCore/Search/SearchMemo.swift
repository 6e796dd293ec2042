import PamphletReadability

/// What the preview remembers of the last collection of search documents,
/// so that a save reads again only the pages whose searched text changed
/// (`SearchDocuments.collect`), and of the index, so that the write makes
/// again only the files those pages' words are in (`SearchIndexModel`).
/// A full build has none.
///
/// A document's spellings (how each stem was first written, for "Did you
/// mean ...?") depend on what its worker had read before: a worker records
/// a stem's first word only on the first page where it meets it. When a
/// save makes another page the first to have a stem, and that page did not
/// record it, that page alone is read again (`firstWord`).
final class SearchMemo: @unchecked Sendable {
    /// Everything of a page a document is made from.
    struct Inputs: Equatable {
        var title: String
        var language: String
        var alsoCalled: [String]
        var aliases: [String]
        var description: String?
        var glossaryTerms: [String]
        var prose: [ProseBlock]

        init(_ page: Page) {
            title = page.title
            language = page.language
            alsoCalled = page.frontMatter.alsoCalled
            aliases = page.frontMatter.aliases.map(\.value)
            description = page.frontMatter.description
            glossaryTerms = page.rendered.terms.map(\.term)
            prose = page.rendered.prose
        }

    }

    /// Beyond this many changed pages, reading them all on all cores is as quick.
    static let mostPagesReadAlone = 64

    private var searched: [Int] = []
    /// Each searched page's version when its inputs were last taken (empty: not known).
    private var versions: [PageVersion] = []
    private var stopWords: [String] = []
    private var inputs: [Inputs] = []
    private var documents: [SearchDocument] = []
    /// Per language, its index; per searched page, its place among its language's pages, and back.
    private var models: [String: SearchIndexModel] = [:]
    private var positions: [Int] = []
    private var members: [String: [Int]] = [:]
    /// How many pages the last collection read (all of them, or only those that changed).
    private(set) var pagesLastRead = 0

    /// Every searched page's document, reading again only the pages that
    /// changed since the last call; nil when the pages must all be read
    /// (pages came or went, a page changed language, or many changed).
    /// `versions`: every page's version (`PageVersion`), by page index, when
    /// known: a page of the same known version as when its inputs were
    /// taken makes the same inputs, so only the others are compared.
    func update(_ tree: SiteTree, searched: [Int], stopWords: [String], versions: [PageVersion]? = nil) -> [SearchDocument]? {
        guard searched == self.searched, stopWords == self.stopWords, documents.count == searched.count else { return nil }
        let now = versions.flatMap { versions in versions.count == tree.pages.count ? searched.map { versions[$0] } : nil }
        defer { self.versions = now ?? [] }
        let known = now != nil && self.versions.count == searched.count ? self.versions : []
        // Compared in place: making every page's inputs again copied 10,000 pages' prose on each save.
        var changed: [Int] = []
        for position in searched.indices {
            if !known.isEmpty, known[position] == now![position], known[position].isKnown { continue }
            if !Self.matches(inputs, at: position, tree.pages, at: searched[position]) { changed.append(position) }
        }
        guard changed.count <= Self.mostPagesReadAlone else { return nil }
        var taken: [Int: Inputs] = [:]
        for position in changed {
            let inputs = Inputs(tree.pages[searched[position]])
            guard inputs.language == self.inputs[position].language else { return nil }
            taken[position] = inputs
        }
        // Taken out, so changing a few does not copy all 10,000.
        var documents = self.documents
        self.documents = []
        var read = 0
        func reading(_ position: Int) -> SearchDocument {
            read += 1
            let page = tree.pages[searched[position]]
            var collector = SearchDocuments.collector(page.language, stopWords: stopWords)
            return collector.document(for: page, index: searched[position], glossaryTerms: page.rendered.terms.map(\.term))
        }
        var affected: [String: Set<String>] = [:]
        for position in changed {
            let document = reading(position)
            let language = taken[position]!.language
            models[language]!.update(
                position: positions[position], from: documents[position], to: document, affected: &affected[language, default: []])
            documents[position] = document
        }
        for (language, stems) in affected {
            let members = self.members[language]!
            models[language]!.settle(stems) { stem, at in
                let position = members[at]
                if let word = Self.firstWord(stem, in: documents[position]) { return word }
                // Its worker had met the stem on an earlier page: read alone, it records its first word.
                documents[position] = reading(position)
                return Self.firstWord(stem, in: documents[position]) ?? stem
            }
        }
        for (position, inputs) in taken { self.inputs[position] = inputs }
        self.documents = documents
        pagesLastRead = read
        return documents
    }

    /// Whether `pages[page]` still makes `inputs[position]`. Fields are read
    /// in place: passing either whole copied it, every field retained.
    @inline(__always)
    private static func matches(_ inputs: [Inputs], at position: Int, _ pages: [Page], at page: Int) -> Bool {
        inputs[position].title == pages[page].title && inputs[position].language == pages[page].language
            && inputs[position].alsoCalled == pages[page].frontMatter.alsoCalled
            && inputs[position].description == pages[page].frontMatter.description
            && inputs[position].prose == pages[page].rendered.prose
            && inputs[position].aliases.elementsEqual(pages[page].frontMatter.aliases, by: { $0 == $1.value })
            && inputs[position].glossaryTerms.elementsEqual(pages[page].rendered.terms, by: { $0 == $1.term })
    }

    /// After every page was read: `documents`, in `searched` order.
    func remember(_ tree: SiteTree, searched: [Int], stopWords: [String], documents: [SearchDocument], versions: [PageVersion]? = nil) {
        pagesLastRead = searched.count
        self.versions = versions.flatMap { versions in versions.count == tree.pages.count ? searched.map { versions[$0] } : nil } ?? []
        self.searched = searched
        self.stopWords = stopWords
        inputs = searched.map { Inputs(tree.pages[$0]) }
        self.documents = documents
        var members: [String: [Int]] = [:]
        positions = searched.indices.map { position in
            let language = inputs[position].language
            members[language, default: []].append(position)
            return members[language]!.count - 1
        }
        self.members = members
        models = members.mapValues { SearchIndexModel(documents: $0.map { documents[$0] }) }
    }

    /// One language's index files that differ from those last written (see `SearchIndexModel.files`).
    func indexFiles(
        language: String, results: [SearchIndexFiles.Result], pages: [Int], stopWords: [String], everything: Bool
    ) -> (files: [(path: String, text: String)], stale: [String], everything: Bool) {
        models[language, default: SearchIndexModel(documents: [])]
            .files(results: results, pages: pages, language: language, stopWords: stopWords, everything: everything)
    }

    /// For a partial write: the index files that differ, with only the
    /// results at `positions` made again; nil when the last write's results
    /// were of other pages (see `SearchIndexModel.files(changing:...)`).
    func indexFiles(
        language: String, changing positions: [Int], of pages: [Int], result: (Int) -> SearchIndexFiles.Result, stopWords: [String]
    ) -> (files: [(path: String, text: String)], stale: [String], everything: Bool)? {
        models[language]?.files(changing: positions, of: pages, result: result, language: language, stopWords: stopWords)
    }

    /// The index files may not be as last made (a write failed or was thrown away): the next write makes them all.
    func forgetWrittenIndex() {
        for language in models.keys { models[language]!.written = nil }
    }

    /// The word a page first writes for a stem, when it recorded it (and it is not the stem).
    private static func firstWord(_ stem: String, in document: SearchDocument) -> String? {
        document.spellings.first { $0.stem == stem && $0.word != stem }?.word
    }
}
