import Yams

/// Reads the plainest YAML, `key: value` lines, into the node tree Yams
/// would make of it, marks and styles alike; nil for anything else, which
/// Yams then reads. Most front matter is only such lines, and Yams's node
/// tree with its marks cost more than the rest of reading a page.
///
/// What it takes, each line on its own: a blank line, a `#` comment at the
/// start of a line, or a key of letters, digits, `_`, `-` and `.` at the
/// start of a line, `: ` and a one-line value, either plain text that
/// starts with none of YAML's indicators and holds no `: `, ` #` or tab,
/// or text in double quotes without `\`, or in single quotes. Tabs, control
/// characters, characters YAML reads as line breaks, repeated keys, empty
/// values, mappings of more than 64 keys and texts with both `&` and `*`
/// (anchors and aliases, which `YAMLAliasLimit` looks at first) all go to Yams.
enum PlainYAML {
    static func mapping(_ text: String) -> Node? {
        var text = text
        return text.withUTF8 { mapping(bytes: $0) }
    }

    private static func mapping(bytes: UnsafeBufferPointer<UInt8>) -> Node? {
        if bytes.contains(UInt8(ascii: "&")), bytes.contains(UInt8(ascii: "*")) { return nil }
        var pairs: [(Node, Node)] = []
        var keys: [String] = []
        var line = 1
        var start = 0
        while start < bytes.count {
            var end = start
            while end < bytes.count, bytes[end] != newline { end += 1 }
            if !isBlankOrComment(bytes, start, end) {
                // A key given twice is an error Yams words. Long mappings (no front
                // matter has one) go to Yams too, so the search for a repeat stays short.
                guard keys.count < 64, let (key, value) = entry(bytes, start, end, line: line), let name = key.string,
                      !keys.contains(name)
                else { return nil }
                keys.append(name)
                pairs.append((key, value))
            }
            line += 1
            start = end + 1
        }
        guard let first = pairs.first else { return nil }
        return .mapping(Node.Mapping(pairs, tag(), .block, first.0.mark))
    }

    // Made once: `Tag.implicit` makes a new `Constructor.default`, with its tables, for each node.
    private nonisolated(unsafe) static let constructor = Constructor.default
    private static let resolver = Resolver.basic

    /// The tag Yams gives a node it composes with the `.basic` resolver; one
    /// for each node, as Yams's, since a tag is resolved in place when asked for.
    private static func tag() -> Tag {
        Tag(.implicit, resolver, constructor)
    }

    private static let newline = UInt8(ascii: "\n")
    private static let space = UInt8(ascii: " ")

    private static func isBlankOrComment(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        var index = start
        while index < end, bytes[index] == space { index += 1 }
        // A comment needs a blank before it; at the start of a line it has one.
        return index == end || (index == start && bytes[index] == UInt8(ascii: "#"))
    }

