import CMark
import Foundation

/// How heading ids are made from heading text.
public enum HeadingIDStyle: String, Sendable, CaseIterable {
    /// GitHub's, which Hugo uses by default (`autoHeadingIDType = "github"`):
    /// "Who's covered?" -> `whos-covered`, "Terapia génica" -> `terapia-génica`.
    case github
    /// Pamphlet's first style, ASCII words joined by hyphens: `who-s-covered`, `terapia-genica`.
    case ascii

    public func id(for text: String) -> String {
        switch self {
        case .github: return Self.github(text)
        case .ascii: return Slug.make(text)
        }
    }

    /// Hugo's `sanitizeAnchorName` for "github": letters, digits and `_`
    /// lowercased, a space or `-` becomes `-`, everything else is dropped.
    static func github(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            var id: [UInt8] = []
            id.reserveCapacity(text.utf8.count)
            for byte in text.utf8 {
                switch byte {
                case UInt8(ascii: "A")...UInt8(ascii: "Z"): id.append(byte + 0x20)
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"): id.append(byte)
                case UInt8(ascii: " "), UInt8(ascii: "-"): id.append(UInt8(ascii: "-"))
                default: break
                }
            }
            return String(decoding: id, as: UTF8.self)
        }
        var id = ""
        for scalar in text.unicodeScalars {
            switch scalar.properties.generalCategory {
            case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter, .decimalNumber:
                id += scalar.properties.lowercaseMapping
            default:
                if scalar == " " || scalar == "-" { id += "-" } else if scalar == "_" { id += "_" }
            }
        }
        return id
    }
}

extension MarkdownDocument {
    /// `## Heading {#id}`: takes the attribute off the end of the heading's
    /// text and returns the id; nil when the heading has none.
    public func takeCustomID(from heading: MarkdownNode) -> String? {
        guard heading.kind == .heading, let last = cmark_node_last_child(heading.pointer),
              cmark_node_get_type(last) == CMARK_NODE_TEXT, let literal = MarkdownNode(last).literal else { return nil }
        var text = Substring(literal)
        while let end = text.last, end == " " || end == "\t" { text = text.dropLast() }
        guard text.hasSuffix("}"), let open = text.range(of: "{#", options: .backwards) else { return nil }
        let id = text[open.upperBound..<text.index(before: text.endIndex)]
        guard !id.isEmpty, id.allSatisfy({ !$0.isWhitespace && $0 != "{" && $0 != "}" && $0 != "\"" && $0 != "<" }) else { return nil }
        var before = text[..<open.lowerBound]
        while let end = before.last, end == " " || end == "\t" { before = before.dropLast() }
        if before.isEmpty {
            cmark_node_unlink(last)
            cmark_node_free(last)
        } else {
            cmark_node_set_literal(last, String(before))
        }
        return String(id)
    }
}
