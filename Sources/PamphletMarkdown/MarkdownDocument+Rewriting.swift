import CMark
import PamphletEscaping

extension MarkdownDocument {
    /// Replaces a heading with an equivalent block that carries an `id`, so
    /// `#fragment` links and the table of contents can point at it.
    ///
    /// cmark's HTML renderer writes no heading ids; a custom block with the
    /// opening and closing tags keeps the heading's inline children intact.
    public func setAnchor(_ id: String, on heading: MarkdownNode) {
        guard heading.kind == .heading, let block = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK) else { return }
        let level = heading.headingLevel
        cmark_node_set_on_enter(block, "<h\(level) id=\"\(HTMLEscaping.escape(id))\">")
        cmark_node_set_on_exit(block, "</h\(level)>")
        while let child = cmark_node_first_child(heading.pointer) {
            cmark_node_unlink(child)
            cmark_node_append_child(block, child)
        }
        cmark_node_replace(heading.pointer, block)
        cmark_node_free(heading.pointer)
    }

    /// Inserts literal HTML around a node's children (used for glossary
    /// terms); the HTML is written by Pamphlet, never taken from content.
    public func wrapInline(_ node: MarkdownNode, before: String, after: String) {
        guard let custom = cmark_node_new(CMARK_NODE_CUSTOM_INLINE) else { return }
        cmark_node_set_on_enter(custom, before)
        cmark_node_set_on_exit(custom, after)
        cmark_node_insert_before(node.pointer, custom)
        cmark_node_unlink(node.pointer)
        cmark_node_append_child(custom, node.pointer)
    }

    /// Splits a text node so that each of `ranges` (in order, not
    /// overlapping) of its literal becomes a text node of its own; returns
    /// those nodes. The text between them stays, as text nodes, and each
    /// piece is copied once, however many ranges there are.
    public func isolate(_ ranges: [Range<String.Index>], in textNode: MarkdownNode) -> [MarkdownNode] {
        guard textNode.kind == .text, let literal = textNode.literal, let first = ranges.first else { return [] }
        let before = literal[..<first.lowerBound]
        if !before.isEmpty, let node = cmark_node_new(CMARK_NODE_TEXT) {
            cmark_node_set_literal(node, String(before))
            cmark_node_insert_before(textNode.pointer, node)
        }
        // The first range reuses the node itself; the pieces after it follow in order.
        cmark_node_set_literal(textNode.pointer, String(literal[first]))
        var isolated = [textNode]
        var last = textNode.pointer
        for (previous, range) in zip(ranges, ranges.dropFirst()) {
            let between = literal[previous.upperBound..<range.lowerBound]
            if !between.isEmpty, let node = cmark_node_new(CMARK_NODE_TEXT) {
                cmark_node_set_literal(node, String(between))
                cmark_node_insert_after(last, node)
                last = node
            }
            guard let node = cmark_node_new(CMARK_NODE_TEXT) else { break }
            cmark_node_set_literal(node, String(literal[range]))
            cmark_node_insert_after(last, node)
            last = node
            isolated.append(MarkdownNode(node))
        }
        let after = literal[ranges[ranges.count - 1].upperBound...]
        if !after.isEmpty, let node = cmark_node_new(CMARK_NODE_TEXT) {
            cmark_node_set_literal(node, String(after))
            cmark_node_insert_after(last, node)
        }
        return isolated
    }

    /// Splits a text node so that `range` of its literal becomes its own
    /// text node, which is returned.
    public func isolate(_ range: Range<String.Index>, in textNode: MarkdownNode) -> MarkdownNode? {
        isolate([range], in: textNode).first
    }
}
