import CMark

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

    /// Splits a text node so that `range` of its literal becomes its own
    /// text node, which is returned.
    public func isolate(_ range: Range<String.Index>, in textNode: MarkdownNode) -> MarkdownNode? {
        guard textNode.kind == .text, let literal = textNode.literal else { return nil }
        let before = String(literal[..<range.lowerBound])
        let middle = String(literal[range])
        let after = String(literal[range.upperBound...])
        cmark_node_set_literal(textNode.pointer, middle)
        if !before.isEmpty, let node = cmark_node_new(CMARK_NODE_TEXT) {
            cmark_node_set_literal(node, before)
            cmark_node_insert_before(textNode.pointer, node)
        }
        if !after.isEmpty, let node = cmark_node_new(CMARK_NODE_TEXT) {
            cmark_node_set_literal(node, after)
            cmark_node_insert_after(textNode.pointer, node)
        }
        return textNode
    }
}
