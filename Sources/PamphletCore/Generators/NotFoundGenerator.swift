/// `404.html`, in the theme's layout, which most static hosts serve for
/// addresses that do not exist.
struct NotFoundGenerator: Generator {
    let name = "404 page"
    let reads: GeneratorReads = [.pageListings]

    func generate(_ context: GeneratorContext, into output: OutputWriter) throws -> [Diagnostic] {
        var values = context.data.common()
        let url = context.config.baseURL.path + "404.html"
        let strings = context.data.words(context.config.defaultLanguage.code)
        values["page"] = [
            "title": strings["page_not_found"] ?? "Page not found", "url": url, "permalink": context.config.baseURL.absolute(url),
            "description": "", "is_404": true,
        ] as [String: Any]
        values["breadcrumbs"] = [] as [Any]
        switch render("404", values, theme: context.theme, for: "themes/\(context.theme.name)") {
        case .success(let html):
            try output.write("404.html", html)
            return []
        case .failure(let diagnostic):
            return [diagnostic]
        }
    }
}
