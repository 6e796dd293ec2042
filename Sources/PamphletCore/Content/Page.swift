import PamphletReadability

/// One page of the site: a Markdown file, a section's `_index.md`, or a
/// section page Pamphlet makes for a folder that has none.
public struct Page: Sendable {
    public enum Kind: Sendable { case page, section, home }

    public var kind: Kind
    /// Path from the site folder, as messages show it: `content/genes/dna.md`.
    public var source: String
    /// Path inside `content/`: `genes/dna.md` (`genes/_index.md` for a section).
    public var contentPath: String
    /// The folder this page belongs to: "" for top-level pages, `genes` for
    /// `genes/dna.md`. A section's own page belongs to its parent folder.
    public var parentFolder: String
    /// For sections and home: the folder the section stands for.
    public var folder: String?
    /// Language code; from the file name (`page.es.md`), else the site's default.
    public var language: String
    /// The same for every translation of a page: its path without the
    /// language suffix (`gene-therapy/genome-editing.md`).
    public var translationKey: String
    public var frontMatter: FrontMatter
    public var body: String
    public var bodyStartLine: Int
    /// False for section pages Pamphlet made up for a folder without `_index.md`.
    public var hasSourceFile: Bool

    /// Root-relative address with the base path: `/health/genes/dna/`.
    public var url: String = ""
    /// Path of the written file inside the output folder: `genes/dna/index.html`.
    public var outputPath: String = ""

    public var rendered = RenderedMarkdown()

    public var title: String { frontMatter.title }
    public var weight: Int? { frontMatter.weight }
    public var description: String {
        if let text = frontMatter.description, !text.isEmpty { return text }
        return rendered.summary
    }
}

/// What the Markdown stage learns about a page's body.
public struct RenderedMarkdown: Sendable {
    public var html = ""
    public var headings: [Heading] = []
    public var summary = ""
    public var wordCount = 0
    public var links: [LinkReference] = []
    /// The text the reading-level check reads. A full build lets go of it
    /// after the checks, as it does of `Page.body` after rendering: held for
    /// every page until the last is written, they were most of the memory.
    public var prose: [ProseBlock] = []
    /// Glossary terms linked on this page, in order of first mention.
    public var terms: [GlossaryMention] = []

    public init() {}
}

public struct Heading: Sendable, Equatable {
    public var level: Int
    public var title: String
    public var id: String
    public var line: Int
}

/// A link or image in a page, kept so links can be checked once every page
/// is known.
public struct LinkReference: Sendable {
    public enum Kind: Sendable { case link, image }
    public var kind: Kind
    public var destination: String
    public var text: String
    public var position: SourcePosition
    /// The page whose heading a `#fragment` must name (its index in the site), if internal.
    public var targetPage: Int?
    public var fragment: String?
}
