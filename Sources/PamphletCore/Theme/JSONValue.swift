import PamphletEscaping

/// A JSON value for the JSON-LD in a page's `<head>`, written as text
/// without Foundation: `JSONSerialization` on Linux boxes every value in an
/// NSObject, and the build writes one of these per page.
enum JSONValue: Equatable {
    case string(String)
    case array([JSONValue])
    /// Keys are written in sorted order, so the text is the same every build.
    case object([String: JSONValue])

    /// Compact JSON, safe inside a `<script>` element: `<`, `>`, `&`, U+2028
    /// and U+2029 (which only occur inside strings) are `\u` escapes, so no
    /// text can close the element or open a comment.
    var scriptSafeText: String {
        var out: [UInt8] = []
        out.reserveCapacity(1024)
        write(into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    // Bytes, not scalars: appending scalar by scalar to a String cost more than the rest of a page's template data.
    func write(into out: inout [UInt8]) {
        switch self {
        case .string(let text):
            Self.writeString(text, into: &out)
        case .array(let items):
            out.append(UInt8(ascii: "["))
            for (offset, item) in items.enumerated() {
                if offset > 0 { out.append(UInt8(ascii: ",")) }
                item.write(into: &out)
            }
            out.append(UInt8(ascii: "]"))
        case .object(let members):
            out.append(UInt8(ascii: "{"))
            // Byte order: the keys used here are ASCII, so it is the order JSONSerialization's `.sortedKeys` gives them.
            for (offset, key) in members.keys.sorted().enumerated() {
                if offset > 0 { out.append(UInt8(ascii: ",")) }
                Self.writeString(key, into: &out)
                out.append(UInt8(ascii: ":"))
                members[key]!.write(into: &out)
            }
            out.append(UInt8(ascii: "}"))
        }
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    private static func writeString(_ text: String, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { bytes in
            // Most of a text needs no escape: copy it in runs between the bytes that do.
            var copied = 0
            var index = 0
            while index < bytes.count {
                // Eight bytes at a time while none of them needs an escape: the search
                // index writes every page's excerpt, and byte by byte this was most of it.
                if index + 8 <= bytes.count, !Self.mayNeedEscape(ByteWord.load(bytes, at: index)) {
                    index += 8
                    continue
                }
                let byte = bytes[index]
                let escape: String
                var length = 1
                switch byte {
                case UInt8(ascii: "\""): escape = #"\""#
                case UInt8(ascii: "\\"): escape = #"\\"#
                case 0x0A: escape = #"\n"#
                case 0x0D: escape = #"\r"#
                case 0x09: escape = #"\t"#
                case 0x08: escape = #"\b"#
                case 0x0C: escape = #"\f"#
                case UInt8(ascii: "<"): escape = #"\u003c"#
                case UInt8(ascii: ">"): escape = #"\u003e"#
                case UInt8(ascii: "&"): escape = #"\u0026"#
                case ..<0x20:
                    escape = #"\u00"# + String(decoding: [hexDigits[Int(byte >> 4)], hexDigits[Int(byte & 0xF)]], as: UTF8.self)
                case 0xE2 where index + 2 < bytes.count && bytes[index + 1] == 0x80 && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9):
                    // U+2028 and U+2029 end a line in JavaScript.
                    escape = bytes[index + 2] == 0xA8 ? #"\u2028"# : #"\u2029"#
                    length = 3
                default:
                    index += 1
                    continue
                }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<index]))
                out.append(contentsOf: escape.utf8)
                index += length
                copied = index
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<bytes.count]))
        }
        out.append(UInt8(ascii: "\""))
    }

    /// False only when none of the word's bytes is one `writeString` escapes or
    /// looks at: a control byte (below 0x20), `"`, a backslash, `<`, `>`, `&`, or
    /// 0xE2 (which starts U+2028 and U+2029).
    @inline(__always)
    private static func mayNeedEscape(_ word: UInt64) -> Bool {
        let control = (word &- ByteWord.repeated(0x20)) & ~word & ByteWord.repeated(0x80)
        // `<` (3C) and `>` (3E) differ only in bit 1.
        let angles = ByteWord.zeroBytes((word | ByteWord.repeated(0x02)) ^ ByteWord.repeated(0x3E))
        let others = ByteWord.zeroBytes(word ^ ByteWord.repeated(0x22)) | ByteWord.zeroBytes(word ^ ByteWord.repeated(0x5C))
            | ByteWord.zeroBytes(word ^ ByteWord.repeated(0x26)) | ByteWord.zeroBytes(word ^ ByteWord.repeated(0xE2))
        return control | angles | others != 0
    }
}
