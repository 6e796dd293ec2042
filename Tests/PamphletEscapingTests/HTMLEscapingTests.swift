import PamphletEscaping
import PamphletTestSupport
import XCTest

/// Escaping works on bytes: a `"` or `<` hidden in a grapheme cluster (a
/// combining mark after it, a prepend mark before it, a joiner, a variation
/// selector) is escaped like any other.
final class HTMLEscapingTests: XCTestCase {
    /// The five characters HTML escaping must replace.
    static let specials: [Unicode.Scalar] = ["\"", "'", "<", ">", "&"]

    /// Scalars that join the character before (or, for U+0600, after) into one Character.
    static let hiders: [Unicode.Scalar] = [
        "\u{0301}", // combining acute accent
        "\u{0338}", // combining long solidus overlay (< + it is the cluster ≮)
        "\u{20E3}", // combining enclosing keycap
        "\u{200D}", // zero-width joiner
        "\u{200C}", // zero-width non-joiner
        "\u{FE0F}", // variation selector 16
        "\u{E0101}", // variation selector 18
        "\u{1F3FB}", // emoji skin tone modifier
        "\u{0600}", // Arabic number sign: a prepend mark, joins the character after it
        "\u{0903}", // Devanagari visarga: a spacing mark
        "\u{1160}", // Hangul jungseong filler
    ]

    func testEachSpecialHasItsEntity() {
        XCTAssertEqual(HTMLEscaping.escape("a & b < c > \"d\" 'e' é"), "a &amp; b &lt; c &gt; &quot;d&quot; &#39;e&#39; é")
    }

    func testEveryHiddenSpecialIsEscaped() {
        for special in Self.specials {
            for hider in Self.hiders {
                for text in [[special, hider], [hider, special], [hider, special, hider], [special, hider, hider]] {
                    var string = ""
                    string.unicodeScalars.append(contentsOf: text)
                    let escaped = HTMLEscaping.escape(string)
                    XCTAssertTrue(Self.isSafe(escaped), "\(text.map { String($0.value, radix: 16) }) escaped to \(escaped.unicodeScalars.map { String($0.value, radix: 16) })")
                    XCTAssertEqual(Self.unescape(escaped), string)
                }
            }
        }
    }

    func testTheAttackFromTheReport() {
        let title = "x\"\u{301} onmouseover=alert(1) autofocus y=\"\u{301}"
        XCTAssertEqual(title.count, title.unicodeScalars.count - 2, "the quotes are hidden in clusters")
        XCTAssertEqual(HTMLEscaping.escape(title), "x&quot;\u{301} onmouseover=alert(1) autofocus y=&quot;\u{301}")
    }

    func testPlainTextIsReturnedAsItIs() {
        for text in ["", "Gene therapy", "Terapia génica", "心臓", "👩🏽‍⚕️ care"] {
            XCTAssertEqual(HTMLEscaping.escape(text), text)
        }
    }

    /// Random texts over the specials, the hiders and ordinary letters:
    /// the result never holds a raw special, and unescaping gives the text back.
    func testRandomClustersRoundTrip() {
        var generator = SeededGenerator(seed: 0x5EED)
        let alphabet = Self.specials + Self.hiders + ["a", "é", " ", "=", "\u{1F469}", "\r", "\n"]
        for _ in 0..<5_000 {
            var text = ""
            for _ in 0..<Int.random(in: 0...12, using: &generator) {
                text.unicodeScalars.append(alphabet.randomElement(using: &generator)!)
            }
            let escaped = HTMLEscaping.escape(text)
            XCTAssertTrue(Self.isSafe(escaped), escaped)
            XCTAssertEqual(Self.unescape(escaped), text)
        }
    }

    /// The scan eight bytes at a time finds each byte value exactly where a
    /// byte-by-byte scan does: every value, at every place in texts of 1 to 24
    /// bytes, among fillers that differ from a special in one bit (`=` 3D,
    /// `?` 3F, `%` 25, `#` 23) or have the high bit set (BE, A7, A2).
    func testWordScanAgreesWithByteScanForEveryByte() {
        let specials: Set<UInt8> = [0x22, 0x26, 0x27, 0x3C, 0x3E]
        for filler: UInt8 in [0x3D, 0x3F, 0x25, 0x23, 0xBE, 0xA7, 0xA2, 0x61] {
            for length in 1...24 {
                for place in 0..<length {
                    for value in UInt8.min...UInt8.max {
                        var bytes = [UInt8](repeating: filler, count: length)
                        bytes[place] = value
                        let found = bytes.withUnsafeBufferPointer(HTMLEscaping.containsSpecial)
                        if found != specials.contains(value) {
                            XCTFail("byte \(value) at \(place) of \(length) among \(filler): \(found)")
                            return
                        }
                    }
                }
            }
        }
    }

    /// No raw `"`, `'`, `<` or `>`, and every `&` starts one of the five entities.
    static func isSafe(_ escaped: String) -> Bool {
        let bytes = Array(escaped.utf8)
        let entities = ["&amp;", "&lt;", "&gt;", "&quot;", "&#39;"].map { Array($0.utf8) }
        for (index, byte) in bytes.enumerated() {
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "<"), UInt8(ascii: ">"):
                return false
            case UInt8(ascii: "&"):
                guard entities.contains(where: { bytes[index...].starts(with: $0) }) else { return false }
            default:
                continue
            }
        }
        return true
    }

    static func unescape(_ escaped: String) -> String {
        var bytes: [UInt8] = []
        let source = Array(escaped.utf8)
        let entities: [(String, UInt8)] = [("&amp;", 0x26), ("&lt;", 0x3C), ("&gt;", 0x3E), ("&quot;", 0x22), ("&#39;", 0x27)]
        var index = 0
        outer: while index < source.count {
            for (entity, byte) in entities where source[index...].starts(with: entity.utf8) {
                bytes.append(byte)
                index += entity.utf8.count
                continue outer
            }
            bytes.append(source[index])
            index += 1
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
