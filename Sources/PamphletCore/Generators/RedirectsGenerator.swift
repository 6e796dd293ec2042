import PamphletEscaping

/// A small page at each old address that sends people and search engines on.
struct RedirectsGenerator: Generator {
    let name = "redirects"
    let redirects: [Redirect]

    /// Aliases are claimed by `OutputClaims.add(_:)` once they are known.
    func outputs(_ plan: OutputPlan) -> [GeneratedFile] { [] }

    func generate(_ context: GeneratorContext, into output: OutputWriter) throws -> [Diagnostic] {
        for redirect in redirects {
            let target = context.tree.pages[redirect.target]
            let values = context.data.common(language: target.language)
            values.targetURL = target.url
            values.targetPermalink = context.config.baseURL.absolute(target.url)
            values.targetTitle = target.title
            let html: String
            if context.theme.has("alias"), let rendered = context.theme.render("alias", values) {
                html = rendered
            } else {
                html = Self.fallback(
                    url: target.url, permalink: context.config.baseURL.absolute(target.url), title: target.title, language: target.language)
            }
            try output.write(redirect.outputPath, html)
        }
        return []
    }

    /// The page when the theme has no `alias` template: in the language of
    /// the page it sends people to (its title), with its one English phrase marked.
    static func fallback(url: String, permalink: String, title: String, language: String) -> String {
        let url = HTMLEscaping.escape(url)
        return """
            <!doctype html>
            <html lang="\(HTMLEscaping.escape(language))"><head><meta charset="utf-8"><title>\(HTMLEscaping.escape(title))</title>
            <meta name="robots" content="noindex"><link rel="canonical" href="\(HTMLEscaping.escape(permalink))">
            <meta http-equiv="refresh" content="0; url=\(url)"></head>
            <body><p><span lang="en">This page has moved to</span> <a href="\(url)">\(HTMLEscaping.escape(title))</a>.</p></body></html>

            """
    }
}
