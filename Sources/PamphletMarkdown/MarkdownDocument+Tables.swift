import CMark
import PamphletEscaping

/// A GFM pipe table found in a page: what the reading-level and
/// accessibility checks need to know of it.
public struct MarkdownTable: Sendable, Equatable {
    public struct Cell: Sendable, Equatable {
        public var text: String
        public var line: Int
    }
    /// 1-based line of the header row.
    public var line: Int
    public var columns: Int
    public var hasHeader: Bool
    /// Every cell's words, header first: each is read on its own, never run
    /// together into one long sentence.
    public var cells: [Cell]
}

extension MarkdownDocument {
    /// Turns each paragraph that holds a GFM pipe table into the table.
    ///
    /// libcmark has no table node: a table reaches it as a paragraph (a
    /// table ends where a paragraph does, at a blank line or another block).
    /// The paragraph's source lines are read again as rows; each cell's
    /// Markdown is parsed by cmark, so links, emphasis and code in cells are
    /// the same nodes as elsewhere (links are rewritten and checked, glossary
    /// terms linked).
    public func buildTables(words: MarkdownWords, issues: inout [MarkdownIssue]) -> [MarkdownTable] {
        // Most pages have no pipe at all; they cost one scan of their bytes.
        guard Self.contains(byte: UInt8(ascii: "|"), in: source) else { return [] }
        let lines = sourceLines()
        var tables: [MarkdownTable] = []
        for paragraph in nodes(of: .paragraph) {
            let first = paragraph.startLine, last = paragraph.endLine
            guard first >= 1, last > first, last <= lines.count else { continue }
            var rows: [ArraySlice<UInt8>] = []
            for number in first...last {
                rows.append(Self.contentOf(lines[number - 1], isFirst: number == first, column: paragraph.startColumn))
            }
            guard rows.contains(where: { $0.contains(UInt8(ascii: "|")) }) else { continue }
            for index in 1..<rows.count {
                guard let alignments = PipeTableLine.delimiter(rows[index]),
                      PipeTableLine.cells(rows[index - 1]).count == alignments.count else { continue }
                let table = makeTable(
                    replacing: paragraph, rows: rows, headerIndex: index - 1, alignments: alignments,
                    firstLine: first, number: tables.count + 1, lines: lines, words: words, issues: &issues)
                tables.append(table)
                break
            }
        }
        return tables
    }

    /// A paragraph line without the block quote markers and list indent before it.
    static func contentOf(_ line: ArraySlice<UInt8>, isFirst: Bool, column: Int) -> ArraySlice<UInt8> {
        let prefix = max(0, column - 1)
        if isFirst { return line.dropFirst(min(prefix, line.count)) }
        var slice = line
        var dropped = 0
        while dropped < prefix, let byte = slice.first, byte == 0x20 || byte == 0x09 || byte == UInt8(ascii: ">") {
            slice = slice.dropFirst()
            dropped += 1
        }
        return slice
    }

