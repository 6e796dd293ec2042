import Foundation

/// The A to Z index, one per language: every page by title, grouped by first letter.
struct AToZGenerator: Generator {
    static let folder = "a-z"
    let name = "A to Z index"
    let reads: GeneratorReads = [.pageListings]

    func outputs(_ plan: OutputPlan) -> [GeneratedFile] {
        plan.config.languages.map { language in
            GeneratedFile(
                path: language.pathPrefix + Self.folder + "/index.html", owner: "the A to Z index",
                fix: "remove it, and put an a-z.mustache template in layouts/ to change that page")
        }
    }

    func generate(_ context: GeneratorContext, into output: OutputWriter) throws -> [Diagnostic] {
        guard context.theme.has("a-z") else { return [] }
        for language in context.tree.languages {
            let html = try render(context, language: language)
            switch html {
            case .success(let text): try output.write(language.pathPrefix + Self.folder + "/index.html", text)
            case .failure(let diagnostic): return [diagnostic]
            }
        }
        return []
    }

    private func render(_ context: GeneratorContext, language: Language) throws -> Result<String, Diagnostic> {
        let groups = Self.groups(context.tree, language: language.code, memo: context.sortKeys)
        let present = Set(groups.map(\.letter))
        let letters = Alphabet.letters(for: language.code).map { letter in
            LetterContext(letter: letter, id: Alphabet.id(for: letter), hasPages: present.contains(letter))
        }
        let strings = context.data.words(language.code)
        let title = strings["a_to_z"] ?? "A to Z"
        let url = context.data.aToZURL(language: language.code)
        let page = PageContext()
        page.title = title
        page.url = url
        page.permalink = context.config.baseURL.absolute(url)
        page.description = strings["a_to_z_description"] ?? "Every page on this site in alphabetical order."
        page.language = language.code
        page.jsonLD = context.data.jsonLD(.init(
            name: title, description: strings["a_to_z_description"] ?? "",
            url: context.config.baseURL.absolute(url), language: language.code))
        let values = context.data.generatedPage(page, language: language.code)
        let entries = context.aToZEntries
        entries?.prepare(theme: context.theme, present: groups.reduce(0) { $0 + $1.items.count })
        values.aToZ = ListingContext(
            letters: letters,
            groups: groups.map { group in
                GroupContext(letter: group.letter, id: group.id, pages: group.items.map { index in
                    let entry = context.data.summary(index)
                    return entries?.keyed(entry) ?? entry
                })
            })
        return render("a-z", values, theme: context.theme, memo: entries?.memo, for: "themes/\(context.theme.name)")
    }

    /// Every page of a language but its home page, by first letter of its title.
    static func groups(_ tree: SiteTree, language: String = "en", memo: SortKeyMemo? = nil) -> [Alphabet.Group] {
        let pages = tree.pages.indices.filter { tree.pages[$0].kind != .home && tree.pages[$0].language == language }
        return Alphabet.groups(pages, language: language, memo: memo) { tree.pages[$0].title }
    }
}
