/// A small page at each old address that sends people and search engines on.
struct RedirectsGenerator: Generator {
    let name = "redirects"
    let reads: GeneratorReads = [.pageListings]
    let redirects: [Redirect]

    func generate(_ context: GeneratorContext, into output: OutputWriter) throws -> [Diagnostic] {
        for redirect in redirects {
            let target = context.tree.pages[redirect.target]
            var values = context.data.common(language: target.language)
            values["target_url"] = target.url
            values["target_permalink"] = context.config.baseURL.absolute(target.url)
            values["target_title"] = target.title
            let html: String
            if context.theme.has("alias"), let rendered = context.theme.render("alias", values) {
                html = rendered
            } else {
                html = Self.fallback(url: target.url, permalink: context.config.baseURL.absolute(target.url), title: target.title)
            }
            try output.write(redirect.outputPath, html)
        }
        return []
    }

    static func fallback(url: String, permalink: String, title: String) -> String {
        let url = HTMLEscaping.escape(url)
        return """
            <!doctype html>
            <html lang="en"><head><meta charset="utf-8"><title>\(HTMLEscaping.escape(title))</title>
            <meta name="robots" content="noindex"><link rel="canonical" href="\(HTMLEscaping.escape(permalink))">
            <meta http-equiv="refresh" content="0; url=\(url)"></head>
            <body><p>This page has moved to <a href="\(url)">\(HTMLEscaping.escape(title))</a>.</p></body></html>

            """
    }
}

import PamphletMarkdown
