/// GFM footnote definitions (`[^id]: text`, with indented lines after it
/// continuing the note), taken out of a page's Markdown before cmark reads
/// it: cmark would otherwise read `[^1]: word` as a link definition.
/// They become blank lines, so every other line keeps its number.
public struct FootnoteDefinitions: Sendable {
    public struct Definition: Sendable, Equatable {
        public var label: String
        /// The note's Markdown, its continuation indent removed.
        public var text: String
        /// 1-based line of `[^id]:`.
        public var line: Int
    }

    /// The Markdown without the definitions.
    public var markdown: String
    public var definitions: [Definition]

    public init(extractingFrom markdown: String) {
        self.markdown = markdown
        definitions = []
        guard MarkdownDocument.contains(Array("[^".utf8), in: markdown) else { return }
        var lines = markdown.split(separator: "\n", omittingEmptySubsequences: false).map { Array($0.utf8) }
        var fence: (byte: UInt8, length: Int)?
        var index = 0
        var changed = false
        while index < lines.count {
            let line = lines[index]
            if let marker = Self.fence(line) {
                if let open = fence {
                    if marker.byte == open.byte && marker.length >= open.length && marker.isBare { fence = nil }
                } else {
                    fence = (marker.byte, marker.length)
                }
                index += 1
                continue
            }
            // A note may be inside a block quote: its lines are read after the `>` markers, which stay.
            let (depth, prefix) = Self.quotePrefix(line)
            guard fence == nil, let (label, rest) = Self.definitionStart(Array(line[prefix...])) else {
                index += 1
                continue
            }
            var text = [rest]
            var end = index + 1
            // Indented lines continue the note, across blank lines; so does a lazy line right after text.
            while end < lines.count {
                let (nextDepth, nextPrefix) = Self.quotePrefix(lines[end])
                if nextDepth != depth { break }
                let next = Array(lines[end][nextPrefix...])
                if Self.isBlank(next) {
                    end += 1
                    continue
                }
                if Self.indent(next) >= 4 {
                    end += 1
                    continue
                }
                if !Self.isBlank(Array(lines[end - 1][Self.quotePrefix(lines[end - 1]).bytes...])), Self.definitionStart(next) == nil, !Self.startsBlock(next) {
                    end += 1
                    continue
                }
                break
            }
            // Trailing blank lines belong to the page, not the note.
            while end > index + 1, Self.isBlank(Array(lines[end - 1][Self.quotePrefix(lines[end - 1]).bytes...])) { end -= 1 }
            for number in (index + 1)..<end { text.append(Self.dedent(Array(lines[number][Self.quotePrefix(lines[number]).bytes...]))) }
            definitions.append(Definition(
                label: String(decoding: label, as: UTF8.self),
                text: text.map { String(decoding: $0, as: UTF8.self) }.joined(separator: "\n"), line: index + 1))
            for number in index..<end {
                let kept = Array(lines[number][..<Self.quotePrefix(lines[number]).bytes])
                lines[number] = kept + (lines[number].last == 0x0D ? [0x0D] : [])
            }
            changed = true
            index = end
        }
        if changed { self.markdown = lines.map { String(decoding: $0, as: UTF8.self) }.joined(separator: "\n") }
    }

    /// How many block quote markers (`> > `) start `line`, and how many bytes they take.
    static func quotePrefix(_ line: [UInt8]) -> (depth: Int, bytes: Int) {
        var depth = 0, index = 0, end = 0
        while true {
            var spaces = 0
            while index < line.count, line[index] == 0x20, spaces < 3 { index += 1; spaces += 1 }
            guard index < line.count, line[index] == UInt8(ascii: ">") else { break }
            index += 1
            if index < line.count, line[index] == 0x20 { index += 1 }
            depth += 1
            end = index
        }
        return (depth, end)
    }

    /// `[^label]: text` with at most three spaces before it: the label and the text.
    static func definitionStart(_ line: [UInt8]) -> ([UInt8], [UInt8])? {
        let start = indent(line)
        guard start <= 3, line.count > start + 4, line[start] == UInt8(ascii: "["), line[start + 1] == UInt8(ascii: "^") else { return nil }
        guard let close = line[(start + 2)...].firstIndex(of: UInt8(ascii: "]")), close > start + 2,
              close + 1 < line.count, line[close + 1] == UInt8(ascii: ":") else { return nil }
        let label = Array(line[(start + 2)..<close])
        guard !label.contains(where: { $0 == 0x20 || $0 == 0x09 || $0 == UInt8(ascii: "[") }) else { return nil }
        var rest = line[(close + 2)...]
        while let first = rest.first, first == 0x20 || first == 0x09 { rest = rest.dropFirst() }
        return (label, Array(rest))
    }

    /// A code fence line: its character, its length, and whether nothing follows it (a closing fence).
    static func fence(_ line: [UInt8]) -> (byte: UInt8, length: Int, isBare: Bool)? {
        let start = indent(line)
        guard start <= 3, start < line.count, line[start] == UInt8(ascii: "`") || line[start] == UInt8(ascii: "~") else { return nil }
        let byte = line[start]
        var end = start
        while end < line.count, line[end] == byte { end += 1 }
        guard end - start >= 3 else { return nil }
        return (byte, end - start, line[end...].allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D })
    }

    static func indent(_ line: [UInt8]) -> Int {
        var count = 0
        for byte in line {
            if byte == 0x20 { count += 1 } else if byte == 0x09 { count += 4 - count % 4 } else { break }
        }
        return count
    }

    static func isBlank(_ line: [UInt8]) -> Bool { line.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D } }

    /// A line that starts a block of its own (heading, quote, list, fence, HTML): it ends a note's lazy text.
    static func startsBlock(_ line: [UInt8]) -> Bool {
        guard let first = line.first(where: { $0 != 0x20 && $0 != 0x09 }) else { return false }
        return "#>-*+`~<|0123456789".utf8.contains(first)
    }

    /// Up to four columns of indent removed.
    static func dedent(_ line: [UInt8]) -> [UInt8] {
        var columns = 0
        var index = 0
        while index < line.count, columns < 4 {
            if line[index] == 0x20 { columns += 1 } else if line[index] == 0x09 { columns = 4 } else { break }
            index += 1
        }
        return Array(line[index...])
    }
}
