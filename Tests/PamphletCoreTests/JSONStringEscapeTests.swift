import Foundation
import PamphletTestSupport
import XCTest

@testable import PamphletCore

/// `JSONValue` writes a string's bytes eight at a time where none needs an
/// escape; what it writes is what escaping one scalar at a time writes.
final class JSONStringEscapeTests: XCTestCase {
    func testSkippingWordsWritesWhatEscapingEachScalarWrites() {
        var random = SeededGenerator(seed: 19)
        // Every escaped byte, bytes next to them (0x7F, `'`, `/`, `=`), and
        // scalars whose UTF-8 starts with 0xE2 but are not escaped (U+2027, U+20AC).
        let pieces = [
            "a", "Z", "0", " ", "é", "中", "😀", "\u{2027}", "\u{20AC}", "\u{2028}", "\u{2029}", "\"", "\\", "<", ">", "&",
            "\n", "\r", "\t", "\u{8}", "\u{C}", "\u{1}", "\u{1F}", "\u{7F}", "/", "'", "=", "#", "plain words ",
        ]
        for _ in 0..<4_000 {
            var text = ""
            for _ in 0..<Int.random(in: 0...40, using: &random) { text += pieces.randomElement(using: &random)! }
            if Bool.random(using: &random) {
                // Long plain runs, so whole words are skipped before and after what needs an escape.
                text = String(repeating: "plain text ", count: Int.random(in: 1...4, using: &random)) + text + "tail end of it"
            }
            XCTAssertEqual(JSONValue.string(text).scriptSafeText, Self.escapedScalarByScalar(text), text.debugDescription)
        }
    }

    /// JSON string escaping as `scriptSafeText` promises it, one scalar at a time.
    private static func escapedScalarByScalar(_ text: String) -> String {
        let escapes: [Unicode.Scalar: String] = [
            "\"": "\\\"", "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\u{8}": "\\b", "\u{C}": "\\f",
            "<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u{2028}": "\\u2028", "\u{2029}": "\\u2029",
        ]
        var out = "\""
        for scalar in text.unicodeScalars {
            if let escape = escapes[scalar] {
                out += escape
            } else if scalar.value < 0x20 {
                out += String(format: "\\u%04x", scalar.value)
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
