import Foundation
import XCTest

/// `pamphlet init` and `pamphlet new`, followed by a build.
final class CommandTests: XCTestCase {
    private func scratchFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("pamphlet-e2e-cmd-\(UUID().uuidString)").resolvingSymlinksInPath()
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: url) }
        return url
    }

    func testInitThenBuild() throws {
        let parent = try scratchFolder()
        let result = try Pamphlet.run(["init", "my-site"], in: parent)
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.hasPrefix("Created a new site in my-site:"), result.stdout)
        let site = parent.appendingPathComponent("my-site")
        for file in ["site.yml", "content/_index.md", "content/conditions/_index.md", "content/conditions/example-condition.md",
                     "themes/default/templates/page.mustache", ".gitignore"] {
            XCTAssertTrue(FileManager.default.fileExists(atPath: site.appendingPathComponent(file).path), file)
        }

        let build = try Pamphlet.run(["build", "--source", site.path, "--today", FixtureSite.today])
        XCTAssertEqual(build.status, 0, build.stderr)
        XCTAssertEqual(build.errorLines, [])
        XCTAssertTrue(build.stdout.hasPrefix("Built 1 page in 2 sections"), build.stdout)
        // No page of a new site claims a clinical review it has not had; the build says what is left to do.
        XCTAssertFalse(build.stderr.contains("[reviewer-missing]"), build.stderr)
        XCTAssertTrue(build.stderr.contains("content/conditions/example-condition.md:1:1: warning: the page has no 'reviewed' date"), build.stderr)
        XCTAssertTrue(build.stderr.contains("[placeholder-text]"), build.stderr)
        let page = try String(contentsOf: site.appendingPathComponent("output/conditions/example-condition/index.html"), encoding: .utf8)
        XCTAssertEqual(HTML.h1(page), "Example condition")
        XCTAssertEqual(HTML.canonical(page), "https://health.example.org/conditions/example-condition/")
        XCTAssertTrue(page.contains(#"<a href="/conditions/">conditions overview</a>"#))
        XCTAssertTrue(FileManager.default.fileExists(atPath: site.appendingPathComponent("output/index.html").path))
    }

    func testInitsAdviceToOpenTheSiteFromTheDiskHolds() throws {
        let parent = try scratchFolder()
        let result = try Pamphlet.run(["init", "my-site"], in: parent)
        XCTAssertTrue(result.stdout.contains("To open the site from the disk (output/index.html in a browser), build it with --relative."), result.stdout)
        let site = parent.appendingPathComponent("my-site")
        let build = try Pamphlet.run(["build", "--source", site.path, "--today", FixtureSite.today, "--relative"])
        XCTAssertEqual(build.status, 0, build.stderr)
        let output = site.appendingPathComponent("output")
        XCTAssertGreaterThan(try RelativeLinksTests.assertEveryLinkResolves(in: output), 20)
        XCTAssertTrue(FileManager.default.fileExists(atPath: output.appendingPathComponent("conditions/print/index.html").path),
                      "the scaffolded theme has the printable section page")
    }

    func testInitRefusesAnExistingSite() throws {
        let parent = try scratchFolder()
        XCTAssertEqual(try Pamphlet.run(["init", "site"], in: parent).status, 0)
        let siteFile = parent.appendingPathComponent("site/site.yml")
        try Data("title: Mine\n".utf8).write(to: siteFile)
        let again = try Pamphlet.run(["init", "site"], in: parent)
        XCTAssertEqual(again.status, 1)
        XCTAssertTrue(again.stderr.hasPrefix("pamphlet: error: "), again.stderr)
        XCTAssertTrue(again.stderr.contains("already exists; choose an empty folder for a new site"), again.stderr)
        XCTAssertEqual(try String(contentsOf: siteFile, encoding: .utf8), "title: Mine\n")
    }

    func testNewWritesFrontMatterThatBuilds() throws {
        let site = try FixtureSite(Fixtures.tinySite, testCase: self)
        let result = try Pamphlet.run(["new", "content/x/y.md", "--title", "A: b"], in: site.root)
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(
            result.stdout,
            "Created content/x/y.md as a draft. Write the page and its description; when a clinician has checked it, add reviewed and reviewed_by and remove 'draft: true'.\n")
        let text = try String(contentsOf: site.url("content/x/y.md"), encoding: .utf8)
        XCTAssertTrue(text.hasPrefix("---\ntitle: \"A: b\"\n"), text)

        let build = try Pamphlet.run(["build", "--today", FixtureSite.today, "--drafts"], in: site.root)
        XCTAssertEqual(build.status, 0, build.stderr)
        XCTAssertEqual(build.errorLines, [])
        let html = site.output("x/y/index.html")
        XCTAssertEqual(HTML.h1(html), "A: b")
        XCTAssertTrue(html.contains(#"<h2 id="a-first-heading">"#))
        XCTAssertEqual(HTML.h1(site.output("x/index.html")), "X")
    }

    func testNewTitlesThatNeedQuotingStillBuild() throws {
        let site = try FixtureSite(Fixtures.tinySite, testCase: self)
        let titles = ["- dash first", "#hashtag", "He said \"hi\"", "'quoted'", "50% off: now", "C:\\path"]
        for (number, title) in titles.enumerated() {
            let result = try Pamphlet.run(["new", "content/q/page-\(number).md", "--title=\(title)"], in: site.root)
            XCTAssertEqual(result.status, 0, result.stderr)
        }
        try site.buildCleanly(["--drafts"])
        for (number, title) in titles.enumerated() {
            let escaped = title.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "\"", with: "&quot;")
                .replacingOccurrences(of: "'", with: "&#39;")
            XCTAssertEqual(HTML.h1(site.output("q/page-\(number)/index.html")), escaped, title)
        }
    }

    func testNewWithoutTitleUsesTheFileName() throws {
        let site = try FixtureSite(Fixtures.tinySite, testCase: self)
        XCTAssertEqual(try Pamphlet.run(["new", "content/topics/side-effects.md"], in: site.root).status, 0)
        let text = try String(contentsOf: site.url("content/topics/side-effects.md"), encoding: .utf8)
        XCTAssertTrue(text.hasPrefix("---\ntitle: \"Side effects\"\n"), text)
    }

    func testNewRefusesToOverwrite() throws {
        let site = try FixtureSite(Fixtures.tinySite, testCase: self)
        let before = try Data(contentsOf: site.url("content/topics/first.md"))
        let result = try Pamphlet.run(["new", "content/topics/first.md", "--title", "Replacement"], in: site.root)
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.contains("already exists; pamphlet new never overwrites a page"), result.stderr)
        XCTAssertEqual(try Data(contentsOf: site.url("content/topics/first.md")), before)

        let notMarkdown = try Pamphlet.run(["new", "content/topics/notes.txt"], in: site.root)
        XCTAssertEqual(notMarkdown.status, 1)
        XCTAssertTrue(notMarkdown.stderr.contains("a page's file name must end in .md"), notMarkdown.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: site.url("content/topics/notes.txt").path))
    }

    func testUnknownCommandAndBadTodayAreUsageErrors() throws {
        let unknown = try Pamphlet.run(["publish"])
        XCTAssertNotEqual(unknown.status, 0)
        XCTAssertTrue(unknown.stderr.contains("publish"), unknown.stderr)
        let site = try FixtureSite(Fixtures.tinySite, testCase: self)
        let badToday = try Pamphlet.run(["build", "--source", site.root.path, "--today", "2025-02-30"])
        XCTAssertNotEqual(badToday.status, 0)
        XCTAssertTrue(badToday.stderr.contains("--today must be a date written as YYYY-MM-DD"), badToday.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: site.output.path))
    }
}
