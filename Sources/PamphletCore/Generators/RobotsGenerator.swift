/// `robots.txt`, pointing crawlers at the sitemap.
struct RobotsGenerator: Generator {
    static let file = "robots.txt"
    let name = "robots.txt"

    func outputs(_ plan: OutputPlan) -> [GeneratedFile] {
        [GeneratedFile(
            path: Self.file, owner: "robots.txt",
            fix: "remove it: Pamphlet writes robots.txt itself, allowing every crawler and naming the sitemap")]
    }

    func generate(_ context: GeneratorContext, into output: OutputWriter) throws -> [Diagnostic] {
        let sitemap = context.config.baseURL.absolute(context.config.baseURL.path + SitemapGenerator.file)
        try output.write(Self.file, "User-agent: *\nAllow: /\n\nSitemap: \(sitemap)\n")
        return []
    }
}
