import PamphletMarkdown
import XCTest

/// GFM pipe tables against the table examples of the GitHub Flavored
/// Markdown spec (cmark-gfm's test/spec.txt, version 0.29; the examples are
/// © GitHub and John MacFarlane, CC BY-SA 4.0,
/// http://creativecommons.org/licenses/by-sa/4.0/).
final class GFMTableTests: XCTestCase {
    static let specExamples: [(String, String)] = [
        ("| foo | bar |\n| --- | --- |\n| baz | bim |\n",
         "<table>\n<thead>\n<tr>\n<th>foo</th>\n<th>bar</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td>baz</td>\n<td>bim</td>\n</tr>\n</tbody>\n</table>\n"),
        ("| abc | defghi |\n:-: | -----------:\nbar | baz\n",
         "<table>\n<thead>\n<tr>\n<th align=\"center\">abc</th>\n<th align=\"right\">defghi</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td align=\"center\">bar</td>\n<td align=\"right\">baz</td>\n</tr>\n</tbody>\n</table>\n"),
        ("| f\\|oo  |\n| ------ |\n| b `\\|` az |\n| b **\\|** im |\n",
         "<table>\n<thead>\n<tr>\n<th>f|oo</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td>b <code>|</code> az</td>\n</tr>\n<tr>\n<td>b <strong>|</strong> im</td>\n</tr>\n</tbody>\n</table>\n"),
        ("| abc | def |\n| --- | --- |\n| bar | baz |\n> bar\n",
         "<table>\n<thead>\n<tr>\n<th>abc</th>\n<th>def</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td>bar</td>\n<td>baz</td>\n</tr>\n</tbody>\n</table>\n<blockquote>\n<p>bar</p>\n</blockquote>\n"),
        ("| abc | def |\n| --- | --- |\n| bar | baz |\nbar\n\nbar\n",
         "<table>\n<thead>\n<tr>\n<th>abc</th>\n<th>def</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td>bar</td>\n<td>baz</td>\n</tr>\n<tr>\n<td>bar</td>\n<td></td>\n</tr>\n</tbody>\n</table>\n<p>bar</p>\n"),
        ("| abc | def |\n| --- |\n| bar |\n",
         "<p>| abc | def |\n| --- |\n| bar |</p>\n"),
        ("| abc | def |\n| --- | --- |\n| bar |\n| bar | baz | boo |\n",
         "<table>\n<thead>\n<tr>\n<th>abc</th>\n<th>def</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td>bar</td>\n<td></td>\n</tr>\n<tr>\n<td>bar</td>\n<td>baz</td>\n</tr>\n</tbody>\n</table>\n"),
        ("| abc | def |\n| --- | --- |\n",
         "<table>\n<thead>\n<tr>\n<th>abc</th>\n<th>def</th>\n</tr>\n</thead>\n</table>\n"),
    ]

    /// Pamphlet's table HTML with what it adds for accessibility taken out,
    /// and its alignment classes written as cmark-gfm's `align` attributes.
    static func asCmarkGFM(_ html: String) -> String {
        var text = html
        while let start = text.range(of: "<div class=\"table-scroll\""), let end = text[start.upperBound...].range(of: "><table>") {
            text.replaceSubrange(start.lowerBound..<end.upperBound, with: "<table>")
        }
        return text.replacingOccurrences(of: "</table></div>", with: "</table>")
            .replacingOccurrences(of: " scope=\"col\"", with: "")
            .replacingOccurrences(of: " class=\"align-left\"", with: " align=\"left\"")
            .replacingOccurrences(of: " class=\"align-center\"", with: " align=\"center\"")
            .replacingOccurrences(of: " class=\"align-right\"", with: " align=\"right\"")
    }

    static func render(_ markdown: String, issues: inout [MarkdownIssue]) -> (String, [MarkdownTable]) {
        let document = MarkdownDocument(parsing: markdown)
        let tables = document.buildTables(words: .english, issues: &issues)
        return (document.renderHTML(), tables)
    }

    func testEveryTableExampleOfTheGFMSpec() {
        XCTAssertEqual(Self.specExamples.count, 8)
        for (number, (markdown, expected)) in Self.specExamples.enumerated() {
            var issues: [MarkdownIssue] = []
            let (html, _) = Self.render(markdown, issues: &issues)
            XCTAssertEqual(Self.asCmarkGFM(html), expected, "example \(number + 1):\n\(markdown)")
            XCTAssertEqual(issues, [])
        }
    }

