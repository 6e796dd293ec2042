import Yams

/// Refuses YAML whose anchors and aliases (`&a`, `*a`) stand for far more
/// values than the text holds: ten levels of ten aliases ("billion
/// laughs") are 10^10 values, and anything that walks them, such as a
/// page's front matter passed on to templates, runs out of memory.
///
/// Yams shares an aliased value rather than copying it, so composing is
/// cheap, except for an alias used as a key, which Yams hashes in full to
/// find repeated keys: that one is refused before composing.
public struct YAMLAliasLimit: Error {
    public var message: String
    /// 1-based, within the YAML text.
    public var line: Int
    public var column: Int?

    /// Values a text may stand for: more than any YAML without aliases can
    /// hold (each value takes at least a byte or so), with room for aliases
    /// used the ordinary way.
    static func budget(for text: String) -> Int {
        max(10_000, 10 * text.utf8.count)
    }

    /// An alias written as a key (`*a: x`, `? *a`), before Yams composes it.
    static func checkKeys(_ text: String) throws {
        let bytes = Array(text.utf8)
        // No anchor, no alias to fear (an alias without one is an error of its own).
        guard bytes.contains(UInt8(ascii: "&")), bytes.contains(UInt8(ascii: "*")) else { return }
        var line = 1
        var lineStart = 0
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            let atTokenStart = index == 0 || startsToken(bytes[index - 1]) || bytes[index - 1] == UInt8(ascii: ":")
            if byte == UInt8(ascii: "\n") {
                line += 1
                lineStart = index + 1
            } else if atTokenStart, byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") || byte == UInt8(ascii: "#") {
                // Quoted text and comments hold no alias: "Tom & Jerry *note: ..." is a title.
                index = skipQuotedOrComment(bytes, from: index, line: &line, lineStart: &lineStart)
                continue
            } else if byte == UInt8(ascii: "?"), bytes[lineStart..<index].allSatisfy({ $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "-") }),
                      index + 1 == bytes.count || endsKey(bytes[index + 1]),
                      !bytes[index...].prefix(while: { $0 != UInt8(ascii: "\n") }).contains(UInt8(ascii: "*")) {
                // An explicit key may span lines and hold any alias; Pamphlet's keys are names.
                throw YAMLAliasLimit(
                    message: "an explicit key ('? ') is used in a file with aliases; write each key as a name followed by ':'",
                    line: line, column: index - lineStart + 1)
            } else if atTokenStart, byte == UInt8(ascii: "[") || byte == UInt8(ascii: "{"),
                      let close = flowKeyEnd(bytes, from: index), bytes[index..<close].contains(where: { $0 == UInt8(ascii: "*") }) {
                // `[*a]: x`: a list or mapping used as a key is hashed in full, aliases and all.
                throw YAMLAliasLimit(
                    message: "a list or mapping holding an alias is used as a key; write each key as a name followed by ':'",
                    line: line, column: index - lineStart + 1)
            } else if byte == UInt8(ascii: "*"), index == 0 || startsToken(bytes[index - 1]) {
                var end = index + 1
                while end < bytes.count, isAnchorByte(bytes[end]) { end += 1 }
                var after = end
                while after < bytes.count, bytes[after] == UInt8(ascii: " ") || bytes[after] == UInt8(ascii: "\t") { after += 1 }
                let isKey = after < bytes.count && bytes[after] == UInt8(ascii: ":")
                    && (after + 1 == bytes.count || endsKey(bytes[after + 1]))
                let lineHead = bytes[lineStart..<index].filter { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\t") && $0 != UInt8(ascii: "-") }
                if end > index + 1, isKey || lineHead.first == UInt8(ascii: "?") {
                    throw YAMLAliasLimit(
                        message: "an alias ('*\(String(decoding: bytes[(index + 1)..<end], as: UTF8.self))') is used as a key; write the key out",
                        line: line, column: index - lineStart + 1)
                }
                index = end
                continue
            }
            index += 1
        }
    }

    /// Counts the values `root` stands for, stopping at `budget`; throws at
    /// the top-level key or item whose value goes past it.
    static func checkExpansion(_ root: Node, budget: Int) throws {
        var remaining = budget
        let entries: [(at: Node, value: Node)]
        switch root {
        case .mapping(let mapping): entries = mapping.map { ($0.key, $0.value) }
        case .sequence(let sequence): entries = sequence.map { ($0, $0) }
        default: return
        }
        for entry in entries where !count(entry.value, remaining: &remaining) {
            let mark = entry.at.mark
            throw YAMLAliasLimit(
                message: "this value repeats anchored values ('&name', then '*name') so often that it stands for more than \(budget) values; write the values out instead of nesting aliases",
                line: mark?.line ?? 1, column: mark?.column)
        }
    }

    /// False when `node` holds more values than `remaining`.
    private static func count(_ node: Node, remaining: inout Int) -> Bool {
        remaining -= 1
        guard remaining >= 0 else { return false }
        switch node {
        case .scalar, .alias:
            return true
        case .sequence(let sequence):
            for item in sequence where !count(item, remaining: &remaining) { return false }
            return true
        case .mapping(let mapping):
            for (key, value) in mapping where !count(key, remaining: &remaining) || !count(value, remaining: &remaining) { return false }
            return true
        }
    }

    /// The index after a quoted scalar (its line ends counted) or after a comment's line.
    private static func skipQuotedOrComment(_ bytes: [UInt8], from start: Int, line: inout Int, lineStart: inout Int) -> Int {
        let opening = bytes[start]
        var index = start + 1
        if opening == UInt8(ascii: "#") {
            while index < bytes.count, bytes[index] != UInt8(ascii: "\n") { index += 1 }
            return index
        }
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\n") {
                line += 1
                lineStart = index + 1
            } else if opening == UInt8(ascii: "\""), byte == UInt8(ascii: "\\") {
                index += 1
            } else if byte == opening {
                // '' inside single quotes is a quote, not the end.
                if opening == UInt8(ascii: "'"), index + 1 < bytes.count, bytes[index + 1] == opening {
                    index += 1
                } else {
                    return index + 1
                }
            }
            index += 1
        }
        return index
    }

    /// When the flow collection opening at `start` closes on the same line and
    /// is followed by `:` (an implicit key is one line long), the index of its
    /// closing bracket; nil when it is a value.
    private static func flowKeyEnd(_ bytes: [UInt8], from start: Int) -> Int? {
        var depth = 0
        var index = start
        while index < bytes.count, bytes[index] != UInt8(ascii: "\n") {
            switch bytes[index] {
            case UInt8(ascii: "["), UInt8(ascii: "{"): depth += 1
            case UInt8(ascii: "]"), UInt8(ascii: "}"):
                depth -= 1
                if depth == 0 {
                    var after = index + 1
                    while after < bytes.count, bytes[after] == UInt8(ascii: " ") || bytes[after] == UInt8(ascii: "\t") { after += 1 }
                    guard after < bytes.count, bytes[after] == UInt8(ascii: ":") else { return nil }
                    return after + 1 == bytes.count || endsKey(bytes[after + 1]) ? index : nil
                }
            default: break
            }
            index += 1
        }
        return nil
    }

    private static func startsToken(_ byte: UInt8) -> Bool {
        [UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "["), UInt8(ascii: "{"), UInt8(ascii: ","), UInt8(ascii: "?")].contains(byte)
    }

    private static func endsKey(_ byte: UInt8) -> Bool {
        [UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: ","), UInt8(ascii: "}"), UInt8(ascii: "]")].contains(byte)
    }

    /// The characters libyaml allows in an anchor's name.
    private static func isAnchorByte(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
            || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_")
    }
}
