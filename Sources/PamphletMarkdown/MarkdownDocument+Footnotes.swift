import CMark
import PamphletEscaping
import Foundation

extension MarkdownDocument {
    /// Turns `[^label]` in the text into numbered references to `definitions`
    /// (taken out of the Markdown by `FootnoteDefinitions`) and writes the
    /// notes, in the order they are first referred to, in a list at the end
    /// with a link back to the text. Returns the ids written (`fn-1`,
    /// `fnref-1`), so links to them are not reported as broken.
    public func buildFootnotes(
        _ definitions: [FootnoteDefinitions.Definition], words: MarkdownWords, issues: inout [MarkdownIssue]
    ) -> [String] {
        guard Self.contains(Array("[^".utf8), in: source) || !definitions.isEmpty else { return [] }
        var byLabel: [String: FootnoteDefinitions.Definition] = [:]
        for definition in definitions {
            let key = definition.label.lowercased()
            if byLabel[key] != nil {
                issues.append(MarkdownIssue(
                    .warning, "the footnote [^\(definition.label)] is defined twice; the first definition is used",
                    line: definition.line, code: "footnote"))
            } else {
                byLabel[key] = definition
            }
        }
        consolidateTextNodes()
        var numbers: [String: Int] = [:]
        var order: [FootnoteDefinitions.Definition] = []
        var anchors: [String] = []
        /// How many times each note has been referred to: its second reference is `fnref-1-2`.
        var referenceCounts: [Int: Int] = [:]
        for node in textNodes(excluding: [.link, .image, .code, .codeBlock, .htmlBlock, .htmlInline]) {
            guard let literal = node.literal, literal.contains("[^") else { continue }
            var ranges: [Range<String.Index>] = []
            var labels: [String] = []
            var search = literal.startIndex
            while let open = literal[search...].range(of: "[^"), let close = literal[open.upperBound...].firstIndex(of: "]") {
                let label = String(literal[open.upperBound..<close])
                if !label.isEmpty, !label.contains(" ") {
                    ranges.append(open.lowerBound..<literal.index(after: close))
                    labels.append(label)
                }
                search = literal.index(after: close)
            }
            guard !ranges.isEmpty else { continue }
            let line = node.startLine, column = node.startColumn
            for (piece, label) in zip(isolate(ranges, in: node), labels) {
                guard let definition = byLabel[label.lowercased()] else {
                    issues.append(MarkdownIssue(
                        .warning,
                        "the footnote [^\(label)] has no definition, so it shows as text; add a line '[^\(label)]: the note' at the end of the page",
                        line: line, column: column, code: "footnote"))
                    continue
                }
                let key = label.lowercased()
                let number: Int
                var refID: String
                if let known = numbers[key] {
                    number = known
                    referenceCounts[number, default: 1] += 1
                    refID = "fnref-\(number)-\(referenceCounts[number] ?? 2)"
                } else {
                    number = order.count + 1
                    numbers[key] = number
                    order.append(definition)
                    refID = "fnref-\(number)"
                }
                anchors.append(refID)
                guard let reference = customInline(
                    "<sup class=\"footnote-ref\"><a href=\"#fn-\(number)\" id=\"\(refID)\">\(number)</a></sup>", "") else { continue }
                cmark_node_replace(piece.pointer, reference)
                cmark_node_free(piece.pointer)
            }
        }
        for definition in definitions where byLabel[definition.label.lowercased()] == definition && numbers[definition.label.lowercased()] == nil {
            issues.append(MarkdownIssue(
                .warning, "the footnote [^\(definition.label)] is never referred to, so it is left out; refer to it with [^\(definition.label)] or remove it",
                line: definition.line, code: "footnote"))
        }
        guard !order.isEmpty,
              let section = customBlock("<section class=\"footnotes\">\n<h2 class=\"footnotes-title\">\(HTMLEscaping.escape(words.footnotes))</h2>\n<ol>", "</ol>\n</section>")
        else { return anchors }
        for (offset, definition) in order.enumerated() {
            let number = offset + 1
            guard let item = customBlock("<li id=\"fn-\(number)\">", "</li>") else { continue }
            let fragment = parseFragment(definition.text, line: definition.line)
            moveChildren(of: fragment.root, to: item)
            let label = HTMLEscaping.escape(words.footnoteBack.replacingOccurrences(of: "{number}", with: String(number)))
            if let back = customInline("<a href=\"#fnref-\(number)\" class=\"footnote-back\" aria-label=\"\(label)\">↩</a>", "") {
                // After the last paragraph's text, as GitHub does; on a line of its own after any other block.
                if let last = cmark_node_last_child(item), cmark_node_get_type(last) == CMARK_NODE_PARAGRAPH, let space = textNode(" ") {
                    cmark_node_append_child(last, space)
                    cmark_node_append_child(last, back)
                } else if let block = customBlock("", "") {
                    cmark_node_append_child(block, back)
                    cmark_node_append_child(item, block)
                }
            }
            cmark_node_append_child(section, item)
            anchors.append("fn-\(number)")
        }
        cmark_node_append_child(root, section)
        return anchors
    }
}
