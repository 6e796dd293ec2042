/// `404.html`, in the theme's layout, which most static hosts serve for
/// addresses that do not exist.
struct NotFoundGenerator: Generator {
    static let file = "404.html"
    let name = "404 page"

    func outputs(_ plan: OutputPlan) -> [GeneratedFile] {
        [GeneratedFile(path: Self.file, owner: "the 404 page", fix: "remove it, and put a 404.mustache template in layouts/ to change that page")]
    }

    func generate(_ context: GeneratorContext, into output: OutputWriter) throws -> [Diagnostic] {
        let url = context.config.baseURL.path + Self.file
        let strings = context.data.words(context.config.defaultLanguage.code)
        let page = PageContext()
        page.title = strings["page_not_found"] ?? "Page not found"
        page.url = url
        page.permalink = context.config.baseURL.absolute(url)
        page.description = ""
        page.is404 = true
        let values = context.data.generatedPage(page, language: context.config.defaultLanguage.code, breadcrumbs: false)
        switch render("404", values, theme: context.theme, for: "themes/\(context.theme.name)") {
        case .success(let html):
            try output.write(Self.file, html)
            return []
        case .failure(let diagnostic):
            return [diagnostic]
        }
    }
}
