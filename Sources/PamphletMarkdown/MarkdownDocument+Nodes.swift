import CMark

extension MarkdownDocument {
    /// A block that writes `enter` and `exit` (HTML written by Pamphlet, never
    /// taken from content) around its children, each on a line of its own.
    func customBlock(_ enter: String, _ exit: String) -> OpaquePointer? {
        guard let node = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK) else { return nil }
        cmark_node_set_on_enter(node, enter)
        cmark_node_set_on_exit(node, exit)
        return node
    }

    /// The inline counterpart of `customBlock`: no line breaks of its own.
    func customInline(_ enter: String, _ exit: String) -> OpaquePointer? {
        guard let node = cmark_node_new(CMARK_NODE_CUSTOM_INLINE) else { return nil }
        cmark_node_set_on_enter(node, enter)
        cmark_node_set_on_exit(node, exit)
        return node
    }

    func textNode(_ text: String) -> OpaquePointer? {
        guard let node = cmark_node_new(CMARK_NODE_TEXT) else { return nil }
        cmark_node_set_literal(node, text)
        return node
    }

    /// Moves every child of `source` to the end of `target`.
    func moveChildren(of source: OpaquePointer, to target: OpaquePointer) {
        while let child = cmark_node_first_child(source) {
            cmark_node_unlink(child)
            cmark_node_append_child(target, child)
        }
    }

    /// Parses `text` as Markdown of its own, with this document's options; its
    /// nodes report lines counted from `line` (so links in it are reported where
    /// they are in the page). The caller moves nodes out of it before it is freed.
    func parseFragment(_ text: String, line: Int, column: Int = 1) -> MarkdownDocument {
        // The page's link reference definitions it names go after it, so `[text][label]` in a cell or note resolves.
        let references = referenceDefinitions.named(in: text)
        if referenceDefinitions.exhausted { skippedReferences = true }
        let markdown = references.isEmpty ? text : text + "\n\n" + references
        fragmentBytes += markdown.utf8.count
        let fragment = MarkdownDocument(parsing: markdown, options: options)
        // Each node carries the lines before the fragment (not blank lines before the text: those would make
        // every fragment as long as the page above it).
        // Columns too (a cell's text starts where it is in its row), for text that starts at `column` on every line.
        let columnShift = min(max(column - 1, 0), 1 << MarkdownNode.columnBits - 1)
        if line > 1 || columnShift > 0, let iterator = cmark_iter_new(fragment.root) {
            defer { cmark_iter_free(iterator) }
            let shift = UnsafeMutableRawPointer(bitPattern: max(line - 1, 0) << MarkdownNode.columnBits | columnShift)
            while cmark_iter_next(iterator) != CMARK_EVENT_DONE {
                if let node = cmark_iter_get_node(iterator) { cmark_node_set_user_data(node, shift) }
            }
        }
        return fragment
    }

    /// `text`'s inlines, parsed by cmark as a paragraph's would be: text that
    /// would start another block (`# 1`, `- a`, `1. b`, `> c`) is escaped so
    /// it stays text, as GFM keeps a table cell's text.
    func parseInlines(_ text: String, line: Int, column: Int = 1, into target: OpaquePointer) {
        guard !text.isEmpty else { return }
        for (number, attempt) in [text, Self.escapingBlockStart(text)].enumerated() {
            // The escaped attempt has one byte more before its text.
            let fragment = parseFragment(attempt, line: line, column: column - number)
            if let paragraph = cmark_node_first_child(fragment.root), cmark_node_next(paragraph) == nil,
               cmark_node_get_type(paragraph) == CMARK_NODE_PARAGRAPH {
                moveChildren(of: paragraph, to: target)
                return
            }
        }
        if let node = textNode(text) { cmark_node_append_child(target, node) }
    }

    /// `text` with a backslash before what would make it a block of its own.
    static func escapingBlockStart(_ text: String) -> String {
        var bytes = Array(text.utf8)
        guard let first = bytes.first else { return text }
        if PipeTableLine.isASCIIPunctuation(first) {
            bytes.insert(UInt8(ascii: "\\"), at: 0)
        } else if let end = bytes.firstIndex(where: { !(0x30...0x39).contains($0) }), end > 0,
                  bytes[end] == UInt8(ascii: ".") || bytes[end] == UInt8(ascii: ")") {
            bytes.insert(UInt8(ascii: "\\"), at: end)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The lines of the source that are link reference definitions (`[label]: destination`), outside code.
    static func referenceDefinitionLines(_ source: String) -> [Substring] {
        guard source.utf8.contains(UInt8(ascii: "]")) else { return [] }
        var found: [Substring] = []
        var fence: (byte: UInt8, length: Int)?
        for line in source.split(separator: "\n", omittingEmptySubsequences: false) {
            let bytes = Array(line.utf8)
            if let marker = FootnoteDefinitions.fence(bytes) {
                if let open = fence {
                    if marker.byte == open.byte && marker.length >= open.length && marker.isBare { fence = nil }
                } else {
                    fence = (marker.byte, marker.length)
                }
                continue
            }
            guard fence == nil else { continue }
            let start = FootnoteDefinitions.indent(bytes)
            guard start <= 3, start + 1 < bytes.count, bytes[start] == UInt8(ascii: "["), bytes[start + 1] != UInt8(ascii: "^"),
                  let close = ReferenceDefinitions.closingBracket(in: bytes[(start + 1)...]), close + 1 < bytes.count,
                  bytes[close + 1] == UInt8(ascii: ":") else { continue }
            found.append(line)
        }
        return found
    }

    /// The UTF-8 bytes of each line of the source, without its line ending.
    func sourceLines() -> [ArraySlice<UInt8>] {
        let bytes = Array(source.utf8)
        var lines: [ArraySlice<UInt8>] = []
        var start = 0
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x0A || byte == 0x0D {
                lines.append(bytes[start..<index])
                if byte == 0x0D, index + 1 < bytes.count, bytes[index + 1] == 0x0A { index += 1 }
                start = index + 1
            }
            index += 1
        }
        if start < bytes.count { lines.append(bytes[start...]) }
        return lines
    }
}
