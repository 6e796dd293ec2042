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
        let tags = (1...6).contains(level) ? Self.headingTags[level - 1] : (opening: "<h\(level) id=\"", closing: "</h\(level)>")
        MarkdownNode.withCText(tags.opening + HTMLEscaping.escape(id) + "\">") { _ = cmark_node_set_on_enter(block, $0) }
        MarkdownNode.withCText(tags.closing) { _ = cmark_node_set_on_exit(block, $0) }
        while let child = cmark_node_first_child(heading.pointer) {
            cmark_node_unlink(child)
            cmark_node_append_child(block, child)
        }
        cmark_node_replace(heading.pointer, block)
        cmark_node_free(heading.pointer)
    }

    /// Each heading level's tags, made once rather than for every heading.
    static let headingTags: [(opening: String, closing: String)] = (1...6).map { ("<h\($0) id=\"", "</h\($0)>") }

    /// Inserts literal HTML around a node's children (used for glossary
    /// terms); the HTML is written by Pamphlet, never taken from content.
    public func wrapInline(_ node: MarkdownNode, before: String, after: String) {
        guard let custom = cmark_node_new(CMARK_NODE_CUSTOM_INLINE) else { return }
        MarkdownNode.withCText(before) { _ = cmark_node_set_on_enter(custom, $0) }
        MarkdownNode.withCText(after) { _ = cmark_node_set_on_exit(custom, $0) }
        cmark_node_insert_before(node.pointer, custom)
        cmark_node_unlink(node.pointer)
        cmark_node_append_child(custom, node.pointer)
    }

    /// Splits a text node so that each of `ranges` (in order, not
    /// overlapping) of its literal becomes a text node of its own; returns
    /// those nodes. The text between them stays, as text nodes, and each
    /// piece is copied once, however many ranges there are.
    public func isolate(_ ranges: [Range<String.Index>], in textNode: MarkdownNode) -> [MarkdownNode] {
        guard textNode.kind == .text, let literal = textNode.literal else { return [] }
        let utf8 = literal.utf8
        return isolate(byteRanges: ranges.map { range in
            utf8.distance(from: utf8.startIndex, to: range.lowerBound)..<utf8.distance(from: utf8.startIndex, to: range.upperBound)
        }, in: textNode)
    }

    /// `isolate(_:in:)` with the ranges as offsets of the literal's UTF-8
    /// bytes, which are read in place (no String of the whole literal).
    public func isolate(byteRanges ranges: [Range<Int>], in textNode: MarkdownNode) -> [MarkdownNode] {
        guard textNode.kind == .text, !ranges.isEmpty else { return [] }
        // The pieces, in order: before, then each range and the text after it. All are copied
        // before the node's literal is set, which frees the bytes they are read from.
        guard let pieces = textNode.withLiteralBytes({ bytes -> [String] in
            func piece(_ range: Range<Int>) -> String {
                String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
            }
            var pieces = [piece(0..<ranges[0].lowerBound)]
            for (number, range) in ranges.enumerated() {
                pieces.append(piece(range))
                pieces.append(piece(range.upperBound..<(number + 1 < ranges.count ? ranges[number + 1].lowerBound : bytes.count)))
            }
            return pieces
        }) else { return [] }
        if !pieces[0].isEmpty, let node = cmark_node_new(CMARK_NODE_TEXT) {
            MarkdownNode.withCText(pieces[0]) { _ = cmark_node_set_literal(node, $0) }
            cmark_node_insert_before(textNode.pointer, node)
        }
        // The first range reuses the node itself; the pieces after it follow in order.
        MarkdownNode.withCText(pieces[1]) { _ = cmark_node_set_literal(textNode.pointer, $0) }
        var isolated = [textNode]
        var last = textNode.pointer
        for number in ranges.indices {
            if number > 0 {
                guard let node = cmark_node_new(CMARK_NODE_TEXT) else { break }
                MarkdownNode.withCText(pieces[2 * number + 1]) { _ = cmark_node_set_literal(node, $0) }
                cmark_node_insert_after(last, node)
                last = node
                isolated.append(MarkdownNode(node))
            }
            let between = pieces[2 * number + 2]
            if !between.isEmpty, let node = cmark_node_new(CMARK_NODE_TEXT) {
                MarkdownNode.withCText(between) { _ = cmark_node_set_literal(node, $0) }
                cmark_node_insert_after(last, node)
                last = node
            }
        }
        return isolated
    }

    /// Splits a text node so that `range` of its literal becomes its own
    /// text node, which is returned.
    public func isolate(_ range: Range<String.Index>, in textNode: MarkdownNode) -> MarkdownNode? {
        isolate([range], in: textNode).first
    }
}
