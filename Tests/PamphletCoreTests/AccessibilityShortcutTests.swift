import Foundation
import PamphletTestSupport
import XCTest

@testable import PamphletCore

/// The accessibility check's shortcuts answer as the Foundation calls they
/// stand in front of: link text trimmed by its ASCII bytes, and the camera
/// file-name pattern ruled out by the first character alone.
final class AccessibilityShortcutTests: XCTestCase {
    func testTrimmedIsFoundationsTrim() {
        let pieces = ["a", "Word", " ", "\t", "\n", "\r\n", "\r", "\u{0B}", "\u{0C}", "\u{85}", "\u{A0}", "\u{2003}", "\u{3000}",
                      "\u{301}", "é", "e\u{301}", "\u{200B}", "\u{2028}", "👍", ".", "-"]
        var generator = SeededGenerator(seed: 31)
        for _ in 0..<3000 {
            let text = (0..<Int.random(in: 0...8, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            XCTAssertEqual(AccessibilityCheck.trimmed(text), text.trimmingCharacters(in: CharacterSet.whitespacesAndNewlines),
                           text.debugDescription)
        }
    }

    func testCameraNamesStartWhereTheShortcutLooks() {
        // Every character up to U+024F, and some beyond, before the rest of a camera name.
        let firsts = (0x20..<0x250).compactMap(Unicode.Scalar.init).map(String.init) + ["\u{212A}", "\u{FB01}", "\u{1E9E}"]
        for first in firsts {
            for rest in ["", "mg_123", "MG 1", "mage-7", "sc1", "hoto9", "creenshot-2", "g1", "1"] {
                let text = first + rest
                let matches = text.range(
                    of: #"^(img|image|dsc|photo|screenshot)[-_ ]?\d+"#, options: [.regularExpression, .caseInsensitive]) != nil
                if matches { XCTAssertTrue(AccessibilityCheck.mayStartLikeCameraName(text), text.debugDescription) }
            }
        }
        XCTAssertTrue(AccessibilityCheck.looksLikeFileName("IMG_2041"))
        XCTAssertTrue(AccessibilityCheck.looksLikeFileName("dsc 7"))
        XCTAssertFalse(AccessibilityCheck.looksLikeFileName("A nurse taking blood pressure"))
    }
}

extension AccessibilityShortcutTests {
    func testASCIIShortcutsAnswerAsFoundation() {
        let pieces = ["Click", " ", "  ", "here", "HTTP://", "https://", "WwW.", ".", "!", "(", ")", "$", "+", "~", "`", "|", "^", "-", "_",
                      "'", "\"", "\t", "\n", "more", "é", "\u{301}", "\u{212A}", "İ", "ſ", "\u{A0}", ":", "/", "x1", "@", "#"]
        var generator = SeededGenerator(seed: 41)
        let every = (0..<128).map { String(UnicodeScalar(UInt8($0))) }
        let texts = (0..<4000).map { _ in
            (0..<Int.random(in: 0...9, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
        } + every + every.map { "a" + $0 + " b" + $0 }
        for text in texts {
            XCTAssertEqual(AccessibilityCheck.normalized(text), AccessibilityCheck.normalizedByFoundation(text), text.debugDescription)
            let lower = text.lowercased()
            XCTAssertEqual(AccessibilityCheck.isBareURL(text),
                           lower.hasPrefix("http://") || lower.hasPrefix("https://") || lower.hasPrefix("www."), text.debugDescription)
            let letters = text.utf8.filter { ($0 >= 0x30 && $0 <= 0x39) || ($0 | 0x20 >= 0x61 && $0 | 0x20 <= 0x7A) }.count
            XCTAssertEqual(AccessibilityCheck.mayBeVague(text), letters <= AccessibilityCheck.vagueLinkText.map {
                $0.utf8.filter { $0 != UInt8(ascii: " ") }.count }.max()!, text.debugDescription)
        }
    }
}