    /// One `key: value` line.
    private static func entry(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, line: Int) -> (Node, Node)? {
        guard isKeyStart(bytes[start]) else { return nil }
        var colon = start + 1
        while colon < end, isKeyByte(bytes[colon]) { colon += 1 }
        // Simple keys are short in libyaml (1,024 characters); Pamphlet's are names.
        guard colon - start <= 200, colon + 1 < end, bytes[colon] == UInt8(ascii: ":"), bytes[colon + 1] == space else { return nil }
        var valueStart = colon + 2
        while valueStart < end, bytes[valueStart] == space { valueStart += 1 }
        var valueEnd = end
        while valueEnd > valueStart, bytes[valueEnd - 1] == space { valueEnd -= 1 }
        guard valueStart < valueEnd,
              let (value, style) = scalar(bytes, valueStart, valueEnd),
              let keyMark = MarkTable.mark(line: line, column: 1),
              let valueMark = MarkTable.mark(line: line, column: valueStart - start + 1)
        else { return nil }
        let key = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<colon]), as: UTF8.self)
        return (.scalar(.init(key, tag(), .plain, keyMark)), .scalar(.init(value, tag(), style, valueMark)))
    }

    /// The value from its first to its last byte that is not a space.
    private static func scalar(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> (String, Node.Scalar.Style)? {
        guard isPrintable(bytes, start, end) else { return nil }
        let first = bytes[start]
        if first == UInt8(ascii: "\"") {
            // One line, no escapes: the text between the quotes as it stands.
            guard end - start >= 2, bytes[end - 1] == first else { return nil }
            let inner = UnsafeBufferPointer(rebasing: bytes[(start + 1)..<(end - 1)])
            guard !inner.contains(first), !inner.contains(UInt8(ascii: "\\")) else { return nil }
            return (String(decoding: inner, as: UTF8.self), .doubleQuoted)
        }
        if first == UInt8(ascii: "'") {
            // `''` stands for one quote; a lone quote before the end closes the text early.
            guard end - start >= 2, bytes[end - 1] == first else { return nil }
            var text: [UInt8] = []
            var index = start + 1
            while index < end - 1 {
                if bytes[index] == first {
                    guard index + 1 < end - 1, bytes[index + 1] == first else { return nil }
                    index += 1
                }
                text.append(bytes[index])
                index += 1
            }
            return (String(decoding: text, as: UTF8.self), .singleQuoted)
        }
        guard !isIndicator(first) else { return nil }
        for index in start..<end {
            switch bytes[index] {
            case UInt8(ascii: ":"):
                // `: ` starts a nested key; a colon at the end of the value too.
                if index + 1 == end || bytes[index + 1] == space { return nil }
            case UInt8(ascii: "#"):
                if bytes[index - 1] == space { return nil }
            default: break
            }
        }
        return (String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self), .plain)
    }

    private static func isKeyStart(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
            || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: "_")
    }

    private static func isKeyByte(_ byte: UInt8) -> Bool {
        isKeyStart(byte) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")
    }

    /// Characters that give a value a meaning other than plain text when it starts with one.
    private static func isIndicator(_ byte: UInt8) -> Bool {
        "-?:,[]{}#&*!|>'\"%@`".utf8.contains(byte)
    }

    /// Only what libyaml reads as printable text on one line: no control
    /// characters or tabs, no NEL, LINE or PARAGRAPH SEPARATOR (line breaks
    /// to YAML), no byte order mark, U+FFFE or U+FFFF.
    private static func isPrintable(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        var index = start
        while index < end {
            let byte = bytes[index]
            if byte < 0x80 {
                if byte < 0x20 || byte == 0x7F { return false }
                index += 1
                continue
            }
            // Strings hold valid UTF-8: a lead byte and its continuation bytes.
            let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
            var value = UInt32(byte) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
            for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
            if value < 0xA0 || value == 0x2028 || value == 0x2029 || value == 0xFEFF || value == 0xFFFE || value == 0xFFFF { return false }
            index += length
        }
        return true
    }
}

/// Yams's `Mark`s, which only Yams makes (its initializer is internal):
/// one made by Yams, with its line and column set in place. Each mark made
/// so is read back through `line` and `column`; should Yams ever store
/// them otherwise, none is made and Yams reads the text. A table filled by
/// composing a text for each line and column cost more, with its lock,
/// than the rest of reading a page's front matter.
enum MarkTable {
    private static let prototype: Mark? = (try? Yams.compose(yaml: "x", .basic, .default, .utf8))?.mark

    static func mark(line: Int, column: Int) -> Mark? {
        guard var mark = prototype, MemoryLayout<Mark>.size == 2 * MemoryLayout<Int>.size else { return nil }
        withUnsafeMutableBytes(of: &mark) { bytes in
            bytes.storeBytes(of: line, toByteOffset: 0, as: Int.self)
            bytes.storeBytes(of: column, toByteOffset: MemoryLayout<Int>.size, as: Int.self)
        }
        return mark.line == line && mark.column == column ? mark : nil
    }
}