    /// The table examples of cmark-gfm's test/extensions.txt (© GitHub, BSD 2-clause licence).
    static let extensionExamples: [(String, String)] = [
        ("| abc | def |\n| --- | --- |\n| ghi | jkl |\n| mno | pqr |",
         "<table>\n<thead>\n<tr>\n<th>abc</th>\n<th>def</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td>ghi</td>\n<td>jkl</td>\n</tr>\n<tr>\n<td>mno</td>\n<td>pqr</td>\n</tr>\n</tbody>\n</table>\n"),
        ("Hello!\n\n| _abc_ | セン |\n| ----- | ---- |\n| 1. Block elements inside cells don't work. | |\n| But _**inline elements do**_. | x |\n\nHi!",
         "<p>Hello!</p>\n<table>\n<thead>\n<tr>\n<th><em>abc</em></th>\n<th>セン</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td>1. Block elements inside cells don't work.</td>\n<td></td>\n</tr>\n<tr>\n<td>But <em><strong>inline elements do</strong></em>.</td>\n<td>x</td>\n</tr>\n</tbody>\n</table>\n<p>Hi!</p>\n"),
        ("| Not enough table | to be considered table |\n\n| Not enough table | to be considered table |\n| Not enough table | to be considered table |\n\n| Just enough table | to be considered table |\n| ----------------- | ---------------------- |\n\n| ---- | --- |\n\n|x|\n|-|\n\n| xyz |\n| --- |",
         "<p>| Not enough table | to be considered table |</p>\n<p>| Not enough table | to be considered table |\n| Not enough table | to be considered table |</p>\n<table>\n<thead>\n<tr>\n<th>Just enough table</th>\n<th>to be considered table</th>\n</tr>\n</thead>\n</table>\n<p>| ---- | --- |</p>\n<table>\n<thead>\n<tr>\n<th>x</th>\n</tr>\n</thead>\n</table>\n<table>\n<thead>\n<tr>\n<th>xyz</th>\n</tr>\n</thead>\n</table>\n"),
        ("abc | def\n--- | ---\nxyz | ghi",
         "<table>\n<thead>\n<tr>\n<th>abc</th>\n<th>def</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td>xyz</td>\n<td>ghi</td>\n</tr>\n</tbody>\n</table>\n"),
        ("Hello!\n\n| _abc_ | セン |\n| ----- | ---- |\n| this row has a space at the end | | \n| But _**inline elements do**_. | x |\n\nHi!",
         "<p>Hello!</p>\n<table>\n<thead>\n<tr>\n<th><em>abc</em></th>\n<th>セン</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td>this row has a space at the end</td>\n<td></td>\n</tr>\n<tr>\n<td>But <em><strong>inline elements do</strong></em>.</td>\n<td>x</td>\n</tr>\n</tbody>\n</table>\n<p>Hi!</p>\n"),
        ("aaa | bbb | ccc | ddd | eee\n:-- | --- | :-: | --- | --:\nfff | ggg | hhh | iii | jjj",
         "<table>\n<thead>\n<tr>\n<th align=\"left\">aaa</th>\n<th>bbb</th>\n<th align=\"center\">ccc</th>\n<th>ddd</th>\n<th align=\"right\">eee</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td align=\"left\">fff</td>\n<td>ggg</td>\n<td align=\"center\">hhh</td>\n<td>iii</td>\n<td align=\"right\">jjj</td>\n</tr>\n</tbody>\n</table>\n"),
        ("| a | b | c |\n| --- | --- |\n| this | isn't | okay |",
         "<p>| a | b | c |\n| --- | --- |\n| this | isn't | okay |</p>\n"),
        ("| a | b | c |\n| --- | --- | ---\n| x\n| a | b\n| 1 | 2 | 3 | 4 | 5 |",
         "<table>\n<thead>\n<tr>\n<th>a</th>\n<th>b</th>\n<th>c</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td>x</td>\n<td></td>\n<td></td>\n</tr>\n<tr>\n<td>a</td>\n<td>b</td>\n<td></td>\n</tr>\n<tr>\n<td>1</td>\n<td>2</td>\n<td>3</td>\n</tr>\n</tbody>\n</table>\n"),
        ("| a | b |\n| --- | --- |\n| Escaped pipes are \\|okay\\|. | Like \\| this. |\n| Within `\\|code\\| is okay` too. |\n| _**`c\\|`**_ \\| complex\n| don't **\\_reparse\\_**",
         "<table>\n<thead>\n<tr>\n<th>a</th>\n<th>b</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td>Escaped pipes are |okay|.</td>\n<td>Like | this.</td>\n</tr>\n<tr>\n<td>Within <code>|code| is okay</code> too.</td>\n<td></td>\n</tr>\n<tr>\n<td><em><strong><code>c|</code></strong></em> | complex</td>\n<td></td>\n</tr>\n<tr>\n<td>don't <strong>_reparse_</strong></td>\n<td></td>\n</tr>\n</tbody>\n</table>\n"),
        ("| a |\n--- |",
         "<table>\n<thead>\n<tr>\n<th>a</th>\n</tr>\n</thead>\n</table>\n"),
        ("| a | b |\n| --- | --- |\n| \\\\ | `\\\\` |\n| \\\\\\\\ | `\\\\\\\\` |\n| \\_ | `\\_` |\n| \\| | `\\|` |\n| \\a | `\\a` |\n\n\\\\ `\\\\`\n\n\\\\\\\\ `\\\\\\\\`\n\n\\_ `\\_`\n\n\\| `\\|`\n\n\\a `\\a`",
         "<table>\n<thead>\n<tr>\n<th>a</th>\n<th>b</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td>\\</td>\n<td><code>\\\\</code></td>\n</tr>\n<tr>\n<td>\\\\</td>\n<td><code>\\\\\\\\</code></td>\n</tr>\n<tr>\n<td>_</td>\n<td><code>\\_</code></td>\n</tr>\n<tr>\n<td>|</td>\n<td><code>|</code></td>\n</tr>\n<tr>\n<td>\\a</td>\n<td><code>\\a</code></td>\n</tr>\n</tbody>\n</table>\n<p>\\ <code>\\\\</code></p>\n<p>\\\\ <code>\\\\\\\\</code></p>\n<p>_ <code>\\_</code></p>\n<p>| <code>\\|</code></p>\n<p>\\a <code>\\a</code></p>\n"),
        ("| a |\n| --- |\n| <strong>hello</strong> |\n| ok <br> sure |",
         "<table>\n<thead>\n<tr>\n<th>a</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td><strong>hello</strong></td>\n</tr>\n<tr>\n<td>ok <br> sure</td>\n</tr>\n</tbody>\n</table>\n"),
        ("Here's a link to [Freedom Planet 2][].\n\n| Here's a link to [Freedom Planet 2][] in a table header. |\n| --- |\n| Here's a link to [Freedom Planet 2][] in a table row. |\n\n[Freedom Planet 2]: http://www.freedomplanet2.com/",
         "<p>Here's a link to <a href=\"http://www.freedomplanet2.com/\">Freedom Planet 2</a>.</p>\n<table>\n<thead>\n<tr>\n<th>Here's a link to <a href=\"http://www.freedomplanet2.com/\">Freedom Planet 2</a> in a table header.</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td>Here's a link to <a href=\"http://www.freedomplanet2.com/\">Freedom Planet 2</a> in a table row.</td>\n</tr>\n</tbody>\n</table>\n"),
        ("| a | b | c |\n| --- | --- | --- |\n| d || e |",
         "<table>\n<thead>\n<tr>\n<th>a</th>\n<th>b</th>\n<th>c</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td>d</td>\n<td></td>\n<td>e</td>\n</tr>\n</tbody>\n</table>\n"),
        ("| a | b |\n| --- | --- |\n|***(a)***|",
         "<table>\n<thead>\n<tr>\n<th>a</th>\n<th>b</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td><em><strong>(a)</strong></em></td>\n<td></td>\n</tr>\n</tbody>\n</table>\n"),
        ("123\n456\n| a | b |\n| ---| --- |\nd | e",
         "<p>123\n456</p>\n<table>\n<thead>\n<tr>\n<th>a</th>\n<th>b</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td>d</td>\n<td>e</td>\n</tr>\n</tbody>\n</table>\n"),
    ]

