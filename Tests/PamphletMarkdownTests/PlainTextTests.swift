import Foundation
import XCTest
@testable import PamphletMarkdown

/// `plainTextTrimmingASCIISpaces` is `plainText` trimmed of Unicode's
/// horizontal spaces whenever it answers, and it leaves to the caller only
/// texts whose ends are not ASCII.
final class PlainTextTests: XCTestCase {
    func testTrimmedPlainTextIsPlainTextTrimmed() {
        let pieces = ["word", " ", "\t", "  ", "*em*", "**strong**", "`code`", "[link](x.md)", "![alt](i.png)", "<b>", "é",
                      "\u{A0}", "\u{2003}", "\u{3000}", "e\u{301}", "\n", "  \n", "\\\n", "&amp;", "&nbsp;", "&#x2003;", "1."]
        var state: UInt64 = 11
        func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
        var answered = 0, deferred = 0
        for _ in 0..<1500 {
            let markdown = (0..<next(12)).map { _ in pieces[next(pieces.count)] }.joined()
            let document = MarkdownDocument(parsing: "# " + markdown + "\n\n" + markdown + "\n\n- " + markdown + "\n")
            for node in document.allNodes() where node.kind == .heading || node.kind == .paragraph {
                let expected = node.plainText.trimmingCharacters(in: .whitespaces)
                if let fast = node.plainTextTrimmingASCIISpaces {
                    XCTAssertEqual(fast, expected, markdown.debugDescription)
                    answered += 1
                } else {
                    XCTAssertTrue(node.plainText.unicodeScalars.contains { $0.value >= 0x80 }, markdown.debugDescription)
                    deferred += 1
                }
            }
        }
        XCTAssertGreaterThan(answered, 1000)
        XCTAssertGreaterThan(deferred, 100)
    }
}
