import Mustache

/// The HTML escaping of `{{variable}}` tags, with the same output as
/// swift-mustache's own but a fast path for ASCII text.
///
/// swift-mustache escapes by looking up every Character of every value in a
/// dictionary, which was a tenth of a build's time. Its escaping cannot be
/// replaced directly, but a template can choose its content type with a
/// `{{% CONTENT_TYPE: NAME }}` pragma, so ThemeLoader puts `pragma` on a line
/// of its own before each template's text. A standalone tag line writes
/// nothing, so the output is unchanged; parser errors are moved back up by
/// `pragmaLines` so that they still name the line in the writer's file.
/// Partials reset the content type, which is why every template gets the line.
struct FastHTMLEscaping: MustacheContentType {
    static let name = "PAMPHLET_HTML"
    static let pragma = "{{% CONTENT_TYPE: \(name) }}\n"
    static let pragmaLines = 1

    static func register() {
        registration
    }

    private static let registration: Void = MustacheContentTypes.register(FastHTMLEscaping(), named: name)

    func escapeText(_ text: String) -> String {
        Self.escape(text)
    }

    /// The same replacements as swift-mustache: `<`, `>`, `&`, `"` and `'`.
    static func escape(_ text: String) -> String {
        var needsWork = false
        var isASCII = true
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "&"), UInt8(ascii: "\""), UInt8(ascii: "'"):
                needsWork = true
            case 0x80...:
                isASCII = false
            default:
                break
            }
        }
        if !needsWork { return text }
        guard isASCII else { return escapeCharacters(text) }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + 16)
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "<"): bytes.append(contentsOf: "&lt;".utf8)
            case UInt8(ascii: ">"): bytes.append(contentsOf: "&gt;".utf8)
            case UInt8(ascii: "&"): bytes.append(contentsOf: "&amp;".utf8)
            case UInt8(ascii: "\""): bytes.append(contentsOf: "&quot;".utf8)
            case UInt8(ascii: "'"): bytes.append(contentsOf: "&#39;".utf8)
            default: bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Character by character, as swift-mustache does: a mark that combines
    /// with `<` (or any of the five) makes a different Character, left as it is.
    private static func escapeCharacters(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "&": result += "&amp;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.append(character)
            }
        }
        return result
    }
}
