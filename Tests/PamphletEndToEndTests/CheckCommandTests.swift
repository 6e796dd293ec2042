import Foundation
import XCTest

/// `pamphlet check` and `build --strict`, run as a writer's CI would run them.
final class CheckCommandTests: XCTestCase {
    private var fixture: FixtureSite!
    private var site: URL { fixture.root }

    override func setUpWithError() throws {
        fixture = try FixtureSite([
            "site.yml": "title: Test site\nbase_url: https://example.org/\n",
            "content/_index.md": "---\ntitle: Home\nreviewed: 2026-01-01\nreviewed_by: Dr. B\n---\nWelcome to the site.\n",
            "content/care/_index.md": "---\ntitle: Care\nreviewed: 2026-01-01\nreviewed_by: Dr. B\n---\nAbout care.\n",
            "content/care/old.md": "---\ntitle: Old page\nreviewed: 2020-01-01\nreviewed_by: Dr. B\n---\nSee [here](https://example.org/).\n",
        ], testCase: self)
    }

    private func write(_ files: [String: String]) throws {
        try fixture.write(files)
    }

    private func pamphlet(_ arguments: [String]) throws -> CommandResult {
        try Pamphlet.run(arguments + ["--source", site.path])
    }

    func testCheckReportsGroupedCompilerStyleLinesAndFailsOnOverdueReview() throws {
        let run = try pamphlet(["check", "--today", "2026-06-01"])
        XCTAssertEqual(run.status, 1)
        XCTAssertTrue(run.stderr.contains("content/care/old.md:3:1: error: the medical review was due on 2023-01-01"), run.stderr)
        XCTAssertTrue(run.stderr.contains("content/care/old.md:6:5: warning: the link text 'here' says nothing out of context"), run.stderr)
        XCTAssertTrue(run.stdout.contains("Checked 1 page in 2 sections: 1 error, 1 warning; 0 harder to read than their target, 1 overdue for review."), run.stdout)
        XCTAssertFalse(FileManager.default.fileExists(atPath: site.appendingPathComponent("output").path), "check writes no site")
    }

    func testTodayDecidesWhetherAReviewIsOverdue() throws {
        try write(["site.yml": "title: Test site\nreview:\n  cycle_months: 120\n"])
        XCTAssertEqual(try pamphlet(["check", "--today", "2026-06-01"]).status, 0)
        XCTAssertEqual(try pamphlet(["check", "--today", "2030-06-01"]).status, 1)
        let bad = try pamphlet(["check", "--today", "June 1"])
        XCTAssertNotEqual(bad.status, 0)
        XCTAssertTrue(bad.stderr.contains("--today must be a date written as YYYY-MM-DD"), bad.stderr)
    }

    func testStrictFailsOnWarningsAndBuildKeepsTheOldOutput() throws {
        try write(["site.yml": "title: Test site\nreview:\n  overdue: warning\n"])
        let first = try pamphlet(["build", "--today", "2026-06-01"])
        XCTAssertEqual(first.status, 0, first.stderr)
        let index = site.appendingPathComponent("output/index.html")
        let before = try Data(contentsOf: index)
        try write(["content/_index.md": "---\ntitle: Changed home\nreviewed: 2026-01-01\nreviewed_by: Dr. B\n---\nChanged.\n"])
        let strict = try pamphlet(["build", "--strict", "--today", "2026-06-01"])
        XCTAssertEqual(strict.status, 1)
        XCTAssertTrue(strict.stderr.contains("--strict counts warnings as errors"), strict.stderr)
        XCTAssertEqual(try Data(contentsOf: index), before, "a failed build leaves output/ as it was")
        XCTAssertEqual(try pamphlet(["check", "--strict", "--today", "2026-06-01"]).status, 1)
    }

    func testJSONFormatForCI() throws {
        let run = try pamphlet(["check", "--format", "json", "--today", "2026-06-01"])
        XCTAssertEqual(run.status, 1)
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let findings = try XCTUnwrap(object["findings"] as? [[String: Any]])
        XCTAssertEqual(findings.map { $0["code"] as? String }, ["review-overdue", "link-text"])
        XCTAssertEqual(findings.first?["line"] as? Int, 3)
        XCTAssertEqual(findings.first?["severity"] as? String, "error")
        let pages = try XCTUnwrap(object["pages"] as? [[String: Any]])
        XCTAssertEqual(pages.count, 3)
        XCTAssertEqual(pages.first { $0["file"] as? String == "content/care/old.md" }?["review_status"] as? String, "overdue")
        XCTAssertEqual(run.stderr, "", "JSON mode keeps standard error quiet")
    }

    func testHTMLDashboardIsWritten() throws {
        let report = site.appendingPathComponent("report.html")
        let run = try pamphlet(["check", "--html", report.path, "--today", "2026-06-01"])
        XCTAssertEqual(run.status, 1)
        let html = try String(contentsOf: report, encoding: .utf8)
        XCTAssertTrue(html.contains("<h1>Content health: Test site</h1>"))
        XCTAssertTrue(html.contains("Review overdue"))
        XCTAssertTrue(html.contains("Old page"))
        XCTAssertTrue(html.hasSuffix("</html>\n"))
    }
}
