import XCTest
@testable import PamphletMarkdown

/// The byte scans that decide whether a page needs the table, definition
/// list, footnote and callout passes at all: a scan that missed a marker
/// at the text's edges would leave that Markdown unrendered.
final class ByteScanTests: XCTestCase {
    func testMarkersAreFoundAnywhereAndOnlyWhole() {
        let marker = Array("[!".utf8)
        XCTAssertTrue(MarkdownDocument.contains(marker, in: "[!NOTE]"))
        XCTAssertTrue(MarkdownDocument.contains(marker, in: "text [!"))
        XCTAssertTrue(MarkdownDocument.contains(marker, in: "[ [ é [!"))
        XCTAssertFalse(MarkdownDocument.contains(marker, in: "text ["))
        XCTAssertFalse(MarkdownDocument.contains(marker, in: "! ["))
        XCTAssertFalse(MarkdownDocument.contains(marker, in: ""))
        XCTAssertTrue(MarkdownDocument.contains(byte: UInt8(ascii: "|"), in: "a | b"))
        XCTAssertTrue(MarkdownDocument.contains(byte: UInt8(ascii: "|"), in: "|"))
        XCTAssertFalse(MarkdownDocument.contains(byte: UInt8(ascii: "|"), in: "no pipe here"))
    }

    func testDefinitionLinesStartWithAColonAndASpaceOrTab() {
        XCTAssertTrue(MarkdownDocument.hasDefinitionLine(": first"))
        XCTAssertTrue(MarkdownDocument.hasDefinitionLine("Term\n: its meaning"))
        XCTAssertTrue(MarkdownDocument.hasDefinitionLine("Term\r\n:\tits meaning"))
        XCTAssertTrue(MarkdownDocument.hasDefinitionLine("Time: 10:30\nTerm\n: meaning"))
        XCTAssertFalse(MarkdownDocument.hasDefinitionLine("Time: 10:30"))
        XCTAssertFalse(MarkdownDocument.hasDefinitionLine("Term\n:meaning"))
        XCTAssertFalse(MarkdownDocument.hasDefinitionLine("Term\n:"))
        XCTAssertFalse(MarkdownDocument.hasDefinitionLine("Term\n  : indented"))
    }
}
