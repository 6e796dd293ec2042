/// `robots.txt`, pointing crawlers at the sitemap.
struct RobotsGenerator: Generator {
    let name = "robots.txt"
    let reads: GeneratorReads = []

    func generate(_ context: GeneratorContext, into output: OutputWriter) throws -> [Diagnostic] {
        let sitemap = context.config.baseURL.absolute(context.config.baseURL.path + SitemapGenerator.file)
        try output.write("robots.txt", "User-agent: *\nAllow: /\n\nSitemap: \(sitemap)\n")
        return []
    }
}
