import XCTest

@testable import PamphletCore

/// A finding quotes the writer's text; a megabyte word must not make a megabyte message.
final class DiagnosticLengthTests: XCTestCase {
    func testLongMessagesAreCutAtAScalar() {
        let word = String(repeating: "é", count: 600_000)
        let diagnostic = Diagnostic.warning("hardest words: \(word)", file: "content/a.md", code: "readability")
        XCTAssertLessThanOrEqual(diagnostic.message.utf8.count, Diagnostic.longestMessage)
        XCTAssertTrue(diagnostic.message.hasPrefix("hardest words: éé"))
        XCTAssertTrue(diagnostic.message.hasSuffix("… (cut: 1200015 bytes in all)"), diagnostic.message.suffix(60).description)
        XCTAssertEqual(Diagnostic.warning("short", code: "x").message, "short")
    }
}
