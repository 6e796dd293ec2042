import Foundation
import PamphletMarkdown
import XCTest
@testable import PamphletCore

/// Pamphlet's Markdown is cmark's: every example of the CommonMark spec (the
/// fuzzing seeds in Fuzz/corpus/FuzzText, © John MacFarlane, CC BY-SA 4.0)
/// renders byte for byte as libcmark renders it alone, once the heading ids
/// are set aside, with tables, callouts and footnotes switched on.
final class CommonMarkEquivalenceTests: XCTestCase {
    static let corpus = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fuzz/corpus/FuzzText")

    /// `<h2 id="x">\ntext\n</h2>` as cmark writes it: `<h2>text</h2>`.
    static func withoutHeadingIDs(_ html: String) -> String {
        let pattern = try! NSRegularExpression(pattern: "<h([1-6]) id=\"[^\"]*\">\\n(.*?)\\n?</h\\1>", options: [.dotMatchesLineSeparators])
        return pattern.stringByReplacingMatches(
            in: html, range: NSRange(html.startIndex..., in: html), withTemplate: "<h$1>$2</h$1>")
    }

    func testEveryCommonMarkExampleRendersAsCmarkDoes() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.corpus.path).filter { $0.hasPrefix("commonmark-") }.sorted()
        XCTAssertGreaterThanOrEqual(files.count, 650)
        var page = makePage("genes/example.md", title: "Example", body: "")
        let tree = makeTree([makePage("_index.md", title: "Home"), page])
        let renderer = MarkdownRenderer(
            resolver: LinkResolver(tree: tree, staticFiles: [], basePath: "/"), options: [.unsafeHTML], brokenLinkSeverity: .warning)
        var differing: [String] = []
        var withHeadingIDs = 0
        for file in files {
            let markdown = try String(contentsOf: Self.corpus.appendingPathComponent(file), encoding: .utf8)
            page.body = markdown
            let (rendered, _) = renderer.render(page, index: 1)
            let expected = MarkdownDocument(parsing: markdown, options: [.unsafeHTML]).renderHTML()
            if Self.withoutHeadingIDs(rendered.html) != expected { differing.append(file) }
            if rendered.html != expected { withHeadingIDs += 1 }
        }
        XCTAssertEqual(differing, [])
        // The comparison sees Pamphlet's own output: the examples with headings differ before their ids are set aside.
        XCTAssertGreaterThan(withHeadingIDs, 30)
    }
}
