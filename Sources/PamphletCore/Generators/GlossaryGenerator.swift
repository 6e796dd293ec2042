import Foundation

/// `/glossary/`: every term of `content/glossary.yml` from A to Z, one
/// heading per letter and an anchor per term, which the terms linked in
/// pages point to. A page at `content/glossary.md` gives it a title and an
/// introduction; otherwise it is called "Glossary".
struct GlossaryGenerator: Generator {
    let name = "glossary"
    static let template = "glossary"
    static let description = "What the medical words used on this site mean, from A to Z."

    func outputs(_ plan: OutputPlan) -> [GeneratedFile] {
        plan.config.languages.filter { plan.hasGlossary($0.code) }.map { language in
            let source = language.isDefault ? Glossary.file : "glossary.\(language.code).yml"
            return GeneratedFile(
                path: language.pathPrefix + Glossary.folder + "/index.html", owner: "the glossary page",
                fix: "remove it: that page is made from content/\(source), and a page at /\(language.pathPrefix)\(Glossary.folder)/ gives it an introduction",
                introducedByPage: true)
        }
    }

    func generate(_ context: GeneratorContext, into output: OutputWriter) throws -> [Diagnostic] {
        var findings: [Diagnostic] = []
        for language in context.tree.languages {
            findings += try generate(context, language: language.code, into: output)
        }
        return findings
    }

    /// The glossary page of one language, from that language's glossary file.
    private func generate(_ context: GeneratorContext, language: String, into output: OutputWriter) throws -> [Diagnostic] {
        guard let url = context.data.glossaryURL(language: language), let glossary = context.data.glossaries[language] else { return [] }
        let groups = Self.groups(glossary, language: language)
        let present = Set(groups.map(\.letter))
        let introduction = context.data.glossaryPages[language]
        let values: RootContext
        if let index = introduction {
            values = context.data.context(forPage: index)
            // Empty text is still "set" for Mustache; leave it out so the template shows the description instead.
            if values.page?.content?.isEmpty ?? false { values.page?.content = nil }
        } else {
            let strings = context.data.words(language)
            let title = strings["glossary"] ?? "Glossary"
            let description = strings["glossary_description"] ?? Self.description
            let page = PageContext()
            page.title = title
            page.url = url
            page.permalink = context.config.baseURL.absolute(url)
            page.description = description
            page.terms = []
            page.hasTerms = false
            page.language = language
            page.jsonLD = context.data.jsonLD(.init(
                name: title, description: description, url: context.config.baseURL.absolute(url), language: language))
            values = context.data.generatedPage(page, language: language)
        }
        values.glossary = ListingContext(
            letters: Alphabet.letters(for: language).map { letter in
                LetterContext(letter: letter, id: Self.letterID(letter), hasTerms: present.contains(letter))
            },
            groups: groups.map { group in
                GroupContext(letter: group.letter, id: group.id, terms: group.items.map { index in
                    let entry = glossary.entries[index]
                    return TermContext(term: entry.term, id: entry.id, definition: entry.definition, forms: entry.forms)
                })
            },
            count: glossary.entries.count)
        let file = introduction.map { context.tree.pages[$0].source } ?? "content/\(Glossary.file)"
        switch render(Self.template, values, theme: context.theme, for: file) {
        case .success(let html):
            try output.write(String(url.dropFirst(context.config.baseURL.path.count)) + "index.html", html)
            return introduction.map { Self.clashingHeadings(in: context.tree.pages[$0], glossary: glossary) } ?? []
        case .failure(var diagnostic):
            diagnostic.message = "pages link their glossary terms to /\(Glossary.folder)/, but " + diagnostic.message
            return [diagnostic]
        }
    }

    /// Headings in content/glossary.md whose ids are also a term's or a letter's anchor.
    static func clashingHeadings(in page: Page, glossary: Glossary) -> [Diagnostic] {
        var anchors: [String: String] = [:]
        for entry in glossary.entries { anchors[entry.id] = "the glossary term '\(entry.term)'" }
        for letter in ["0–9", "#"] + Alphabet.letters(for: "es") { anchors[letterID(letter)] = "the glossary's letter \(letter)" }
        return page.rendered.headings.compactMap { heading in
            guard let owner = anchors[heading.id] else { return nil }
            return .warning(
                "the heading '\(heading.title)' gets the id '#\(heading.id)', which \(owner) also uses on the glossary page; reword the heading",
                file: page.source, line: heading.line, code: "glossary")
        }
    }

    /// The anchor of a letter's heading: `letter-a` (a term may be called "a").
    static func letterID(_ letter: String) -> String {
        "letter-" + Alphabet.id(for: letter)
    }

    /// Terms grouped by first letter like the A to Z index.
    static func groups(_ glossary: Glossary, language: String = "en") -> [Alphabet.Group] {
        Alphabet.groups(Array(glossary.entries.indices), language: language, idPrefix: "letter-") { glossary.entries[$0].term }
    }
}
