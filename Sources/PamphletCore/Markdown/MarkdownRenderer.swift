import Foundation
import PamphletMarkdown
import PamphletReadability

/// Parses a page's body with cmark and walks its node tree: heading ids and
/// contents, internal links rewritten to page addresses, prose for the
/// reading-level checks, and the HTML.
struct MarkdownRenderer: Sendable {
    let resolver: LinkResolver
    let options: MarkdownDocument.Options
    let brokenLinkSeverity: Diagnostic.Severity
    /// `checks.link-unpublished`; nil when a site turns it off.
    var unpublishedLinkSeverity: Diagnostic.Severity? = .warning
    /// Links glossary terms (Glossary/GlossaryLinker.swift), per language code.
    var glossaries: [String: GlossaryLinker] = [:]
    /// `markdown.heading_ids`: GitHub's ids (Hugo's default) or Pamphlet's first, ASCII-only style.
    var headingIDs: HeadingIDStyle = .github
    /// The words callouts, tables and footnotes write, per language code (English where missing).
    var words: [String: MarkdownWords] = [:]
    /// The emergency phone number `[!EMERGENCY]` callouts name, per language code.
    var emergencyNumbers: [String: String] = [:]
    /// `checks:` in site.yml, for the findings of tables, footnotes and heading ids.
    var overrides: [String: Diagnostic.Severity?] = [:]

    func render(_ page: Page, index: Int) -> (RenderedMarkdown, [Diagnostic]) {
        var result = RenderedMarkdown()
        var diagnostics: [Diagnostic] = []
        guard !page.body.isEmpty else { return (result, diagnostics) }
        let footnotes = FootnoteDefinitions(extractingFrom: page.body)
        let document = MarkdownDocument(parsing: footnotes.markdown, options: options)
        let lineShift = page.bodyStartLine - 1
        let words = self.words[page.language] ?? .english
        var issues: [MarkdownIssue] = []
        // The GitHub-flavoured blocks are made first, so the walk below sees their links, text and headings.
        let definitionLists = document.buildDefinitionLists()
        let tables = document.buildTables(words: words, issues: &issues)
        document.buildCallouts(words: words, emergencyNumber: emergencyNumbers[page.language], issues: &issues)
        result.anchors = document.buildFootnotes(footnotes.definitions, words: words, issues: &issues)
        if document.skippedReferences {
            issues.append(MarkdownIssue(
                .warning,
                "this page's tables, definitions and notes name link references ([text][label]) so often that the rest were left as text; write those links out in full, [text](address), or split the page",
                line: 1, code: "link-reference"))
        }
        var customIDs: [MarkdownNode: String] = [:]
        if MarkdownDocument.contains(Array("{#".utf8), in: footnotes.markdown) {
            for heading in document.nodes(of: .heading) {
                if let id = document.takeCustomID(from: heading) { customIDs[heading] = id }
            }
        }
        // "main" is the theme's skip-link target; the footnotes' ids are taken too.
        var usedIDs = UsedIDs()
        usedIDs["main"] = 0
        for anchor in result.anchors { usedIDs[anchor] = 0 }
        var headingNodes: [(MarkdownNode, String)] = []
        var firstParagraph: String?
        // One buffer for the text of every heading, paragraph and link, not one each.
        var textBuffer: [UInt8] = []

        for node in document.allNodes() {
            switch node.kind {
            case .heading:
                let title = Self.trimmedPlainText(node, buffer: &textBuffer)
                let line = node.startLine + lineShift
                let id: String
                if let custom = customIDs[node] {
                    id = Self.uniqueID(custom, used: &usedIDs)
                    if id != custom {
                        issues.append(MarkdownIssue(
                            .warning, "the heading id '#\(custom)' is already used on this page, so this heading gets '#\(id)'; give it another {#id}",
                            line: node.startLine, column: node.startColumn, code: "heading-id"))
                    }
                } else {
                    id = Self.uniqueID(headingIDs.id(for: title).nonEmpty ?? "section", used: &usedIDs)
                }
                headingNodes.append((node, id))
                result.headings.append(Heading(level: node.headingLevel, title: title, id: id, line: line))
                result.prose.append(ProseBlock(text: title, line: line, kind: .heading))
            case .paragraph:
                let text = Self.trimmedPlainText(node, buffer: &textBuffer)
                let kind: ProseBlock.Kind
                if node.isInside(.item) {
                    kind = .listItem
                } else if node.isInside(.blockQuote) {
                    kind = .blockQuote
                } else {
                    kind = .paragraph
                    if firstParagraph == nil, node.parent?.kind == .document, !text.isEmpty { firstParagraph = text }
                }
                result.prose.append(ProseBlock(text: text, line: node.startLine + lineShift, kind: kind))
            case .link, .image:
                let reference = resolveLink(
                    node.url ?? "", kind: node.kind == .image ? .image : .link, text: node.plainText(buffer: &textBuffer),
                    position: SourcePosition(line: node.startLine + lineShift, column: node.startColumn),
                    in: page, index: index, diagnostics: &diagnostics)
                if let url = reference.1 { node.url = url }
                result.links.append(reference.0)
            case .htmlBlock, .htmlInline:
                if options.contains(.unsafeHTML) { readRawHTML(node, in: page, index: index, lineShift: lineShift, into: &result, diagnostics: &diagnostics) }
            default:
                break
            }
        }
        // Each cell, term and definition is read on its own, as a list item is: a table is not one long sentence.
        for table in tables {
            for cell in table.cells { result.prose.append(ProseBlock(text: cell.text, line: cell.line + lineShift, kind: .listItem)) }
        }
        for text in definitionLists.texts { result.prose.append(ProseBlock(text: text.text, line: text.line + lineShift, kind: .listItem)) }
        // Terms get ids as Hugo's `autoDefinitionTermID` gives them, after the headings, which keep theirs.
        for term in definitionLists.terms {
            let id = Self.uniqueID(headingIDs.id(for: term.text.trimmingCharacters(in: .horizontalSpaces)).nonEmpty ?? "term", used: &usedIDs)
            document.setTermID(id, on: term.node)
            result.anchors.append(id)
        }
        diagnostics += Stages.apply(overrides, to: issues.map { issue in
            Diagnostic(
                issue.severity == .error ? .error : .warning, issue.message, file: page.source,
                line: issue.line + lineShift, column: issue.column, code: issue.code)
        })
        if let glossary = glossaries[page.language] { result.terms = glossary.link(document, page: page, reservedIDs: result.headings.map(\.id) + result.anchors) }
        // Rewriting headings replaces nodes, so it waits until the walk is over.
        for (node, id) in headingNodes { document.setAnchor(id, on: node) }
        result.html = document.renderHTML()
        result.summary = Self.summary(firstParagraph ?? "")
        // Words never run across blocks, so the page's count is the blocks' sum.
        result.wordCount = result.prose.reduce(0) { $0 + WordCount.count($1.text) }
        return (result, diagnostics)
    }

