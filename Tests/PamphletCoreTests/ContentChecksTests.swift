import Foundation
import XCTest
@testable import PamphletCore

/// Review dates and accessibility findings, through the real build on real files.
final class ContentChecksTests: TemporaryFolderTestCase {
    private func check(site: String = "title: Test\n", page: String, today: String = "2026-06-01") throws -> BuildResult {
        try write(["site.yml": site, "content/page.md": page])
        var options = BuildOptions(source: root)
        options.writeOutput = false
        options.today = CalendarDate(iso: today)!
        return SiteBuilder(options: options).run()
    }

    private func codes(_ result: BuildResult) -> [String] {
        result.diagnostics.filter { $0.severity != .note }.map(\.code)
    }

    // MARK: Review dates

    func testNoReviewDateIsAWarning() throws {
        let result = try check(page: "---\ntitle: A\n---\nText.\n")
        XCTAssertEqual(codes(result), ["review-missing"])
        XCTAssertEqual(result.diagnostics.first?.severity, .warning)
        XCTAssertEqual(result.health.first { $0.file == "content/page.md" }?.reviewStatus, .missing)
    }

    func testReviewFarAwayIsClean() throws {
        let result = try check(page: "---\ntitle: A\nreviewed: 2026-01-10\nreviewed_by: Dr. A\n---\nText.\n")
        XCTAssertEqual(codes(result), [])
        XCTAssertEqual(result.health.first?.nextReview, "2029-01-10")
        XCTAssertEqual(result.health.first?.reviewStatus, .ok)
    }

    func testReviewDueWithinWarnDaysIsAWarningAtTheDateLine() throws {
        // Reviewed 2023-07-01 + 36 months = 2026-07-01: 30 days after "today".
        let result = try check(page: "---\ntitle: A\nreviewed: 2023-07-01\nreviewed_by: Dr. A\n---\nText.\n")
        XCTAssertEqual(codes(result), ["review-due-soon"])
        let finding = try XCTUnwrap(result.diagnostics.first)
        XCTAssertEqual(finding.line, 3)
        XCTAssertTrue(finding.message.contains("2026-07-01"), finding.message)
        XCTAssertTrue(finding.message.contains("30 days"), finding.message)
        XCTAssertTrue(result.succeeded)
    }

    func testOverdueReviewIsAnErrorThatFailsTheBuild() throws {
        let result = try check(page: "---\ntitle: A\nreviewed: 2020-01-01\nnext_review: 2026-05-01\nreviewed_by: Dr. A\n---\nText.\n")
        XCTAssertEqual(codes(result), ["review-overdue"])
        XCTAssertEqual(result.diagnostics.first?.severity, .error)
        XCTAssertEqual(result.diagnostics.first?.line, 4)
        XCTAssertFalse(result.succeeded)
        XCTAssertEqual(result.health.first?.reviewStatus, .overdue)
    }

    func testOverdueCanBeLoweredToAWarning() throws {
        let result = try check(
            site: "title: Test\nreview:\n  overdue: warning\n",
            page: "---\ntitle: A\nreviewed: 2020-01-01\nreviewed_by: Dr. A\n---\nText.\n")
        XCTAssertEqual(codes(result), ["review-overdue"])
        XCTAssertEqual(result.diagnostics.first?.severity, .warning)
        XCTAssertTrue(result.succeeded)
    }

    func testCycleAndWarnDaysComeFromSiteSettings() throws {
        let result = try check(
            site: "title: Test\nreview:\n  cycle_months: 12\n  warn_days: 10\n",
            page: "---\ntitle: A\nreviewed: 2025-06-20\nreviewed_by: Dr. A\n---\nText.\n")
        // 2025-06-20 + 12 months = 2026-06-20: 19 days away, beyond 10.
        XCTAssertEqual(codes(result), [])
        XCTAssertEqual(result.health.first?.nextReview, "2026-06-20")
    }

    func testNextReviewBeforeReviewedIsAnError() throws {
        let result = try check(page: "---\ntitle: A\nreviewed: 2026-03-01\nnext_review: 2026-02-01\nreviewed_by: Dr. A\n---\nText.\n")
        XCTAssertEqual(codes(result), ["review-dates"])
    }