    func testEveryTableExampleOfCmarkGFMsExtensionTests() {
        XCTAssertEqual(Self.extensionExamples.count, 16)
        var differing: [Int] = []
        for (number, (markdown, expected)) in Self.extensionExamples.enumerated() {
            let document = MarkdownDocument(parsing: markdown, options: [.unsafeHTML])
            var issues: [MarkdownIssue] = []
            _ = document.buildTables(words: .english, issues: &issues)
            if Self.asCmarkGFM(document.renderHTML()) != expected {
                differing.append(number + 1)
                print("example \(number + 1):\n\(Self.asCmarkGFM(document.renderHTML()))\nexpected:\n\(expected)")
            }
        }
        XCTAssertEqual(differing, [])
    }

    func testTablesAreAccessible() {
        var issues: [MarkdownIssue] = []
        let (html, tables) = Self.render("Table: Vaccines *by age*\n\n| Age | Vaccine |\n| --- | :-: |\n| 2 months | 6-in-1 |\n", issues: &issues)
        XCTAssertEqual(html, """
            <div class="table-scroll" role="region" tabindex="0" aria-label="Vaccines by age"><table>
            <caption>
            Vaccines <em>by age</em>
            </caption>
            <thead>
            <tr>
            <th scope="col">Age</th>
            <th scope="col" class="align-center">Vaccine</th>
            </tr>
            </thead>
            <tbody>
            <tr>
            <td>2 months</td>
            <td class="align-center">6-in-1</td>
            </tr>
            </tbody>
            </table></div>

            """)
        XCTAssertEqual(tables.map(\.cells.count), [4])
        XCTAssertEqual(tables[0].cells.map(\.text), ["Age", "Vaccine", "2 months", "6-in-1"])
        XCTAssertEqual(tables[0].cells.map(\.line), [3, 3, 5, 5])
        XCTAssertEqual(issues, [])
    }

