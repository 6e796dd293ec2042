/// What every generator can read: the finished site tree and theme.
struct GeneratorContext: @unchecked Sendable {
    let folder: SiteFolder
    let config: SiteConfig
    let tree: SiteTree
    let theme: Theme
    let data: TemplateData
    let staticFiles: [String]
    let serial: Bool
}

/// One kind of output file (pages, sitemap, robots.txt, ...). A build runs
/// each in turn; each writes only its own files.
protocol Generator: Sendable {
    var name: String { get }
    /// What its files are made from (see `GeneratorReads`).
    var reads: GeneratorReads { get }
    func generate(_ context: GeneratorContext, into output: OutputWriter) throws -> [Diagnostic]
}

extension Generator {
    func render(_ template: String, _ values: [String: Any], theme: Theme, for file: String) -> Result<String, Diagnostic> {
        guard let html = theme.render(template, values) else {
            return .failure(.error(
                "the theme has no '\(template).mustache' template; add it to layouts/", file: file, code: "theme"))
        }
        return .success(html)
    }
}