    func testStrictTurnsWarningsIntoAFailedBuild() throws {
        try write(["site.yml": "title: Test\n", "content/page.md": "---\ntitle: A\n---\nText.\n"])
        var options = BuildOptions(source: root)
        options.strict = true
        options.output = root.appendingPathComponent("output")
        let result = SiteBuilder(options: options).run()
        XCTAssertFalse(result.succeeded)
        XCTAssertFalse(FileManager.default.fileExists(atPath: options.output.path))
    }

    // MARK: Accessibility

    private let reviewed = "reviewed: 2026-05-01\n"

    func testImageWithoutAltTextIsAnErrorAtItsPosition() throws {
        let result = try check(page: "---\ntitle: A\n\(reviewed)---\nIntro.\n\nSee ![](cell.png) here.\n")
        let finding = try XCTUnwrap(result.diagnostics.first { $0.code == "alt-missing" })
        XCTAssertEqual(finding.severity, .error)
        XCTAssertEqual(finding.line, 7)
        XCTAssertEqual(finding.column, 5)
    }

    func testAltTextThatIsAFileNameOrSaysImageOf() throws {
        let result = try check(page: "---\ntitle: A\n\(reviewed)---\n![cell-diagram.png](a.png)\n\n![Image of a cell](b.png)\n\n![A cell and its nucleus](c.png)\n")
        let findings = result.diagnostics.filter { $0.code == "alt-text" }
        XCTAssertEqual(findings.map(\.line), [5, 7])
        XCTAssertTrue(findings.allSatisfy { $0.severity == .warning })
    }

    func testHeadingProblems() throws {
        let result = try check(page: "---\ntitle: A\n\(reviewed)---\n# Second title\n\n## Fine\n\n#### Skipped\n\n### Fine again\n")
        XCTAssertEqual(result.diagnostics.filter { $0.code == "heading-level-1" }.map(\.line), [5])
        XCTAssertEqual(result.diagnostics.filter { $0.code == "heading-order" }.map(\.line), [9])
    }

    func testVagueAndEmptyLinks() throws {
        let page = """
            ---
            title: A
            \(reviewed)---
            [Click here](https://example.org/) and [read more](https://example.org/b).

            [https://example.org/c](https://example.org/c) and [](https://example.org/d).

            [Genetic testing](https://example.org/testing) is fine.

            """
        let result = try check(page: page)
        XCTAssertEqual(result.diagnostics.filter { $0.code == "link-text" }.map(\.line), [5, 5, 7])
        let empty = result.diagnostics.filter { $0.code == "link-empty" }
        XCTAssertEqual(empty.map(\.line), [7])
        XCTAssertEqual(empty.first?.severity, .error)
    }

    /// The quick length test never skips a text that normalizes to a vague phrase.
    func testQuickVagueTestKeepsEveryVaguePhrase() {
        for phrase in AccessibilityCheck.vagueLinkText {
            for written in [phrase, phrase.uppercased(), "  \(phrase)!!! ", "…\(phrase.replacingOccurrences(of: " ", with: "   "))…", "(\(phrase))"] {
                XCTAssertTrue(AccessibilityCheck.mayBeVague(written), written)
                XCTAssertTrue(AccessibilityCheck.vagueLinkText.contains(AccessibilityCheck.normalized(written)), written)
            }
        }
        XCTAssertFalse(AccessibilityCheck.mayBeVague("Questions to ask about genetic testing"))
    }

    func testChecksCanBeTurnedOffOrRaised() throws {
        let result = try check(
            site: "title: Test\nchecks:\n  link-text: error\n  review-missing: off\n",
            page: "---\ntitle: A\n---\n[here](https://example.org/)\n")
        XCTAssertEqual(codes(result), ["link-text"])
        XCTAssertEqual(result.diagnostics.first?.severity, .error)
    }

    func testUnknownCheckCodeIsAConfigurationError() throws {
        let result = try check(site: "title: Test\nchecks:\n  link-txt: off\n", page: "---\ntitle: A\n---\nText.\n")
        let finding = try XCTUnwrap(result.diagnostics.first)
        XCTAssertEqual(finding.file, "site.yml")
        XCTAssertEqual(finding.line, 3)
        XCTAssertTrue(finding.message.contains("did you mean 'link-text'"), finding.message)
    }

