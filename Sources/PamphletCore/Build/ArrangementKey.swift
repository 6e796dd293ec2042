/// Everything "Arrange pages" reads of a page (addresses, sections, reading
/// order, translations, redirects): pages with equal keys, in the same order,
/// arrange into the same tree, whatever their bodies and other front matter.
struct ArrangementKey: Equatable {
    var kind: Page.Kind
    var source: String
    var contentPath: String
    var parentFolder: String
    var folder: String?
    var language: String
    var translationKey: String
    var hasSourceFile: Bool
    var title: String
    var weight: Int?
    var slug: String?
    var url: String?
    var aliases: [String]
    var aliasPositions: [SourcePosition]
    var urlPosition: SourcePosition?
    var slugPosition: SourcePosition?

    init(_ page: Page) {
        kind = page.kind
        source = page.source
        contentPath = page.contentPath
        parentFolder = page.parentFolder
        folder = page.folder
        language = page.language
        translationKey = page.translationKey
        hasSourceFile = page.hasSourceFile
        title = page.frontMatter.title
        weight = page.frontMatter.weight
        slug = page.frontMatter.slug
        url = page.frontMatter.url
        aliases = page.frontMatter.aliases.map(\.value)
        aliasPositions = page.frontMatter.aliases.map(\.position)
        urlPosition = page.frontMatter.positions["url"]
        slugPosition = page.frontMatter.positions["slug"]
    }

    /// Equal but for the title and weight, which only order the list the
    /// page is in (`SiteTreeBuilder.ReadingOrderKey`): the tree can be kept
    /// with that list sorted again (`SiteTreeBuilder.reorder`).
    func differsOnlyInOrder(from other: ArrangementKey) -> Bool {
        var same = self
        same.title = other.title
        same.weight = other.weight
        return same == other
    }
}
