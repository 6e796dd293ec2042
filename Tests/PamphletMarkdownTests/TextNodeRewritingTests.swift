import XCTest

@testable import PamphletMarkdown

/// The text-node helpers the glossary linker uses: merging neighbouring text
/// nodes, collecting text outside excluded nodes, and isolate + wrapInline.
final class TextNodeRewritingTests: XCTestCase {
    func testConsolidateMergesNeighbouringTextNodes() throws {
        let document = MarkdownDocument(parsing: "The double helix [shape] here.")
        let text = try XCTUnwrap(document.nodes(of: .text).first)
        let range = try XCTUnwrap(text.literal?.range(of: "helix"))
        _ = document.isolate(range, in: text)
        XCTAssertEqual(document.nodes(of: .text).compactMap(\.literal), ["The double ", "helix", " [shape] here."])
        let before = document.renderHTML()
        document.consolidateTextNodes()
        XCTAssertEqual(document.nodes(of: .text).compactMap(\.literal), ["The double helix [shape] here."])
        XCTAssertEqual(document.renderHTML(), before)
    }

    func testTextNodesSkipExcludedKinds() {
        let document = MarkdownDocument(parsing: "## Title\n\nPlain *em* [link](x) ![alt](y.png) `code`\n")
        let texts = document.textNodes(excluding: [.heading, .link, .image]).compactMap(\.literal)
        XCTAssertEqual(texts, ["Plain ", "em", " ", " ", " "])
    }

    /// Several ranges at once: the text is split once, the pieces between kept.
    func testIsolateSeveralRangesThenWrapEach() throws {
        let document = MarkdownDocument(parsing: "DNA and RNA, then DNA again")
        let text = try XCTUnwrap(document.nodes(of: .text).first)
        let literal = try XCTUnwrap(text.literal)
        let first = try XCTUnwrap(literal.range(of: "DNA"))
        let second = try XCTUnwrap(literal.range(of: "RNA"))
        let third = try XCTUnwrap(literal.range(of: "again"))
        let isolated = document.isolate([first, second, third], in: text)
        XCTAssertEqual(isolated.compactMap(\.literal), ["DNA", "RNA", "again"])
        XCTAssertEqual(document.nodes(of: .text).compactMap(\.literal), ["DNA", " and ", "RNA", ", then DNA ", "again"])
        for node in isolated { document.wrapInline(node, before: "<b>", after: "</b>") }
        XCTAssertEqual(document.renderHTML(), "<p><b>DNA</b> and <b>RNA</b>, then DNA <b>again</b></p>\n")
    }

    func testIsolateThenWrapKeepsTheTextAroundIt() throws {
        let document = MarkdownDocument(parsing: "Your DNA is yours.")
        let text = try XCTUnwrap(document.nodes(of: .text).first)
        let literal = try XCTUnwrap(text.literal)
        let range = try XCTUnwrap(literal.range(of: "DNA"))
        let middle = try XCTUnwrap(document.isolate(range, in: text))
        document.wrapInline(middle, before: "<b class=\"t\">", after: "</b>")
        XCTAssertEqual(document.renderHTML(), "<p>Your <b class=\"t\">DNA</b> is yours.</p>\n")
        // What follows the wrapped words is the wrapper's next sibling.
        XCTAssertEqual(middle.parent?.kind, .customInline)
        XCTAssertEqual(middle.parent?.next?.literal, " is yours.")
    }
}
