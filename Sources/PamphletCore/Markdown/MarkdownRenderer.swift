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

    func render(_ page: Page, index: Int) -> (RenderedMarkdown, [Diagnostic]) {
        var result = RenderedMarkdown()
        var diagnostics: [Diagnostic] = []
        guard !page.body.isEmpty else { return (result, diagnostics) }
        let document = MarkdownDocument(parsing: page.body, options: options)
        let lineShift = page.bodyStartLine - 1
        // "main" is the theme's skip-link target.
        var usedIDs: [String: Int] = ["main": 0]
        var headingNodes: [(MarkdownNode, String)] = []
        var firstParagraph: String?

        for node in document.allNodes() {
            switch node.kind {
            case .heading:
                let title = node.plainText.trimmingCharacters(in: .horizontalSpaces)
                let id = Self.uniqueID(Slug.make(title).nonEmpty ?? "section", used: &usedIDs)
                headingNodes.append((node, id))
                result.headings.append(Heading(level: node.headingLevel, title: title, id: id, line: node.startLine + lineShift))
                result.prose.append(ProseBlock(text: title, line: node.startLine + lineShift, kind: .heading))
            case .paragraph:
                let text = node.plainText.trimmingCharacters(in: .horizontalSpaces)
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
                result.links.append(resolveLink(node, in: page, index: index, lineShift: lineShift, diagnostics: &diagnostics))
            default:
                break
            }
        }
        if let glossary = glossaries[page.language] { result.terms = glossary.link(document, page: page, reservedIDs: Set(result.headings.map(\.id))) }
        // Rewriting headings replaces nodes, so it waits until the walk is over.
        for (node, id) in headingNodes { document.setAnchor(id, on: node) }
        result.html = document.renderHTML()
        result.summary = Self.summary(firstParagraph ?? "")
        // Words never run across blocks, so the page's count is the blocks' sum.
        result.wordCount = result.prose.reduce(0) { $0 + WordCount.count($1.text) }
        return (result, diagnostics)
    }

    private func resolveLink(_ node: MarkdownNode, in page: Page, index: Int, lineShift: Int, diagnostics: inout [Diagnostic]) -> LinkReference {
        let destination = node.url ?? ""
        let position = SourcePosition(line: node.startLine + lineShift, column: node.startColumn)
        var reference = LinkReference(
            kind: node.kind == .image ? .image : .link, destination: destination, text: node.plainText,
            position: position, targetPage: nil, fragment: nil)
        switch resolver.resolve(destination, from: page.contentPath) {
        case .external:
            break
        case let .page(index, url, fragment):
            node.url = url + (fragment.map { "#" + $0 } ?? "")
            reference.targetPage = index
            reference.fragment = fragment
        case let .file(url):
            node.url = url
        case let .samePage(fragment):
            reference.targetPage = index
            reference.fragment = fragment
        case let .unpublished(url, fragment, message):
            node.url = url + (fragment.map { "#" + $0 } ?? "")
            if let severity = unpublishedLinkSeverity {
                diagnostics.append(Diagnostic(
                    severity, message, file: page.source, line: position.line, column: position.column, code: "link-unpublished"))
            }
        case let .broken(message):
            if node.kind == .link && destination.isEmpty {
                break  // An empty link is an accessibility finding, reported by the checks.
            }
            diagnostics.append(Diagnostic(
                brokenLinkSeverity, message, file: page.source, line: position.line, column: position.column, code: "broken-link"))
        }
        return reference
    }

    static func uniqueID(_ base: String, used: inout [String: Int]) -> String {
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
