import PamphletReadability

/// What the preview remembers of the last collection of search documents,
/// so that a save reads again only the pages whose searched text changed
/// (`SearchDocuments.collect`). A full build has none.
///
/// A document's spellings (how each stem was first written, for "Did you
/// mean ...?") depend on what its worker had read before, so a page read
/// again on its own may record more of them; the index keeps, per stem, the
/// spelling of the earliest page that records one (or the stem itself when
/// any page writes it so). Reusing the other pages' documents gives the
/// index a full build writes as long as no page read again lost a stem or a
/// spelling it recorded: otherwise every page is read again.
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

    var searched: [Int] = []
    var stopWords: [String] = []
    var inputs: [Inputs] = []
    var documents: [SearchDocument] = []
    /// How many pages the last collection read (all of them, or only those that changed).
    private(set) var pagesLastRead = 0

    /// Every searched page's document, from the last collection where the
    /// page is unchanged; nil when the pages must all be read again.
    func reuse(_ tree: SiteTree, searched: [Int], stopWords: [String]) -> (inputs: [Inputs], documents: [SearchDocument], pagesRead: Int)? {
        guard searched == self.searched, stopWords == self.stopWords, documents.count == searched.count else { return nil }
        let now = searched.map { Inputs(tree.pages[$0]) }
        let changed = searched.indices.filter { now[$0] != inputs[$0] }
        guard changed.count <= Self.mostPagesReadAlone else { return nil }
        var documents = self.documents
        for position in changed {
            let index = searched[position]
            let page = tree.pages[index]
            var collector = SearchCollector(spanish: page.language.hasPrefix("es"), extraStopWords: stopWords)
            let document = collector.document(for: page, index: index, glossaryTerms: now[position].glossaryTerms)
            let old = documents[position]
            guard Set(old.stems).isSubset(of: document.stems),
                  Set(old.spellings.map(Self.key)).isSubset(of: document.spellings.map(Self.key))
            else { return nil }
            documents[position] = document
        }
        return (now, documents, changed.count)
    }

    func remember(searched: [Int], stopWords: [String], inputs: [Inputs], documents: [SearchDocument], pagesRead: Int) {
        pagesLastRead = pagesRead
        self.searched = searched
        self.stopWords = stopWords
        self.inputs = inputs
        self.documents = documents
    }

    private static func key(_ spelling: (stem: String, word: String)) -> String {
        spelling.stem + "\u{0}" + spelling.word
    }
}
