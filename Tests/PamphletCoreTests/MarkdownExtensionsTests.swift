import PamphletMarkdown
import XCTest
@testable import PamphletCore

/// Tables, callouts, footnotes, heading ids and raw HTML through the
/// renderer a build uses, with the real cmark and Gumbo.
final class MarkdownExtensionsTests: XCTestCase {
    private func render(
        _ body: String, options: MarkdownDocument.Options = [], headingIDs: HeadingIDStyle = .github,
        emergency: String? = "911", basePath: String = "/"
    ) -> (RenderedMarkdown, [Diagnostic]) {
        renderSamplePage(body, options: options, basePath: basePath) { renderer in
            renderer.headingIDs = headingIDs
            renderer.words = ["en": .english]
            if let emergency { renderer.emergencyNumbers = ["en": emergency] }
        }
    }

    // MARK: Heading ids

    func testHeadingIDsAreGitHubsByDefault() {
        // Expected ids as GitHub and Hugo (autoHeadingIDType = "github") write them.
        let (result, _) = render("""
            ## Who's covered?

            ## Terapia génica

            ## Step 1 - apply_now

            ## C++ & you

            ## Who's covered?
            """)
        XCTAssertEqual(result.headings.map(\.id), ["whos-covered", "terapia-génica", "step-1---apply_now", "c--you", "whos-covered-1"])
        let (ascii, _) = render("## Who's covered?\n\n## Terapia génica\n", headingIDs: .ascii)
        XCTAssertEqual(ascii.headings.map(\.id), ["who-s-covered", "terapia-genica"])
    }

    func testCustomHeadingIDs() {
        let (result, diagnostics) = render("## Costs {#costs}\n\n## Who *pays* {#who-pays}\n\n## Again {#costs}\n\n## Costs\n")
        XCTAssertEqual(result.headings.map(\.id), ["costs", "who-pays", "costs-1", "costs-2"])
        XCTAssertEqual(result.headings.map(\.title), ["Costs", "Who pays", "Again", "Costs"])
        XCTAssertTrue(result.html.hasPrefix("<h2 id=\"costs\">\nCosts\n</h2>\n<h2 id=\"who-pays\">\nWho <em>pays</em>\n</h2>"), result.html)
        XCTAssertEqual(diagnostics.map(\.code), ["heading-id"])
        XCTAssertEqual(diagnostics.first?.line, 10)
    }

    func testLinksToNonASCIIHeadingsMatchEncodedOrNot() {
        let resolver = LinkResolver(tree: makeTree([makePage("_index.md", title: "Home"), makePage("a.md", title: "A")]), staticFiles: [], basePath: "/")
        XCTAssertEqual(resolver.resolve("a.md#terapia-g%C3%A9nica", from: "_index.md"), .page(index: 1, url: "/a/", fragment: "terapia-génica"))
    }

    // MARK: Query strings

    func testQueryStringsAreKeptAndIgnoredWhenChecking() {
        let (result, diagnostics) = render("[a](cells.md?x=1#top) [b](/genes/cells/?facilityType=benefits) [c](../images/cell.svg?v=2) [d](missing.md?x=1)\n")
        XCTAssertTrue(result.html.contains("href=\"/genes/cells/?x=1#top\""), result.html)
        XCTAssertTrue(result.html.contains("href=\"/genes/cells/?facilityType=benefits\""), result.html)
        XCTAssertTrue(result.html.contains("href=\"/images/cell.svg?v=2\""), result.html)
        XCTAssertEqual(diagnostics.map(\.code), ["broken-link"])
        XCTAssertEqual(result.links.first?.fragment, "top")
    }

    // MARK: Tables

    func testTableCellsAreReadOneByOneAndTheirLinksResolved() {
        let (result, diagnostics) = render("| Vaccine | Where |\n| --- | --- |\n| Flu | [cells](cells.md) |\n| Tetanus | [gone](gone.md) |\n")
        XCTAssertTrue(result.html.contains("<td><a href=\"/genes/cells/\">cells</a></td>"), result.html)
        XCTAssertEqual(result.prose.map(\.text), ["Vaccine", "Where", "Flu", "cells", "Tetanus", "gone"])
        XCTAssertEqual(result.prose.map(\.kind), Array(repeating: .listItem, count: 6))
        XCTAssertEqual(diagnostics.map(\.code), ["broken-link"])
        XCTAssertEqual(diagnostics.first?.line, 9)
        // At the link's column in its row, not in its cell.
        XCTAssertEqual(diagnostics.first?.column, 13)
    }

