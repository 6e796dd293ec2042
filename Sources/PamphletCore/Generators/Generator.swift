import Mustache

/// What every generator can read: the finished site tree and theme.
struct GeneratorContext: @unchecked Sendable {
    let folder: SiteFolder
    let config: SiteConfig
    let tree: SiteTree
    let theme: Theme
    let data: TemplateData
    let staticFiles: [String]
    let serial: Bool
    /// The preview's memory of titles' sort keys (nil in a full build).
    var sortKeys: SortKeyMemo? = nil
    /// The preview's rendered A to Z entries (nil in a full build).
    var aToZEntries: AToZEntryMemo? = nil
}

/// What is known of a site before anything is written: enough for each
/// generator to name the files it will write.
struct OutputPlan {
    let config: SiteConfig
    let tree: SiteTree
    /// Per language code: its glossary (empty when it has none).
    let glossaries: [String: Glossary]

    func hasGlossary(_ language: String) -> Bool {
        !(glossaries[language]?.isEmpty ?? true)
    }
}

/// A file a generator writes, named before the build writes anything: its
/// address is reserved (content files, pages and aliases may not take it,
/// `OutputClaims`) and links to it resolve.
struct GeneratedFile {
    /// Below the output folder: `sitemap.xml`, `es/a-z/index.html`.
    var path: String
    /// How a message names it: "the sitemap".
    var owner: String
    /// What a writer whose file or page wants that address should do instead.
    var fix: String
    /// A content page at this address is the file's introduction, not a rival (the glossary).
    var introducedByPage = false
    /// The generator writes files of its own choosing under `path` (the search
    /// index's word shards, named after the words): nothing else may go there.
    var isFolder = false
}

/// One kind of output file (pages, sitemap, robots.txt, ...). A build runs
/// each in turn; each writes only its own files.
protocol Generator: Sendable {
    var name: String { get }
    /// The files `generate` will write that nothing else claims. Pages,
    /// aliases, theme assets and content files are claimed where they are
    /// found (`OutputClaims`, `Stages.assetProblems`), so their generators
    /// return none.
    func outputs(_ plan: OutputPlan) -> [GeneratedFile]
    /// What its files are made from (see `GeneratorReads`).
    var reads: GeneratorReads { get }
    func generate(_ context: GeneratorContext, into output: OutputWriter) throws -> [Diagnostic]
}

extension Generator {
    func render(
        _ template: String, _ values: RootContext, theme: Theme, memo: MustacheRenderMemo? = nil, for file: String
    ) -> Result<String, Diagnostic> {
        guard let html = theme.render(template, values, memo: memo) else {
            return .failure(.error(
                "the theme has no '\(template).mustache' template; add it to layouts/", file: file, code: "theme"))
        }
        return .success(html)
    }
}
