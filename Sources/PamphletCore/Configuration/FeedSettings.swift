/// `site.yml` `feed:`: the "What's new" Atom feed of each language.
/// `feed: false` turns it off; `feed: {entries: 20}` caps its length.
public struct FeedSettings: Sendable, Equatable {
    public var enabled = true
    /// Most recently reviewed pages a feed lists; readers only show the newest.
    public var entries = 20

    public init() {}
}

extension SiteConfig {
    static func loadFeed(_ yaml: YAMLMapping, into config: inout SiteConfig, diagnostics: inout [Diagnostic]) {
        guard let node = yaml.node("feed") else { return }
        // `feed: false` / `feed: true` as a switch, or a mapping of settings.
        if case .scalar = node {
            config.feed.enabled = yaml.bool("feed", diagnostics: &diagnostics) ?? config.feed.enabled
            return
        }
        guard let feed = yaml.mapping("feed", diagnostics: &diagnostics) else { return }
        feed.rejectUnknownKeys(["entries"], context: "feed", diagnostics: &diagnostics)
        if let entries = feed.int("entries", diagnostics: &diagnostics), let entriesNode = feed.node("entries") {
            if entries >= 1 {
                config.feed.entries = entries
            } else {
                diagnostics.append(feed.error(
                    "feed.entries must be 1 or more; write 'feed: false' to publish no feed", at: entriesNode, code: "config"))
            }
        }
    }
}
