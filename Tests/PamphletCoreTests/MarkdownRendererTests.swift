import PamphletMarkdown
import XCTest
@testable import PamphletCore

final class MarkdownRendererTests: XCTestCase {
    private func render(
        _ body: String, options: MarkdownDocument.Options = [], severity: Diagnostic.Severity = .error
    ) -> (RenderedMarkdown, [Diagnostic]) {
        renderSamplePage(body, options: options, severity: severity)
    }

    func testHeadingIDsAreUniqueAndMainIsReserved() {
        let (result, diagnostics) = render("""
            ## Risks

            ## Risks

            ### Risks

            ## Main

            ## ¿?

            ## ¡!

            ## Terapia génica
            """)
        XCTAssertEqual(diagnostics, [])
        XCTAssertEqual(result.headings.map(\.id), ["risks", "risks-1", "risks-2", "main-1", "section", "section-1", "terapia-génica"])
        XCTAssertEqual(result.headings.map(\.level), [2, 2, 3, 2, 2, 2, 2])
        XCTAssertEqual(result.headings.map(\.line), [6, 8, 10, 12, 14, 16, 18])
        XCTAssertTrue(result.html.contains("<h2 id=\"risks\">\nRisks\n</h2>\n<h2 id=\"risks-1\">\nRisks\n</h2>\n<h3 id=\"risks-2\">\nRisks\n</h3>"), result.html)
        XCTAssertTrue(result.html.contains("<h2 id=\"main-1\">\nMain\n</h2>"))
        XCTAssertFalse(result.html.contains("id=\"main\""))
    }

    func testGeneratedIDsDoNotCollideWithWrittenOnes() {
        let (result, _) = render("## Risks\n\n## Risks 1\n\n## Risks\n")
        XCTAssertEqual(result.headings.map(\.id), ["risks", "risks-1", "risks-2"])
        XCTAssertEqual(Set(result.headings.map(\.id)).count, 3)
    }

    func testUniqueIDHelper() {
        var used: [String: Int] = ["main": 0]
        XCTAssertEqual(MarkdownRenderer.uniqueID("main", used: &used), "main-1")
        XCTAssertEqual(MarkdownRenderer.uniqueID("main", used: &used), "main-2")
        XCTAssertEqual(MarkdownRenderer.uniqueID("a", used: &used), "a")
        XCTAssertEqual(MarkdownRenderer.uniqueID("a-1", used: &used), "a-1")
        XCTAssertEqual(MarkdownRenderer.uniqueID("a", used: &used), "a-2")
    }

    /// A page's small list of ids gives the Dictionary's answers, before and after it turns into one (past 32 ids).
    func testUsedIDsAgreeWithADictionary() {
        var generator = SystemRandomNumberGenerator()
        let bases = ["main", "risks", "risks-1", "risks-2", "a", "a-1", "caf\u{E9}", "cafe\u{301}", "section", "term-dna", "term-dna-1"]
        for round in 0..<40 {
            var dictionary: [String: Int] = ["main": 0]
            var list = UsedIDs()
            list["main"] = 0
            for step in 0..<(round * 3) {
                let base = step % 4 == 0 ? "h\(step)" : bases.randomElement(using: &generator)!
                XCTAssertEqual(MarkdownRenderer.uniqueID(base, used: &list), MarkdownRenderer.uniqueID(base, used: &dictionary), "\(round) \(step) \(base)")
                XCTAssertEqual(list[base], dictionary[base])
            }
            for base in bases { XCTAssertEqual(list[base], dictionary[base], base) }
        }
    }

    func testHeadingKeepsInlineMarkupAndPlainTitle() {
        let (result, _) = render("## What *is* a `gene`?\n")
        XCTAssertEqual(result.headings, [Heading(level: 2, title: "What is a gene?", id: "what-is-a-gene", line: 6)])
        XCTAssertEqual(result.html, "<h2 id=\"what-is-a-gene\">\nWhat <em>is</em> a <code>gene</code>?\n</h2>\n")
    }