    func testATableWithoutAHeaderIsAWarningAtItsLine() {
        let (_, diagnostics) = render("Text.\n\n| | |\n|-|-|\n| a | b |\n")
        XCTAssertEqual(diagnostics.map(\.code), ["table-header"])
        XCTAssertEqual(diagnostics.first?.line, 8)
    }

    // MARK: Callouts

    func testGitHubAlerts() {
        let (result, diagnostics) = render("> [!WARNING]\n> Do not take this with *alcohol*.\n")
        XCTAssertEqual(diagnostics, [])
        XCTAssertEqual(result.html, """
            <div class="callout callout-warning">
            <p class="callout-title">
            Warning
            </p>
            <p>Do not take this with <em>alcohol</em>.</p>
            </div>

            """)
    }

    func testCareCardsHaveAHeadingAndAScreenReaderPrefix() {
        let (result, _) = render("> [!EMERGENCY]\n> - chest pain\n\n> [!urgent] Ask for an *urgent* appointment if:\n> you feel worse\n")
        XCTAssertTrue(result.html.contains("""
            <div class="callout callout-emergency">
            <p class="callout-title">
            <span class="visually-hidden">Immediate action required: </span>Call 911 if:
            </p>
            <ul>
            <li>chest pain</li>
            </ul>
            </div>
            """), result.html)
        XCTAssertTrue(result.html.contains("""
            <p class="callout-title">
            <span class="visually-hidden">Urgent advice: </span>Ask for an <em>urgent</em> appointment if:
            </p>
            <p>you feel worse</p>
            """), result.html)
    }

    func testAnUnknownCalloutIsAnErrorWithDidYouMean() {
        let (result, diagnostics) = render("> [!WARN]\n> Careful.\n")
        XCTAssertEqual(diagnostics.map(\.code), ["callout-kind"])
        XCTAssertEqual(diagnostics.first?.severity, .error)
        XCTAssertTrue(diagnostics.first?.message.contains("did you mean [!WARNING]?") ?? false, diagnostics.first?.message ?? "")
        XCTAssertEqual(diagnostics.first?.line, 6)
        XCTAssertTrue(result.html.hasPrefix("<blockquote>"))
    }

    func testAnEmergencyCalloutNeedsANumber() {
        let (_, diagnostics) = render("> [!EMERGENCY]\n> Chest pain.\n", emergency: nil)
        XCTAssertEqual(diagnostics.map(\.code), ["callout-kind"])
        let (_, written) = render("> [!EMERGENCY] Call 999 if:\n> Chest pain.\n", emergency: nil)
        XCTAssertEqual(written, [])
    }

    // MARK: Footnotes

    func testFootnotes() {
        let (result, diagnostics) = render("""
            Statins lower cholesterol[^1] and risk[^risk].
            Again[^1]. Missing[^nope].

            [^1]: A [study](cells.md).
            [^risk]: Of heart attack.
                Continued.
            [^unused]: Never used.
            """)
        XCTAssertTrue(result.html.hasPrefix("""
            <p>Statins lower cholesterol<sup class="footnote-ref"><a href="#fn-1" id="fnref-1">1</a></sup> and risk<sup class="footnote-ref"><a href="#fn-2" id="fnref-2">2</a></sup>.
            Again<sup class="footnote-ref"><a href="#fn-1" id="fnref-1-2">1</a></sup>. Missing[^nope].</p>
            <section class="footnotes">
            <h2 class="footnotes-title">Notes</h2>
            <ol>
            <li id="fn-1">
            <p>A <a href="/genes/cells/">study</a>. <a href="#fnref-1" class="footnote-back" aria-label="Back to note 1 in the text">↩</a></p>
            </li>
            <li id="fn-2">
            <p>Of heart attack.
            Continued. <a href="#fnref-2"
            """), result.html)
        XCTAssertEqual(Set(result.anchors), ["fnref-1", "fnref-2", "fnref-1-2", "fn-1", "fn-2"])
        XCTAssertEqual(diagnostics.map(\.code), ["footnote", "footnote"])
        XCTAssertEqual(diagnostics.map(\.line), [7, 12])
    }