    private func makeTable(
        replacing paragraph: MarkdownNode, rows: [ArraySlice<UInt8>], headerIndex: Int, alignments: [PipeTableLine.Alignment],
        firstLine: Int, number: Int, lines: [ArraySlice<UInt8>], words: MarkdownWords, issues: inout [MarkdownIssue]
    ) -> MarkdownTable {
        let headerLine = firstLine + headerIndex
        var summary = MarkdownTable(line: headerLine, columns: alignments.count, hasHeader: true, cells: [])
        // Lines before the header row stay a paragraph, or are the caption: `Table: Vaccine schedule`.
        var caption: (text: String, line: Int)?
        let before = rows[..<headerIndex].map { String(decoding: $0, as: UTF8.self) }
        if before.count == 1, let text = Self.captionText(before[0]) {
            caption = (text, firstLine)
        } else if !before.isEmpty {
            let fragment = parseFragment(before.joined(separator: "\n"), line: firstLine)
            while let block = cmark_node_first_child(fragment.root) {
                cmark_node_unlink(block)
                cmark_node_insert_before(paragraph.pointer, block)
            }
        } else if let previous = cmark_node_previous(paragraph.pointer), cmark_node_get_type(previous) == CMARK_NODE_PARAGRAPH,
                  cmark_node_get_start_line(previous) == cmark_node_get_end_line(previous) {
            let line = MarkdownNode(previous).startLine
            let column = Int(cmark_node_get_start_column(previous))
            if line >= 1, line <= lines.count, let text = Self.captionText(String(decoding: lines[line - 1].dropFirst(max(0, column - 1)), as: UTF8.self)) {
                caption = (text, line)
                cmark_node_unlink(previous)
                cmark_node_free(previous)
            }
        }

        /// Where each cell's text starts in its line, 1-based.
        func columns(_ cells: [(bytes: [UInt8], start: Int)], line: Int) -> [Int] {
            let start = line >= 1 && line <= lines.count ? lines[line - 1].startIndex : 0
            return cells.map { $0.start - start + 1 }
        }
        let headerCells = PipeTableLine.cellsWithStarts(rows[headerIndex])
        let header = headerCells.map { String(decoding: $0.bytes, as: UTF8.self) }
        summary.hasHeader = header.contains { !$0.isEmpty }
        let label = caption == nil ? " aria-label=\"\(HTMLEscaping.escape("\(words.table) \(number)"))\"" : ""
        // The wrapper scrolls a wide table on a narrow screen; a keyboard reaches it through tabindex.
        guard let table = customBlock("<div class=\"table-scroll\" role=\"region\" tabindex=\"0\"\(label)><table>", "</table></div>") else {
            return summary
        }
        if let caption, let node = customBlock("<caption>", "</caption>") {
            parseInlines(caption.text, line: caption.line, into: node)
            cmark_node_append_child(table, node)
            // The region is named by its caption.
            let name = HTMLEscaping.escape(MarkdownNode(node).plainText)
            cmark_node_set_on_enter(table, "<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"\(name)\"><table>")
        }
        if summary.hasHeader {
            if let head = customBlock("<thead>", "</thead>"),
               let row = makeRow(
                header, columns: columns(headerCells, line: headerLine), alignments: alignments, cell: "th", line: headerLine, into: &summary) {
                cmark_node_append_child(head, row)
                cmark_node_append_child(table, head)
            }
        } else {
            issues.append(MarkdownIssue(
                .warning,
                "this table has no header row (its first row is empty); put a name for each column in the first row, so screen readers can say what each cell is",
                line: headerLine, code: "table-header"))
        }
        let bodyRows = rows[(headerIndex + 2)...]
        if !bodyRows.isEmpty, let body = customBlock("<tbody>", "</tbody>") {
            for (offset, line) in bodyRows.enumerated() {
                let found = PipeTableLine.cellsWithStarts(line)
                var cells = found.map { String(decoding: $0.bytes, as: UTF8.self) }
                // GFM: missing cells are empty, extra ones are dropped.
                cells = Array(cells.prefix(alignments.count)) + Array(repeating: "", count: max(0, alignments.count - cells.count))
                let number = headerLine + 2 + offset
                if let row = makeRow(cells, columns: columns(found, line: number), alignments: alignments, cell: "td", line: number, into: &summary) {
                    cmark_node_append_child(body, row)
                }
            }
            cmark_node_append_child(table, body)
        }
        cmark_node_replace(paragraph.pointer, table)
        cmark_node_free(paragraph.pointer)
        return summary
    }

    private func makeRow(
        _ cells: [String], columns: [Int], alignments: [PipeTableLine.Alignment], cell name: String, line: Int, into summary: inout MarkdownTable
    ) -> OpaquePointer? {
        guard let row = customBlock("<tr>", "</tr>") else { return nil }
        for (index, text) in cells.enumerated() {
            let scope = name == "th" ? " scope=\"col\"" : ""
            let align: String
            switch alignments[index] {
            case .none: align = ""
            case .left: align = " class=\"align-left\""
            case .center: align = " class=\"align-center\""
            case .right: align = " class=\"align-right\""
            }
            guard let node = customInline("<\(name)\(scope)\(align)>", "</\(name)>") else { continue }
            parseInlines(text, line: line, column: index < columns.count ? columns[index] : 1, into: node)
            if index > 0, let newline = cmark_node_new(CMARK_NODE_SOFTBREAK) { cmark_node_append_child(row, newline) }
            cmark_node_append_child(row, node)
            let words = MarkdownNode(node).plainText
            if !words.isEmpty { summary.cells.append(MarkdownTable.Cell(text: words, line: line)) }
        }
        return row
    }

    /// `Table: Vaccine schedule` -> "Vaccine schedule".
    static func captionText(_ line: String) -> String? {
        let trimmed = line.drop { $0 == " " || $0 == "\t" }
        guard trimmed.hasPrefix("Table:") else { return nil }
        let text = trimmed.dropFirst("Table:".count).drop { $0 == " " || $0 == "\t" }
        return text.isEmpty ? nil : String(text)
    }
}
