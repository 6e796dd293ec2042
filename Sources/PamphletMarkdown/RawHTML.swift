import Gumbo
import PamphletEscaping

/// The addresses and anchors in raw HTML a page's Markdown holds (when
/// `unsafe_html` is on), read with Gumbo, Google's HTML5 parser: HTML's
/// rules for quotes, entities, comments and `<script>` are its, not a
/// regular expression's guess.
public enum RawHTML {
    public struct Attribute: Sendable, Equatable {
        public enum Kind: Sendable, Equatable {
            /// `id`, or `name` on `<a>`: a `#fragment` may name it.
            case anchor
            /// `href` (and `<form action>`): an address.
            case link
            /// `src` (`<img>`, `<source>`, `<video>` ...): a file.
            case source
        }
        public var kind: Kind
        /// Decoded as a browser reads it (`&amp;` is `&`).
        public var value: String
        /// Where the value is written, quotes included: byte offsets into the HTML.
        public var range: Range<Int>
        /// 1-based line within the HTML, and column.
        public var line: Int
        public var column: Int
    }

    /// The anchors and addresses in `html`, in the order they are written.
    public static func attributes(in html: String) -> [Attribute] {
        var text = html
        return text.withUTF8 { bytes -> [Attribute] in
            guard let base = bytes.baseAddress, !bytes.isEmpty else { return [] }
            return base.withMemoryRebound(to: CChar.self, capacity: bytes.count) { chars -> [Attribute] in
                var options = kGumboDefaultOptions
                guard let output = gumbo_parse_with_options(&options, chars, bytes.count) else { return [] }
                defer { gumbo_destroy_output(&options, output) }
                var found: [Int: Attribute] = [:]
                collect(output.pointee.document, base: chars, count: bytes.count, into: &found)
                return found.values.sorted { $0.range.lowerBound < $1.range.lowerBound }
            }
        }
    }

    /// `html` with each range replaced by its new address, written in double quotes.
    public static func replacing(_ html: String, _ replacements: [(range: Range<Int>, value: String)]) -> String {
        guard !replacements.isEmpty else { return html }
        let bytes = Array(html.utf8)
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count + 64)
        var copied = 0
        for replacement in replacements.sorted(by: { $0.range.lowerBound < $1.range.lowerBound }) where replacement.range.lowerBound >= copied {
            result += bytes[copied..<replacement.range.lowerBound]
            result += Array("\"\(HTMLEscaping.escape(replacement.value))\"".utf8)
            copied = replacement.range.upperBound
        }
        result += bytes[copied...]
        return String(decoding: result, as: UTF8.self)
    }

    private static func collect(_ node: UnsafeMutablePointer<GumboNode>?, base: UnsafePointer<CChar>, count: Int, into found: inout [Int: Attribute]) {
        guard let node else { return }
        let children: GumboVector
        switch node.pointee.type {
        case GUMBO_NODE_DOCUMENT:
            children = node.pointee.v.document.children
        case GUMBO_NODE_ELEMENT, GUMBO_NODE_TEMPLATE:
            let element = node.pointee.v.element
            let tag = String(cString: gumbo_normalized_tagname(element.tag))
            let attributes = element.attributes
            for index in 0..<Int(attributes.length) {
                guard let attribute = attributes.data[index]?.assumingMemoryBound(to: GumboAttribute.self).pointee,
                      let name = attribute.name.map({ String(cString: $0) }),
                      let kind = kind(of: name, tag: tag), let value = attribute.value,
                      let start = attribute.original_value.data else { continue }
                // Attributes Gumbo made itself (an `<a>` it reopened) point at the same place: one each.
                let offset = base.distance(to: start)
                guard offset >= 0, offset + attribute.original_value.length <= count, found[offset] == nil,
                      attribute.original_value.length > 0 else { continue }
                found[offset] = Attribute(
                    kind: kind, value: String(cString: value), range: offset..<(offset + attribute.original_value.length),
                    line: Int(attribute.value_start.line), column: Int(attribute.value_start.column))
            }
            children = element.children
        default:
            return
        }
        for index in 0..<Int(children.length) {
            collect(children.data[index]?.assumingMemoryBound(to: GumboNode.self), base: base, count: count, into: &found)
        }
    }

    private static func kind(of attribute: String, tag: String) -> Attribute.Kind? {
        switch attribute {
        case "id": return .anchor
        case "name" where tag == "a": return .anchor
        case "href": return .link
        case "action" where tag == "form": return .link
        case "src": return .source
        default: return nil
        }
    }
}
