import CMark

/// The definition lists of a page: what the reading-level checks and the
/// term ids need to know of them.
public struct MarkdownDefinitionLists {
    public struct Term {
        /// The `<dt>` node; `MarkdownDocument.setTermID` gives it its id.
        public var node: MarkdownNode
        public var text: String
        /// 1-based line in the text parsed.
        public var line: Int
    }
    public struct Text: Sendable, Equatable {
        public var text: String
        public var line: Int
    }

    public var terms: [Term] = []
    /// Words the page walk does not see as paragraphs (terms and tight
    /// definitions): each is read on its own, never run into its neighbours.
    public var texts: [Text] = []
}

extension MarkdownDocument {
    /// Turns definition lists (a term line, then lines starting with `: `)
    /// into `<dl>`, `<dt>` and `<dd>`, as Goldmark does for Hugo.
    ///
    /// libcmark has no such node: a list reaches it as paragraphs (and, for
    /// indented parts of a definition, code blocks). The lines of the top-level
    /// blocks it spans are read again; each term's inlines and each
    /// definition's blocks are parsed by cmark, so links in them are
    /// rewritten and checked like any other.
    public func buildDefinitionLists() -> MarkdownDefinitionLists {
        var result = MarkdownDefinitionLists()
        // Most pages have no line starting with `:`; they cost one scan of their bytes.
        guard Self.hasDefinitionLine(source) else { return result }
        let lines = sourceLines()
        var blocks: [OpaquePointer] = []
        var child = cmark_node_first_child(root)
        while let block = child {
            blocks.append(block)
            child = cmark_node_next(block)
        }
        let paragraphStarts = Set(blocks.compactMap { block -> Int? in
            cmark_node_get_type(block) == CMARK_NODE_PARAGRAPH ? Int(cmark_node_get_start_line(block)) - 1 : nil
        })
        var noListBefore = 0
        var index = 0
        while index < blocks.count {
            let block = blocks[index]
            let start = Int(cmark_node_get_start_line(block)) - 1
            guard cmark_node_get_type(block) == CMARK_NODE_PARAGRAPH, start >= noListBefore, start < lines.count,
                  let list = DefinitionListLines(
                    lines: lines, start: start, isParagraphStart: paragraphStarts.contains, noListBefore: &noListBefore) else {
                index += 1
                continue
            }
            // The blocks the list covers; a list that would end inside a block is left as it is.
            var end = index
            while end + 1 < blocks.count, Int(cmark_node_get_start_line(blocks[end + 1])) - 1 <= list.lastLine { end += 1 }
            guard Int(cmark_node_get_end_line(blocks[end])) - 1 <= list.lastLine, let dl = makeList(list, into: &result) else {
                index += 1
                continue
            }
            cmark_node_insert_before(block, dl)
            for covered in blocks[index...end] {
                cmark_node_unlink(covered)
                cmark_node_free(covered)
            }
            index = end + 1
        }
        return result
    }

    /// Gives a term the id links name it by (`<dt id="apple">`).
    public func setTermID(_ id: String, on term: MarkdownNode) {
        cmark_node_set_on_enter(term.pointer, "<dt id=\"\(id)\">")
    }

    private func makeList(_ list: DefinitionListLines, into result: inout MarkdownDefinitionLists) -> OpaquePointer? {
        guard let dl = customBlock("<dl>", "</dl>") else { return nil }
        for entry in list.entries {
            switch entry {
            case let .term(line, text, column):
                guard let wrapper = customBlock("", ""), let term = customInline("<dt>", "</dt>") else { continue }
                parseInlines(String(decoding: text, as: UTF8.self), line: line + 1, column: column, into: term)
                cmark_node_append_child(wrapper, term)
                cmark_node_append_child(dl, wrapper)
                let node = MarkdownNode(term)
                let words = node.plainText
                result.terms.append(.init(node: node, text: words, line: line + 1))
                if !words.isEmpty { result.texts.append(.init(text: words, line: line + 1)) }
            case let .definition(line, markdown, tight, column):
                let fragment = parseFragment(markdown.map { String(decoding: $0, as: UTF8.self) }.joined(separator: "\n"), line: line + 1, column: column)
                let only = cmark_node_first_child(fragment.root)
                if tight, let paragraph = only, cmark_node_next(paragraph) == nil, cmark_node_get_type(paragraph) == CMARK_NODE_PARAGRAPH,
                   let wrapper = customBlock("", ""), let definition = customInline("<dd>", "</dd>") {
                    // Goldmark writes a tight definition's text without <p>.
                    moveChildren(of: paragraph, to: definition)
                    cmark_node_append_child(wrapper, definition)
                    cmark_node_append_child(dl, wrapper)
                    let words = MarkdownNode(definition).plainText
                    if !words.isEmpty { result.texts.append(.init(text: words, line: line + 1)) }
                    continue
                }
                guard let definition = customBlock("<dd>", "</dd>") else { continue }
                while let block = cmark_node_first_child(fragment.root) {
                    cmark_node_unlink(block)
                    if tight, cmark_node_get_type(block) == CMARK_NODE_PARAGRAPH, let text = customBlock("", "") {
                        let line = MarkdownNode(block).startLine
                        moveChildren(of: block, to: text)
                        cmark_node_free(block)
                        cmark_node_append_child(definition, text)
                        let words = MarkdownNode(text).plainText
                        if !words.isEmpty { result.texts.append(.init(text: words, line: line)) }
                    } else {
                        cmark_node_append_child(definition, block)
                    }
                }
                cmark_node_append_child(dl, definition)
            }
        }
        return dl
    }

    /// Whether some line starts with `:` and a space or tab.
    static func hasDefinitionLine(_ text: String) -> Bool {
        withBytes(of: text) { bytes in
            hasByte(UInt8(ascii: ":"), in: bytes) { index in
                (index == 0 || bytes[index - 1] == 0x0A || bytes[index - 1] == 0x0D)
                    && index + 1 < bytes.count && (bytes[index + 1] == 0x20 || bytes[index + 1] == 0x09)
            }
        }
    }
}
