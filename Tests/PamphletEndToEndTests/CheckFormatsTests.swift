import Foundation
import XCTest

/// `pamphlet check --format github|sarif` as CI runs them, from a repository
/// root with the site in a subfolder, and the exit statuses scripts rely on.
final class CheckFormatsTests: XCTestCase {
    private var fixture: FixtureSite!
    private var repository: URL { fixture.root }

    override func setUpWithError() throws {
        fixture = try FixtureSite([
            "site/site.yml": "title: Test site\nbase_url: https://example.org/\n",
            "site/content/_index.md": "---\ntitle: Home\nreviewed: 2025-01-01\nreviewed_by: Dr. Test\n---\nWelcome.\n",
            "site/content/a, b: c.md": "---\ntitle: Odd name\nreviewed: 2025-01-01\nreviewed_by: Dr. Test\n---\nSee [the missing page](missing%25.md).\n\nMore [here](https://example.org/).\n",
        ], testCase: self)
    }

    private func check(_ arguments: [String]) throws -> CommandResult {
        try Pamphlet.run(["check", "--source", "site", "--today", FixtureSite.today] + arguments, in: repository)
    }

    func testGitHubAnnotationsNameFilesFromTheRepositoryRootAndEscape() throws {
        let run = try check(["--format", "github"])
        XCTAssertEqual(run.status, 1)
        let lines = run.stdout.split(separator: "\n").map(String.init)
        XCTAssertTrue(lines.contains(
            "::error file=site/content/a%2C b%3A c.md,line=6,col=5,title=Pamphlet%3A broken-link::the link 'missing%2525.md' "
                + "points to content/missing%25.md, which does not exist"), run.stdout)
        XCTAssertTrue(lines.contains { $0.hasPrefix("::warning file=site/content/a%2C b%3A c.md,line=8,col=6,title=Pamphlet%3A link-text::") },
                      run.stdout)
        XCTAssertEqual(lines.last?.hasPrefix("Checked 1 page in 1 section: 1 error, "), true, run.stdout)
        XCTAssertEqual(lines.filter { $0.hasPrefix("::") }.count, lines.count - 1, "one annotation a line, then the summary")
    }

    /// SARIF 2.1.0's required structure, as GitHub code scanning reads it
    /// (the schema itself is not on the test machine).
    func testSARIFHasTheStructureCodeScanningNeeds() throws {
        let run = try check(["--format", "sarif"])
        XCTAssertEqual(run.status, 1)
        XCTAssertEqual(run.stderr, "", "SARIF mode keeps standard error quiet")
        let sarif = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        XCTAssertEqual(sarif["version"] as? String, "2.1.0")
        XCTAssertEqual(sarif["$schema"] as? String, "https://json.schemastore.org/sarif-2.1.0.json")
        let runs = try XCTUnwrap(sarif["runs"] as? [[String: Any]])
        XCTAssertEqual(runs.count, 1)
        let driver = try XCTUnwrap((runs[0]["tool"] as? [String: Any])?["driver"] as? [String: Any])
        XCTAssertEqual(driver["name"] as? String, "Pamphlet")
        let rules = try XCTUnwrap(driver["rules"] as? [[String: Any]])
        let ruleIDs = rules.compactMap { $0["id"] as? String }
        XCTAssertEqual(ruleIDs, ["broken-link", "link-text"])
        let results = try XCTUnwrap(runs[0]["results"] as? [[String: Any]])
        XCTAssertEqual(results.count, 2)
        for result in results {
            let ruleID = try XCTUnwrap(result["ruleId"] as? String)
            XCTAssertEqual(result["ruleIndex"] as? Int, ruleIDs.firstIndex(of: ruleID))
            XCTAssertTrue(["error", "warning", "note"].contains(result["level"] as? String ?? ""))
            XCTAssertFalse(((result["message"] as? [String: Any])?["text"] as? String ?? "").isEmpty)
            let locations = try XCTUnwrap(result["locations"] as? [[String: Any]])
            let physical = try XCTUnwrap(locations.first?["physicalLocation"] as? [String: Any])
            let uri = try XCTUnwrap((physical["artifactLocation"] as? [String: Any])?["uri"] as? String)
            XCTAssertEqual(uri, "site/content/a%2C%20b%3A%20c.md", "a relative URI from the repository root")
            let startLine = try XCTUnwrap((physical["region"] as? [String: Any])?["startLine"] as? Int)
            XCTAssertGreaterThanOrEqual(startLine, 1)
        }
        XCTAssertEqual(results.first?["level"] as? String, "error")
    }

    func testWholeSiteFindingsPointAtSiteYML() throws {
        try fixture.write(["site/site.yml": "title: Test site\nunknown_key: 1\n"])
        let run = try check(["--format", "sarif"])
        XCTAssertEqual(run.status, 1)
        XCTAssertTrue(run.stdout.contains(#""uri" : "site/site.yml""#), run.stdout)
    }

    func testExitStatuses() throws {
        try fixture.remove("site/content/a, b: c.md")
        XCTAssertEqual(try check([]).status, 0, "clean")
        try fixture.write(["site/content/warn.md": "---\ntitle: Warn\nreviewed: 2025-01-01\n---\nMore [here](https://example.org/).\n"])
        XCTAssertEqual(try check([]).status, 0, "warnings alone pass")
        XCTAssertEqual(try check(["--strict"]).status, 1, "warnings fail with --strict")
        for arguments in [["check", "--no-such-flag"], ["check", "--format", "xml"], ["build", "--today", "June 1"], ["frobnicate"], ["build", "extra"]] {
            let run = try Pamphlet.run(arguments, in: repository)
            XCTAssertEqual(run.status, 2, "\(arguments): \(run.stderr)")
            XCTAssertTrue(run.stderr.contains("Usage:") || run.stderr.contains("Error:"), run.stderr)
        }
        let help = try Pamphlet.run(["check", "--help"], in: repository)
        XCTAssertEqual(help.status, 0)
        XCTAssertTrue(help.stdout.contains("2 when the command line is wrong"), help.stdout)
        XCTAssertTrue(try Pamphlet.run(["build", "--help"]).stdout.contains("Exit status: 0 when clean, 1 when there are errors"))
    }
}
