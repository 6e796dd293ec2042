/// `site.yml` `search:`: the site search (Search/). `search: false` turns it
/// off; `search: {stop_words: [...], sections: [...]}` adds words never
/// searched for and limits the search to some sections (by folder).
public struct SearchSettings: Sendable, Equatable {
    public var enabled = true
    /// Words left out of the index, added to the language's own short list.
    public var stopWords: [String] = []
    /// Top-level folders whose pages are searched (`gene-therapy`); every page when empty.
    public var sections: [String] = []

    public init() {}
}

extension SiteConfig {
    static func loadSearch(_ yaml: YAMLMapping, into config: inout SiteConfig, diagnostics: inout [Diagnostic]) {
        guard let node = yaml.node("search") else { return }
        if case .scalar = node {
            config.search.enabled = yaml.bool("search", diagnostics: &diagnostics) ?? config.search.enabled
            return
        }
        guard let search = yaml.mapping("search", diagnostics: &diagnostics) else { return }
        search.rejectUnknownKeys(["stop_words", "sections"], context: "search", diagnostics: &diagnostics)
        config.search.stopWords = search.stringList("stop_words", diagnostics: &diagnostics) ?? []
        config.search.sections = (search.stringList("sections", diagnostics: &diagnostics) ?? []).map {
            String($0.drop { $0 == "/" }.reversed().drop { $0 == "/" }.reversed())
        }
    }
}
