import Foundation
import XCTest

/// What people bring from Hugo, Jekyll and Metalsmith: folder pages named
/// their way, TOML front matter, short dates, empty aliases, shortcodes.
/// Each is read as meant or refused with the exact change to make.
final class OtherGeneratorConventionTests: XCTestCase {
    private func site(_ changes: [String: String]) throws -> FixtureSite {
        var files = Fixtures.tinySite
        for (path, text) in changes { files[path] = text }
        return try FixtureSite(files, testCase: self)
    }

    private func assertLines(_ result: CommandResult, _ expected: [String], file: StaticString = #filePath, line: UInt = #line) {
        for prefix in expected {
            XCTAssertTrue(result.diagnosticLines.contains { $0.hasPrefix(prefix) },
                          "expected a line starting with\n  \(prefix)\nin:\n\(result.stderr)", file: file, line: line)
        }
    }

    func testHugoIndexPageIsRefusedWithTheRename() throws {
        let site = try site(["content/guides/index.md": "---\ntitle: Guides\n---\n\nAll guides.\n", "content/guides/one.md": "---\ntitle: One\n---\n\nText.\n"])
        let result = try site.build()
        XCTAssertEqual(result.status, 1)
        assertLines(result, [
            "content/guides/index.md:1:1: error: a folder's own page is its _index.md, not index.md (as index.md it would be published at .../index/); "
                + "rename this file to content/guides/_index.md [folder-page]",
        ])
    }

    func testIndexPageBesideAnIndexIsRefused() throws {
        let site = try site(["content/topics/index.md": "---\ntitle: Index\n---\n\nText.\n"])
        let result = try site.build()
        XCTAssertEqual(result.status, 1)
        assertLines(result, [
            "content/topics/index.md:1:1: error: a folder's own page is its _index.md, and this folder has one (content/topics/_index.md); ",
        ])
    }

    func testPageBesideItsFolderIsRefusedWithTheMove() throws {
        var files = Fixtures.tinySite
        files["content/topics/_index.md"] = nil
        files["content/topics.md"] = "---\ntitle: Topics\n---\n\nSee [first](topics/first.md).\n"
        let site = try FixtureSite(files, testCase: self)
        let result = try site.build()
        XCTAssertEqual(result.status, 1)
        assertLines(result, [
            "content/topics.md:1:1: error: this page and the folder content/topics/ both become /topics/; a folder's own page is its _index.md, "
                + "so move this file to content/topics/_index.md (then start its links from inside the folder: 'topics/page.md' becomes 'page.md', "
                + "'other.md' becomes '../other.md') [folder-page]",
        ])
        XCTAssertFalse(result.stderr.contains("[duplicate-url]"), result.stderr)
    }

    func testTOMLFrontMatterGetsTheExactChange() throws {
        let site = try site(["content/topics/second.md": "+++\ntitle = \"Second topic\"\n+++\n\nText.\n"])
        let result = try site.build()
        XCTAssertEqual(result.status, 1)
        assertLines(result, [
            "content/topics/second.md:1:1: error: this page's front matter is TOML (between '+++' lines), and Pamphlet reads YAML between two '---' lines: "
                + "replace each '+++' line with '---' and write each 'key = \"value\"' as 'key: value' (title = \"Flu vaccine\" becomes title: Flu vaccine), "
                + "or bring the whole site over with 'pamphlet import OLD-FOLDER NEW-FOLDER', which converts every page [front-matter]",
        ])
    }

    func testOneDigitMonthAndDayAreReadWithANote() throws {
        let site = try site(["content/topics/second.md": "---\ntitle: Second topic\nreviewed: 2025-3-5\n---\n\nText.\n"])
        let result = try site.buildCleanly()
        XCTAssertTrue(result.stderr.contains("content/topics/second.md:3:11: note: 'reviewed' is read as 2025-03-05 (2025-3-5 has a one-digit month or day); write it as 2025-03-05 [date]\n"), result.stderr)
        XCTAssertTrue(site.output("topics/second/index.html").contains("2025-03-05"))
    }

    func testEmptyAliasesAreNoAliases() throws {
        let site = try site([
            "content/topics/second.md": "---\ntitle: Second topic\naliases:\n---\n\nText.\n",
            "content/topics/first.md": "---\ntitle: First topic\naliases: []\n---\n\nText.\n",
            "content/_index.md": "---\ntitle: Home\naliases: [\"\"]\n---\n\nHello.\n",
        ])
        let result = try site.buildCleanly()
        XCTAssertFalse(result.stderr.contains("alias"), result.stderr)
    }

    func testEveryAliasProblemAndContentProblemInOneRun() throws {
        let site = try site([
            "content/topics/first.md": "---\ntitle: First topic\naliases: [/topics/second/, ../outside/]\n---\n\nA [broken](missing.md) link.\n",
            "content/topics/second.md": "---\ntitle: Second topic\naliases: [/old/]\n---\n\nText.\n",
            "content/other.md": "---\ntitle: Other\naliases: [/old/]\n---\n\nText.\n",
        ])
        let result = try site.build()
        XCTAssertEqual(result.status, 1)
        assertLines(result, [
            "content/topics/first.md:3:11: error: the alias '/topics/second/' is the address of content/topics/second.md",
            "content/topics/first.md:3:28: error: the alias '../outside/' contains '..'",
            "content/topics/second.md:3:11: error: the alias '/old/' is also an alias of content/other.md",
            "content/topics/first.md:6:3: error: the link 'missing.md'",
        ])
        XCTAssertFalse(FileManager.default.fileExists(atPath: site.output.path), "nothing is written when an alias is refused")
    }

    func testShortcodeIsAWarningAtItsLineOutsideCode() throws {
        let site = try site(["content/topics/second.md": """
            ---
            title: Second topic
            ---

            Text.

            {{< youtube abc >}}

            In code: `{{< ref "x" >}}` and

            ```
            {{% notice %}}
            ```

                {% include x.html %}

            A Jekyll tag {% include note.html %} in a sentence.

            """])
        let result = try site.buildCleanly()
        assertLines(result, [
            "content/topics/second.md:7:1: warning: '{{< youtube abc >}}' is a Hugo shortcode, which Pamphlet does not run, so patients would see it as text; ",
            "content/topics/second.md:17:14: warning: '{% include note.html %}' is a Liquid tag (Jekyll)",
        ])
        XCTAssertEqual(result.diagnosticLines.filter { $0.contains("[shortcode]") }.count, 2, result.stderr)
    }
}