    // MARK: Reports

    func testJSONReportHasFindingsAndPageFigures() throws {
        let result = try check(page: "---\ntitle: A\n---\n[here](https://example.org/)\n")
        let json = try CheckReport(result: result, today: CalendarDate(iso: "2026-06-01")!).json()
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let summary = try XCTUnwrap(object["summary"] as? [String: Any])
        XCTAssertEqual(summary["warnings"] as? Int, 2)
        XCTAssertEqual(summary["today"] as? String, "2026-06-01")
        let findings = try XCTUnwrap(object["findings"] as? [[String: Any]])
        XCTAssertEqual(Set(findings.compactMap { $0["code"] as? String }), ["link-text", "review-missing"])
        XCTAssertEqual(findings.first?["file"] as? String, "content/page.md")
        let pages = try XCTUnwrap(object["pages"] as? [[String: Any]])
        XCTAssertNotNil(pages.first?["flesch_kincaid_grade"] as? Double)
        XCTAssertEqual(pages.first?["review_status"] as? String, "missing")
    }

    func testHTMLReportIsOneEscapedFile() throws {
        let result = try check(page: "---\ntitle: \"Risks <and> questions\"\n---\n[here](https://example.org/)\n")
        let html = CheckReport(result: result, today: CalendarDate(iso: "2026-06-01")!).html(siteTitle: "Test & Co")
        XCTAssertTrue(html.hasPrefix("<!doctype html>"))
        XCTAssertTrue(html.contains("Risks &lt;and&gt; questions"))
        XCTAssertTrue(html.contains("Test &amp; Co"))
        XCTAssertTrue(html.contains("status--missing"))
        XCTAssertFalse(html.contains("<link "), "the report must not load outside files")
        XCTAssertFalse(html.contains("src=\""), "the report must not load outside files")
    }
}

extension ContentChecksTests {
    func testReadingGradeIsShownInPreviewsOnly() throws {
        try write(["site.yml": "title: Test\n", "content/page.md": "---\ntitle: A\nreviewed: 2026-05-01\n---\nA short and plain page about genes.\n"])
        var options = BuildOptions(source: root)
        options.today = CalendarDate(iso: "2026-06-01")!
        XCTAssertTrue(SiteBuilder(options: options).run().succeeded)
        let page = root.appendingPathComponent("output/page/index.html")
        XCTAssertFalse(try String(contentsOf: page, encoding: .utf8).contains("author-note"), "published pages never show it")
        options.preview = true
        XCTAssertTrue(SiteBuilder(options: options).run().succeeded)
        let preview = try String(contentsOf: page, encoding: .utf8)
        XCTAssertTrue(preview.contains("class=\"author-note\""), preview)
        XCTAssertTrue(preview.contains("Flesch-Kincaid"))
        XCTAssertTrue(preview.contains("Up to date"))
    }
}

extension ContentChecksTests {
    /// A page can miss its reading target on hard words alone; its short
    /// sentences are not named as long ones.
    func testOnlySentencesLongByPlainLanguageGuidanceAreNamed() throws {
        let hard = "| Term | Kind |\n| --- | --- |\n" + String(repeating: "| Immunohistochemistry | Cardiomyopathy |\n", count: 30)
        let result = try check(page: "---\ntitle: A\nreviewed: 2026-05-01\nreviewed_by: Dr A\n---\n" + hard)
        XCTAssertTrue(result.diagnostics.contains { $0.code == "readability" && $0.severity == .warning })
        XCTAssertEqual(result.diagnostics.filter { $0.message.hasPrefix("long sentence") }.map(\.message), [])
        let long = "This page explains in many careful words why a person with a changed gene might be offered a kind of treatment that their doctor thinks could possibly help them feel better over time.\n"
        let second = try check(page: "---\ntitle: A\nreviewed: 2026-05-01\nreviewed_by: Dr A\nmax_grade: 4\n---\n" + long + "\nIt is hard.\n")
        XCTAssertEqual(second.diagnostics.filter { $0.message.hasPrefix("long sentence") }.map(\.line), [7])
    }
}
