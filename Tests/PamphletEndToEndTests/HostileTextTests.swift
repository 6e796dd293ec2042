import Foundation
import XCTest

/// Titles, descriptions and addresses that try to leave an HTML attribute
/// by hiding a quote or `<` inside a grapheme cluster. Every file the build
/// and the dashboard write must print them escaped.
final class HostileTextTests: XCTestCase {
    /// The text in the page, and the part that would be live HTML if any
    /// of the quotes or brackets were left as they are.
    private let attacks: [(text: String, raw: String)] = [
        ("x\"\u{301} onmouseover=alert(1) autofocus y=\"\u{301}", "\"\u{301} onmouseover"),
        ("Care \u{600}\" onfocus=alert(2) x=\"\u{200D}", "\u{600}\" onfocus"),
        ("Sugar <\u{338}img src=x onerror=alert(3)>\u{FE0F}", "<\u{338}img"),
        ("Tone \"\u{1F3FB} onclick=alert(4) \"\u{20E3}", "\"\u{1F3FB} onclick"),
    ]

    private func yamlQuoted(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "''") + "'"
    }

    private func makeSite() throws -> FixtureSite {
        var files: [String: String] = [
            "site.yml": Fixtures.siteYML,
            "content/_index.md": "---\ntitle: Home\nreviewed: 2025-01-10\n---\n\nWelcome. See the [topics](topics/).\n",
            "content/topics/_index.md": "---\ntitle: Topics\nreviewed: 2025-01-10\n---\n\nPages about care.\n",
        ]
        for (index, attack) in attacks.enumerated() {
            files["content/topics/page-\(index).md"] = """
                ---
                title: \(yamlQuoted(attack.text))
                description: \(yamlQuoted(attack.text))
                reviewed: 2025-01-10
                reviewed_by: \(yamlQuoted(attack.text))
                aliases: [\(yamlQuoted("/old-\(index)/" + attack.text))]
                ---

                The care team will help you.

                """
        }
        return try FixtureSite(files, testCase: self)
    }

    /// JSON-LD is JSON inside `<script>`: a quote there is `\"`, and only `<` could end the element.
    private func assertEscaped(_ html: String, in name: String, file: StaticString = #filePath, line: UInt = #line) {
        var text = html
        while let start = text.range(of: #"<script type="application/ld+json">"#),
              let end = text.range(of: "</script>", range: start.upperBound..<text.endIndex) {
            let json = text[start.upperBound..<end.lowerBound]
            XCTAssertFalse(json.contains("<"), "\(name): JSON-LD holds a raw '<'", file: file, line: line)
            text.removeSubrange(start.lowerBound..<end.upperBound)
        }
        for attack in attacks {
            XCTAssertFalse(text.contains(attack.raw), "\(name) prints \(attack.raw.debugDescription) unescaped", file: file, line: line)
        }
    }

    func testEveryWrittenFileEscapesHiddenQuotes() throws {
        let site = try makeSite()
        let result = try site.build()
        XCTAssertEqual(result.status, 0, result.stderr)
        let files = FixtureSite.files(in: site.output).filter { $0.hasSuffix(".html") || $0.hasSuffix(".xml") }
        XCTAssertGreaterThan(files.count, 8)
        var seen = 0
        for relative in files {
            let text = site.output(relative)
            assertEscaped(text, in: relative)
            if text.contains("x&quot;\u{301} onmouseover=alert(1)") { seen += 1 }
        }
        // The page itself, its section's list, the A to Z page and the alias redirect show the title.
        XCTAssertGreaterThanOrEqual(seen, 4, "the escaped title should appear in several files")
        let page = site.output("topics/page-0/index.html")
        XCTAssertTrue(page.contains(#"<meta name="description" content="x&quot;\#u{301} onmouseover=alert(1) autofocus y=&quot;\#u{301}">"#), page)
    }

    func testTheDashboardEscapesHiddenQuotes() throws {
        let site = try makeSite()
        let report = site.root.appendingPathComponent("report.html")
        let run = try Pamphlet.run(["check", "--source", site.root.path, "--html", report.path, "--today", FixtureSite.today])
        XCTAssertNotEqual(run.status, 2, run.stderr)
        let html = try String(contentsOf: report, encoding: .utf8)
        assertEscaped(html, in: "report.html")
        XCTAssertTrue(html.contains(#"<td data-value="x&quot;\#u{301} onmouseover=alert(1)"#), html)
    }
}
