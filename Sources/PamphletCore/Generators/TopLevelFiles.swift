/// The files at the top of a site that Pamphlet writes itself, with how a
/// message names each, from the generators that write them: `pamphlet import`
/// leaves an old site's copies of them out.
public enum TopLevelFiles {
    public static let written: [String: String] = [
        RobotsGenerator.file: "robots.txt", SitemapGenerator.file: "the sitemap", FeedGenerator.file: "the \"What's new\" feed",
    ]
}