    /// Resolves one link or image written in the page: what it points to, and
    /// the address to write instead of the one written (nil: keep it).
    private func resolveLink(
        _ destination: String, kind: LinkReference.Kind, text: String, position: SourcePosition,
        in page: Page, index: Int, diagnostics: inout [Diagnostic]
    ) -> (LinkReference, String?) {
        var reference = LinkReference(
            kind: kind, destination: destination, text: text, position: position, targetPage: nil, fragment: nil)
        var rewritten: String?
        switch resolver.resolve(destination, from: page.contentPath) {
        case .external:
            break
        case let .page(index, url, fragment):
            rewritten = url + (fragment.map { "#" + $0 } ?? "")
            reference.targetPage = index
            reference.fragment = fragment
        case let .file(url):
            rewritten = url
        case let .samePage(fragment):
            reference.targetPage = index
            reference.fragment = fragment
        case let .unpublished(url, fragment, message):
            rewritten = url + (fragment.map { "#" + $0 } ?? "")
            if let severity = unpublishedLinkSeverity {
                diagnostics.append(Diagnostic(
                    severity, message, file: page.source, line: position.line, column: position.column, code: "link-unpublished"))
            }
        case let .broken(message):
            if kind == .link && destination.isEmpty {
                break  // An empty link is an accessibility finding, reported by the checks.
            }
            diagnostics.append(Diagnostic(
                brokenLinkSeverity, message, file: page.source, line: position.line, column: position.column, code: "broken-link"))
        }
        return (reference, rewritten)
    }

    /// Raw HTML (with `unsafe_html`): its ids are anchors a `#fragment` may
    /// name, and its `href`/`src` are checked and rewritten as Markdown links are.
    private func readRawHTML(
        _ node: MarkdownNode, in page: Page, index: Int, lineShift: Int, into result: inout RenderedMarkdown, diagnostics: inout [Diagnostic]
    ) {
        guard let html = node.literal, html.utf8.contains(UInt8(ascii: "=")) else { return }
        var replacements: [(range: Range<Int>, value: String)] = []
        for attribute in RawHTML.attributes(in: html) {
            switch attribute.kind {
            case .anchor:
                result.anchors.append(attribute.value)
            case .link, .source:
                let position = SourcePosition(
                    line: node.startLine + lineShift + attribute.line - 1,
                    column: attribute.line == 1 ? node.startColumn + attribute.column - 1 : attribute.column)
                let (reference, url) = resolveLink(
                    attribute.value, kind: attribute.kind == .source ? .image : .link, text: "", position: position,
                    in: page, index: index, diagnostics: &diagnostics)
                // Kept for its #fragment to be checked; raw HTML's link text is not Pamphlet's to judge.
                if reference.targetPage != nil && reference.fragment != nil {
                    var htmlLink = reference
                    htmlLink.isRawHTML = true
                    result.links.append(htmlLink)
                }
                if let url, url != attribute.value { replacements.append((attribute.range, url)) }
            }
        }
        if !replacements.isEmpty { node.literal = RawHTML.replacing(html, replacements) }
    }

    /// `node.plainText.trimmingCharacters(in: .horizontalSpaces)`; Unicode's tables only when an end is not ASCII.
    static func trimmedPlainText(_ node: MarkdownNode, buffer: inout [UInt8]) -> String {
        node.plainTextTrimmingASCIISpaces(buffer: &buffer) ?? node.plainText(buffer: &buffer).trimmingCharacters(in: .horizontalSpaces)
    }

    static func uniqueID<Table: TakenIDs>(_ base: String, used: inout Table) -> String {
        guard let count = used[base] else {
            used[base] = 0
            return base
        }
        var next = count + 1
        while used["\(base)-\(next)"] != nil { next += 1 }
        used[base] = next
        used["\(base)-\(next)"] = 0
        return "\(base)-\(next)"
    }

    /// The first paragraph, cut at a word near 300 characters.
    static func summary(_ text: String) -> String {
        guard text.count > 300 else { return text }
        let cut = text.prefix(300)
        let end = cut.lastIndex(of: " ") ?? cut.endIndex
        return cut[..<end] + "…"
    }
}
