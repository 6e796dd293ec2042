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
        var out = ""
        write(into: &out)
        return out
    }

    private func write(into out: inout String) {
        switch self {
        case .string(let text):
            Self.writeString(text, into: &out)
        case .array(let items):
            out += "["
            for (offset, item) in items.enumerated() {
                if offset > 0 { out += "," }
                item.write(into: &out)
            }
            out += "]"
        case .object(let members):
            out += "{"
            // Byte order: the keys used here are ASCII, so it is the order JSONSerialization's `.sortedKeys` gives them.
            for (offset, key) in members.keys.sorted().enumerated() {
                if offset > 0 { out += "," }
                Self.writeString(key, into: &out)
                out += ":"
                members[key]!.write(into: &out)
            }
            out += "}"
        }
    }

    private static let hexDigits: [Character] = Array("0123456789abcdef")

    private static func writeString(_ text: String, into out: inout String) {
        out += "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            case "<": out += "\\u003c"
            case ">": out += "\\u003e"
            case "&": out += "\\u0026"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            case _ where scalar.value < 0x20:
                out += "\\u00"
                out.append(hexDigits[Int(scalar.value >> 4)])
                out.append(hexDigits[Int(scalar.value & 0xF)])
            default:
                out.unicodeScalars.append(scalar)
            }
        }
        out += "\""
    }
}