    func testInternalLinksAreRewrittenAndRecorded() {
        let (result, diagnostics) = render("""
            See [cells](cells.md#division), [the section](_index.md), [home](../_index.md),
            ![a cell](../images/cell.svg) and [elsewhere](https://example.com/).
            """)
        XCTAssertEqual(diagnostics, [])
        XCTAssertTrue(result.html.contains("<a href=\"/genes/cells/#division\">cells</a>"), result.html)
        XCTAssertTrue(result.html.contains("<a href=\"/genes/\">the section</a>"))
        XCTAssertTrue(result.html.contains("<a href=\"/\">home</a>"))
        XCTAssertTrue(result.html.contains("<img src=\"/images/cell.svg\" alt=\"a cell\" />"))
        XCTAssertTrue(result.html.contains("<a href=\"https://example.com/\">elsewhere</a>"))
        XCTAssertEqual(result.links.count, 5)
        XCTAssertEqual(result.links[0].destination, "cells.md#division")
        XCTAssertEqual(result.links[0].fragment, "division")
        XCTAssertNotNil(result.links[0].targetPage)
        XCTAssertEqual(result.links[0].position, SourcePosition(line: 6, column: 5))
        XCTAssertEqual(result.links[3].kind, .image)
        XCTAssertEqual(result.links[3].position, SourcePosition(line: 7, column: 1))
        XCTAssertNil(result.links[4].targetPage)
    }

    func testBrokenLinksAreReportedWhereTheyAre() {
        let (_, diagnostics) = render("Intro.\n\nRead [this](cels.md) now.\n")
        XCTAssertEqual(diagnostics.count, 1)
        XCTAssertEqual(diagnostics[0].description,
                       "content/genes/what-is-dna.md:8:6: error: the link 'cels.md' points to content/genes/cels.md, which does not exist; did you mean 'genes/cells.md'? [broken-link]")
        let (_, lowered) = render("Read [this](cels.md) now.\n", severity: .warning)
        XCTAssertEqual(lowered.map(\.severity), [.warning])
    }

    func testEmptyLinksAreLeftToTheChecks() {
        let (_, diagnostics) = render("An [empty]() link.\n")
        XCTAssertEqual(diagnostics, [])
    }

    func testSummaryProseAndWordCount() {
        let (result, _) = render("""
            # Title

            First *real* paragraph.

            - A list item

            > A quote

            Second paragraph.
            """)
        XCTAssertEqual(result.summary, "First real paragraph.")
        XCTAssertEqual(result.prose.map(\.kind), [.heading, .paragraph, .listItem, .blockQuote, .paragraph])
        XCTAssertEqual(result.prose.map(\.line), [6, 8, 10, 12, 14])
        XCTAssertEqual(result.wordCount, 11)
    }

    func testLongSummariesAreCutAtAWord() {
        let words = Array(repeating: "word", count: 100).joined(separator: " ")
        let summary = MarkdownRenderer.summary(words)
        XCTAssertTrue(summary.hasSuffix("word…"))
        XCTAssertLessThanOrEqual(summary.count, 301)
        XCTAssertEqual(MarkdownRenderer.summary("short"), "short")
    }

    /// Exactly 300 Characters stay whole, 301 are cut, counted in Characters (not bytes) for accents and emoji.
    func testSummaryCutsAfterThreeHundredCharacters() {
        for piece in ["a", "é", "e\u{301}", "\u{1F9EC}", "\r\n"] {
            for count in [299, 300, 301, 302] {
                let text = String(repeating: piece + " ", count: count / 2) + (count % 2 == 1 ? piece : "")
                XCTAssertEqual(text.count, count)
                let summary = MarkdownRenderer.summary(text)
                if count <= 300 {
                    XCTAssertEqual(summary, text)
                } else {
                    let cut = text.prefix(300)
                    XCTAssertEqual(summary, cut[..<(cut.lastIndex(of: " ") ?? cut.endIndex)] + "…")
                }
            }
        }
    }

    func testRawHTMLFollowsTheSiteSetting() {
        XCTAssertFalse(render("<em class=x>hi</em>\n").0.html.contains("<em class"))
        XCTAssertTrue(render("<em class=x>hi</em>\n", options: .unsafeHTML).0.html.contains("<em class=x>hi</em>"))
    }

    func testEmptyBodyRendersNothing() {
        let (result, diagnostics) = render("")
        XCTAssertEqual(result.html, "")
        XCTAssertEqual(result.headings, [])
        XCTAssertEqual(diagnostics, [])
    }
}