    /// A note's second reference is `fnref-N-2` even when notes 10 and up
    /// exist (whose ids also start `fnref-1`).
    func testRepeatedReferencesAreCountedPerNote() {
        let notes = (1...12).map { "[^\($0)]" }.joined(separator: " ")
        let definitions = (1...12).map { "[^\($0)]: Note \($0)." }.joined(separator: "\n")
        let (result, diagnostics) = render("Text \(notes) and again[^1][^1].\n\n\(definitions)\n")
        XCTAssertEqual(diagnostics, [])
        XCTAssertTrue(result.html.contains("id=\"fnref-1-2\">1</a></sup><sup class=\"footnote-ref\"><a href=\"#fn-1\" id=\"fnref-1-3\">1</a>"), result.html)
        XCTAssertEqual(Set(result.anchors).count, result.anchors.count)
    }

    func testFootnotesInListsAndBlockQuotes() {
        let (result, diagnostics) = render("""
            - Take it with food.[^food]

              [^food]: Or a glass of milk.

            > Rest for a day.[^rest]
            >
            > [^rest]: Two if you can.
            >     Or three.
            >
            > Then go back to work.
            """)
        XCTAssertEqual(diagnostics, [])
        XCTAssertTrue(result.html.contains("<li id=\"fn-1\">\n<p>Or a glass of milk. <a href=\"#fnref-1\""), result.html)
        XCTAssertTrue(result.html.contains("<li id=\"fn-2\">\n<p>Two if you can.\nOr three. <a href=\"#fnref-2\""), result.html)
        // The quote goes on after the note.
        XCTAssertTrue(result.html.contains("<blockquote>\n<p>Rest for a day.<sup class=\"footnote-ref\"><a href=\"#fn-2\" id=\"fnref-2\">2</a></sup></p>\n<p>Then go back to work.</p>\n</blockquote>"), result.html)
    }

    func testReferenceLinksInCellsNotesAndDefinitions() {
        let (result, diagnostics) = render("""
            | Where | Notes |
            | --- | --- |
            | [cells][] | See [the page][c].[^1] |

            Cell
            : Read [cells][].

            [^1]: Also [cells][].

            [cells]: cells.md
            [c]: cells.md#top
            """)
        XCTAssertEqual(diagnostics.filter { $0.code == "broken-link" }.map(\.message), [])
        XCTAssertEqual(result.html.components(separatedBy: "<a href=\"/genes/cells/\">cells</a>").count - 1, 3, result.html)
        XCTAssertTrue(result.html.contains("<a href=\"/genes/cells/#top\">the page</a>"), result.html)
    }

    func testLinksInTermsAndDefinitionsAreReportedWhereTheyAre() {
        let (_, diagnostics) = render("Intro.\n\n  [Carrier](gone.md)\n:   See [variant](missing.md).\n")
        XCTAssertEqual(diagnostics.map(\.code), ["broken-link", "broken-link"])
        XCTAssertEqual(diagnostics.map(\.line), [8, 9])
        XCTAssertEqual(diagnostics.map(\.column), [3, 9])
    }

    func testDefinitionListsThroughTheRenderer() {
        let (result, diagnostics) = render("""
            ## Carrier

            Carrier
            : A person with one changed copy of a gene. See [variant](#variant).

            Variant
            : A change in a gene.
            """)
        XCTAssertEqual(diagnostics, [])
        // Headings keep their ids; a term with the same words gets the next one.
        XCTAssertTrue(result.html.contains("<dt id=\"carrier-1\">Carrier</dt>\n<dd>A person with one changed copy of a gene. See <a href=\"#variant\">variant</a>.</dd>\n<dt id=\"variant\">Variant</dt>"), result.html)
        XCTAssertTrue(result.anchors.contains("variant"))
        // Each term and definition is read on its own.
        XCTAssertEqual(result.prose.map(\.text), ["Carrier", "Carrier", "A person with one changed copy of a gene. See variant.", "Variant", "A change in a gene."])
    }

    func testFootnoteDefinitionsInCodeAreLeftAlone() {
        let (result, diagnostics) = render("```\n[^1]: not a note\n```\n")
        XCTAssertTrue(result.html.contains("[^1]: not a note"))
        XCTAssertEqual(diagnostics, [])
    }

    // MARK: Raw HTML

