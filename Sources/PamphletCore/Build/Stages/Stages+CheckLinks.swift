extension Stages {
    /// `#fragment` links must name a heading that exists on their page.
    static func checkLinks(_ context: BuildContext) throws {
        guard let tree = context.tree else { return }
        let severity = context.config.links.broken
        // With caches, the pages whose links and links' targets did not change keep their findings.
        let known = context.caches?.checks.knownLinkProblems() ?? []
        // On every core, the findings kept in page order.
        let checked = parallelMap(Array(tree.pages.indices), serial: context.options.serial) { _, index in
            index < known.count
                ? known[index] ?? linkProblems(of: index, in: tree, severity: severity)
                : linkProblems(of: index, in: tree, severity: severity)
        }
        for problems in checked where !problems.isEmpty { context.diagnostics += problems }
        context.caches?.checks.remember(linkProblems: checked)
        context.diagnostics += BrandLinkCheck.problems(context.config.brand, tree: tree, staticFiles: context.staticFiles, config: context.config)
        context.diagnostics += glossaryHeadingClashes(context, tree: tree)
    }

    /// Headings of a glossary page's introduction (`content/glossary.md`)
    /// whose ids the glossary page also gives a term or a letter.
    static func glossaryHeadingClashes(_ context: BuildContext, tree: SiteTree) -> [Diagnostic] {
        context.config.languages.flatMap { language -> [Diagnostic] in
            guard let glossary = context.glossaries[language.code], !glossary.isEmpty,
                  let index = tree.byOutputPath[language.pathPrefix + Glossary.folder + "/index.html"] else { return [] }
            return GlossaryGenerator.clashingHeadings(in: tree.pages[index], glossary: glossary)
        }
    }

    /// The broken `#fragment` links of one page: they depend on its links and
    /// on the headings and file names of the pages they name.
    static func linkProblems(of index: Int, in tree: SiteTree, severity: Diagnostic.Severity) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        let links = tree.pages[index].rendered.links
        // Links are read in place, and a target's headings looked through where they are:
        // copying each link, and listing each target's heading ids, cost more than the check.
        for position in links.indices {
            guard let target = links[position].targetPage, let fragment = links[position].fragment, !fragment.isEmpty,
                  !tree.pages[target].rendered.headings.contains(where: { $0.id == fragment }),
                  !tree.pages[target].rendered.anchors.contains(fragment) else { continue }
            let link = links[position]
            let headings = tree.pages[target].rendered.headings.map(\.id)
            let targetPage = tree.pages[target]
            let hint = Suggestion.phrase(Suggestion.closest(to: fragment, in: Set(headings).sorted()))
            let known = headings.isEmpty ? "it has no headings" : "its headings are: " + headings.prefix(8).joined(separator: ", ")
            problems.append(Diagnostic(
                severity,
                MissingFragment.message(
                    destination: link.destination, fragment: fragment, target: targetPage.source, hint: hint, known: known),
                file: tree.pages[index].source, line: link.position.line, column: link.position.column, code: "broken-link"))
        }
        return problems
    }
}