    func testATableWithoutCaptionIsNamedByItsNumber() {
        var issues: [MarkdownIssue] = []
        let (html, _) = Self.render("| a |\n| - |\n\n| b |\n| - |\n", issues: &issues)
        XCTAssertTrue(html.contains("aria-label=\"Table 1\""), html)
        XCTAssertTrue(html.contains("aria-label=\"Table 2\""), html)
    }

    func testCellsKeepTheirInlinesAndNeverBecomeBlocks() {
        var issues: [MarkdownIssue] = []
        let (html, _) = Self.render("| # | - a | 1. b | > c |\n|---|---|---|---|\n| [link](x.md) | `a\\|b` | **b** | <x |\n", issues: &issues)
        XCTAssertTrue(html.contains("<th scope=\"col\">#</th>\n<th scope=\"col\">- a</th>\n<th scope=\"col\">1. b</th>\n<th scope=\"col\">&gt; c</th>"), html)
        XCTAssertTrue(html.contains("<td><a href=\"x.md\">link</a></td>\n<td><code>a|b</code></td>\n<td><strong>b</strong></td>\n<td>&lt;x</td>"), html)
    }

    func testLinesBeforeTheHeaderStayAParagraph() {
        var issues: [MarkdownIssue] = []
        let (html, _) = Self.render("Some *text*\n| a | b |\n| - | - |\n", issues: &issues)
        XCTAssertTrue(html.hasPrefix("<p>Some <em>text</em></p>\n<div class=\"table-scroll\""), html)
    }

    func testTablesInListsAndQuotes() {
        var issues: [MarkdownIssue] = []
        let (html, _) = Self.render("> | a | b |\n> | - | - |\n> | c | d |\n\n- | e |\n  | - |\n  | f |\n", issues: &issues)
        XCTAssertTrue(html.contains("<blockquote>\n<div class=\"table-scroll\""), html)
        XCTAssertTrue(html.contains("<td>c</td>\n<td>d</td>"), html)
        XCTAssertTrue(html.contains("<li>\n<div class=\"table-scroll\""), html)
        XCTAssertTrue(html.contains("<td>f</td>"), html)
    }

    func testATableWithAnEmptyHeaderRowIsAWarning() {
        var issues: [MarkdownIssue] = []
        let (html, tables) = Self.render("Intro\n\n|  |  |\n|--|--|\n| a | b |\n", issues: &issues)
        XCTAssertFalse(html.contains("<thead>"), html)
        XCTAssertEqual(tables.first?.hasHeader, false)
        XCTAssertEqual(issues.map(\.code), ["table-header"])
        XCTAssertEqual(issues.first?.line, 3)
    }

    func testTextWithPipesThatIsNotATableIsLeftAlone() {
        for markdown in ["a | b\nc | d\n", "| a |\n---\n", "a | b\n- | -\n", "```\n| a |\n| - |\n```\n"] {
            var issues: [MarkdownIssue] = []
            let (html, tables) = Self.render(markdown, issues: &issues)
            XCTAssertEqual(tables, [], markdown)
            XCTAssertEqual(html, MarkdownDocument(parsing: markdown).renderHTML())
        }
    }
}
