import XCTest

@testable import PamphletMarkdown

/// Table cells, terms, definitions and notes are parsed by cmark one by one.
/// A page with thousands of them must cost work in proportion to its size:
/// the bytes handed to cmark are counted, not timed.
final class FragmentWorkTests: XCTestCase {
    /// 5,000 rows, each naming its own link reference: each cell is parsed
    /// with the one definition it names, and nothing for the lines above it.
    func testALongTableIsParsedOnceWithTheReferencesItsCellsName() {
        let rows = 5000
        let markdown = "| Dose | Where |\n| --- | --- |\n"
            + (0..<rows).map { "| \($0) mg | [leaflet][l\($0)] |\n" }.joined()
            + "\n" + (0..<rows).map { "[l\($0)]: https://example.org/\($0)\n" }.joined()
        let document = MarkdownDocument(parsing: markdown)
        var issues: [MarkdownIssue] = []
        let tables = document.buildTables(words: .english, issues: &issues)
        XCTAssertEqual(tables.first?.cells.count, 2 + 2 * rows)
        XCTAssertLessThan(document.fragmentBytes, 4 * markdown.utf8.count)
        XCTAssertFalse(document.skippedReferences)
        let links = document.nodes(of: .link)
        XCTAssertEqual(links.count, rows)
        XCTAssertEqual(links.last?.url, "https://example.org/\(rows - 1)")
        // Nodes parsed on their own still say which line of the page they are on.
        XCTAssertEqual(links.last?.startLine, 2 + rows)
    }

    func testALongDefinitionListIsParsedOnce() {
        let entries = 5000
        let markdown = (0..<entries).map { "Term \($0)\n: Definition \($0), see [the leaflet][l].\n\n" }.joined()
            + "[l]: https://example.org/leaflet\n"
        let document = MarkdownDocument(parsing: markdown)
        let lists = document.buildDefinitionLists()
        XCTAssertEqual(lists.terms.count, entries)
        XCTAssertLessThan(document.fragmentBytes, 4 * markdown.utf8.count)
        XCTAssertEqual(document.nodes(of: .link).count, entries)
        XCTAssertEqual(lists.terms.last?.line, 3 * entries - 2)
        XCTAssertEqual(document.nodes(of: .link).last?.startLine, 3 * entries - 1)
    }

    /// Cells that all name one very long definition would cost cells × its
    /// length; past a few times the page's size the rest stay text, and the
    /// page says so.
    func testReferencesPastThePagesBudgetAreLeftAsText() {
        let cells = 2000
        let markdown = "| a | b |\n| --- | --- |\n" + String(repeating: "| [x][long] | c |\n", count: cells)
            + "\n[long]: https://example.org/ \"" + String(repeating: "t", count: 2000) + "\"\n"
        let document = MarkdownDocument(parsing: markdown)
        var issues: [MarkdownIssue] = []
        _ = document.buildTables(words: .english, issues: &issues)
        XCTAssertTrue(document.skippedReferences)
        XCTAssertLessThan(document.fragmentBytes, 5 * markdown.utf8.count + 65_536 + 2100)
        XCTAssertGreaterThan(document.nodes(of: .link).count, 0)
        XCTAssertLessThan(document.nodes(of: .link).count, cells)
    }

    func testLabelsMatchAsCmarkMatchesThem() {
        var references = ReferenceDefinitions("[Heart  Attack]: /heart\n[STRASSE]: /street\n[a\\]b]: /escaped\n")
        XCTAssertEqual(references.named(in: "see [heart attack][]"), "[Heart  Attack]: /heart")
        XCTAssertEqual(references.named(in: "[Straße]"), "[STRASSE]: /street")
        XCTAssertEqual(references.named(in: "[x][a\\]b]"), "[a\\]b]: /escaped")
        XCTAssertEqual(references.named(in: "[nothing]"), "")
        var issues: [MarkdownIssue] = []
        let cell = MarkdownDocument(parsing: "| a |\n| - |\n| [Heart attack] |\n\n[heart ATTACK]: /heart\n")
        _ = cell.buildTables(words: .english, issues: &issues)
        XCTAssertEqual(cell.nodes(of: .link).map(\.url), ["/heart"])
    }

    /// Paragraphs one after another with no blank line between (each after a
    /// heading) are one run of lines: it is read once, not once per paragraph.
    func testLinesWithNoDefinitionAfterThemAreReadOnce() {
        let lines = (0..<6).map { ArraySlice(Array("line \($0)".utf8)) } + [[], ArraySlice(Array(": late".utf8))]
        var noListBefore = 0
        XCTAssertNil(DefinitionListLines(lines: Array(lines.prefix(6)) + [[]], start: 0, isParagraphStart: { _ in true }, noListBefore: &noListBefore))
        XCTAssertEqual(noListBefore, 6)
        noListBefore = 0
        XCTAssertNotNil(DefinitionListLines(lines: lines, start: 2, isParagraphStart: { _ in true }, noListBefore: &noListBefore))
        XCTAssertEqual(noListBefore, 0)
    }
}
