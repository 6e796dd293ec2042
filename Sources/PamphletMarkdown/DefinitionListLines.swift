/// The lines of a definition list (PHP Markdown Extra's syntax, as Goldmark
/// reads it for Hugo): each line of a paragraph is a term, and a line that
/// starts with `:` and a space is a definition of the terms above it.
///
///     Apple
///     :   A fruit of the genus Malus.
///
/// A definition continues over lines indented as far as its text (and over
/// a paragraph's lazy lines); a blank line before its `:` makes it loose
/// (its paragraphs keep their `<p>`), as Goldmark does.
struct DefinitionListLines {
    enum Entry: Equatable {
        /// 0-based line and the term's text.
        case term(line: Int, text: [UInt8], column: Int)
        /// 0-based first line, the definition's Markdown (one line per source line), tight or loose,
        /// and the 1-based column its text starts at (its lines are cut to it).
        case definition(line: Int, markdown: [[UInt8]], tight: Bool, column: Int)
    }

    var entries: [Entry] = []
    /// 0-based last line of the list (its trailing blank lines left out).
    var lastLine = 0

    /// Reads a list whose first term is `lines[start]`; `isParagraphStart(n)`
    /// says whether cmark began a paragraph at 0-based line n (terms are a
    /// paragraph's lines). Nil when no definition follows the first terms; then
    /// `noListBefore` is where the lines read end: no list can start before it
    /// (a later start in the same lines meets the same line after them), so
    /// they are not read again for each paragraph in them.
    init?(lines: [ArraySlice<UInt8>], start: Int, isParagraphStart: (Int) -> Bool, noListBefore: inout Int) {
        var index = start
        while index < lines.count {
            var terms: [Int] = []
            while index < lines.count, !Self.isBlank(lines[index]), Self.definitionOffset(lines[index]) == nil {
                terms.append(index)
                index += 1
            }
            var next = index
            while next < lines.count, Self.isBlank(lines[next]) { next += 1 }
            guard next < lines.count, Self.definitionOffset(lines[next]) != nil,
                  terms.isEmpty ? !entries.isEmpty : isParagraphStart(terms[0]) else {
                if entries.isEmpty { noListBefore = max(noListBefore, index) }
                break
            }
            for line in terms { entries.append(.term(line: line, text: Array(PipeTableLine.trimmed(lines[line])), column: lines[line].prefix { $0 == 0x20 || $0 == 0x09 }.count + 1)) }
            index = next
            // One or more definitions of these terms.
            while index < lines.count, let offset = Self.definitionOffset(lines[index]) {
                let tight = index == 0 || !Self.isBlank(lines[index - 1])
                var markdown = [Self.dedent(lines[index], by: offset)]
                let first = index
                index += 1
                while index < lines.count {
                    let line = lines[index]
                    if Self.isBlank(line) {
                        markdown.append([])
                    } else if Self.indent(line) >= offset {
                        markdown.append(Self.dedent(line, by: offset))
                    } else if !Self.isBlank(lines[index - 1]), Self.definitionOffset(line) == nil,
                              !FootnoteDefinitions.startsBlock(Array(line)) {
                        // A lazy line: it goes on with the paragraph above.
                        markdown.append(Array(line))
                    } else {
                        break
                    }
                    index += 1
                }
                while markdown.count > 1, markdown.last?.isEmpty == true {
                    markdown.removeLast()
                    index -= 1
                }
                entries.append(.definition(line: first, markdown: markdown, tight: tight, column: offset + 1))
                lastLine = index - 1
                var after = index
                while after < lines.count, Self.isBlank(lines[after]) { after += 1 }
                guard after < lines.count, Self.definitionOffset(lines[after]) != nil else {
                    index = after
                    break
                }
                index = after
            }
        }
        guard entries.contains(where: { if case .definition = $0 { return true } else { return false } }) else { return nil }
    }

    /// The column a definition's text starts at when `line` begins one
    /// (`:` first, then at least one space), nil otherwise.
    static func definitionOffset(_ line: ArraySlice<UInt8>) -> Int? {
        guard line.first == UInt8(ascii: ":") else { return nil }
        var width = 0
        for byte in line.dropFirst() {
            if byte == 0x20 { width += 1 } else if byte == 0x09 { width += 4 - (1 + width) % 4 } else { break }
        }
        guard width >= 1 else { return nil }
        // Text indented as code after the `:` starts one column after it (Goldmark's rule).
        return 1 + (width >= 8 ? 5 : width)
    }

    static func isBlank(_ line: ArraySlice<UInt8>) -> Bool { line.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D } }

    static func indent(_ line: ArraySlice<UInt8>) -> Int { FootnoteDefinitions.indent(Array(line.prefix(64))) }

    /// `line` without its first `columns` columns (a `:` counts as one; a tab
    /// cut through keeps the spaces it stood for beyond them).
    static func dedent(_ line: ArraySlice<UInt8>, by columns: Int) -> [UInt8] {
        var column = 0
        var index = line.startIndex
        while index < line.endIndex, column < columns {
            let byte = line[index]
            if byte == 0x09 {
                let next = column + 4 - column % 4
                if next > columns { return Array(repeating: 0x20, count: next - columns) + line[(index + 1)...] }
                column = next
            } else if byte == 0x20 || (byte == UInt8(ascii: ":") && column == 0) {
                column += 1
            } else {
                break
            }
            index += 1
        }
        return Array(line[index...])
    }
}