    func testRawHTMLIdsAreAnchorsAndItsLinksAreCheckedAndRewritten() {
        let body = """
            <h2 id="eligibility">Eligibility</h2>

            See <a href="cells.md#top">cells</a>, <span id='inline-anchor'>x</span> and <a href="/genes/cells/?x=1">this</a>.

            <div><img src="../images/cell.svg" alt="A cell"><a href="missing.md">gone</a></div>
            """
        let (result, diagnostics) = render(body, options: [.unsafeHTML], basePath: "/health/")
        XCTAssertEqual(Set(result.anchors), ["eligibility", "inline-anchor"])
        XCTAssertTrue(result.html.contains("<a href=\"/health/genes/cells/#top\">cells</a>"), result.html)
        XCTAssertTrue(result.html.contains("<a href=\"/health/genes/cells/?x=1\">this</a>"), result.html)
        XCTAssertTrue(result.html.contains("<img src=\"/health/images/cell.svg\" alt=\"A cell\">"), result.html)
        XCTAssertEqual(diagnostics.map(\.code), ["broken-link"])
        XCTAssertEqual(diagnostics.first?.line, 10)
        // The fragment is checked once every page is known; the link's text is not judged.
        XCTAssertEqual(result.links.filter(\.isRawHTML).map(\.fragment), ["top"])
    }

    func testRawHTMLIsNotReadWhenItIsOff() {
        let (result, diagnostics) = render("<span id=\"x\"><a href=\"missing.md\">a</a></span>\n")
        XCTAssertEqual(result.anchors, [])
        XCTAssertEqual(diagnostics, [])
    }

    func testGumboReadsQuotesEntitiesAndCommentsAsABrowserDoes() {
        let html = "<!-- <a href=\"no.md\"> --><a title='a > b' href=x.md?a=1&amp;b=2>t</a><script>var s = '<a href=\"no2.md\">';</script>"
        let attributes = RawHTML.attributes(in: html)
        XCTAssertEqual(attributes.map(\.value), ["x.md?a=1&b=2"])
        XCTAssertEqual(RawHTML.replacing(html, [(attributes[0].range, "/x/?a=1&b=2")]),
                       "<!-- <a href=\"no.md\"> --><a title='a > b' href=\"/x/?a=1&amp;b=2\">t</a><script>var s = '<a href=\"no2.md\">';</script>")
    }

    // MARK: Settings

    func testSiteSettings() {
        var diagnostics: [Diagnostic] = []
        let config = SiteConfig.load(
            text: "markdown:\n  heading_ids: ascii\nemergency_number: \"911\"\nlanguages:\n  - code: en\n    default: true\n  - code: es\n    emergency_number: \"112\"\n  - code: fr\n",
            file: "site.yml", diagnostics: &diagnostics)
        XCTAssertEqual(diagnostics, [])
        XCTAssertEqual(config.markdown.headingIDs, .ascii)
        XCTAssertEqual(Stages.emergencyNumbers(config), ["en": "911", "es": "112", "fr": "911"])
        var bad: [Diagnostic] = []
        _ = SiteConfig.load(text: "markdown:\n  heading_ids: hugo\n", file: "site.yml", diagnostics: &bad)
        XCTAssertEqual(bad.map(\.code), ["config"])
        XCTAssertEqual(SiteConfig().markdown.headingIDs, .github)
    }

    func testWordsComeFromTheI18nTableWithEnglishFillingGaps() {
        let words = MarkdownWords(strings: ["callout_urgent": "Consejo urgente", "table": "Tabla"])
        XCTAssertEqual(words.calloutPrefix[.urgent], "Consejo urgente")
        XCTAssertEqual(words.table, "Tabla")
        XCTAssertEqual(words.calloutHeading[.urgent], "Ask for an urgent appointment if:")
        XCTAssertEqual(MarkdownWords.key(headingOf: .nonUrgent), "callout_non_urgent_heading")
    }

    func testTableHeaderAndFootnoteFindingsFollowTheChecksSetting() {
        var page = makePage("a.md", title: "A", body: "| | |\n|-|-|\n| a | b |\n\nText[^x].\n")
        page.bodyStartLine = 1
        let tree = makeTree([makePage("_index.md", title: "Home"), page])
        var renderer = MarkdownRenderer(resolver: LinkResolver(tree: tree, staticFiles: [], basePath: "/"), options: [], brokenLinkSeverity: .error)
        let off: Diagnostic.Severity? = nil
        renderer.overrides = ["table-header": off, "footnote": .error]
        let (_, diagnostics) = renderer.render(tree.pages[1], index: 1)
        XCTAssertEqual(diagnostics.map(\.code), ["footnote"])
        XCTAssertEqual(diagnostics.map(\.severity), [.error])
    }
}
