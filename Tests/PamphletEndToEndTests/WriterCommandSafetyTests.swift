import Foundation
import XCTest

/// `pamphlet new` writes only inside content/ and quotes any title so that
/// it reads back exactly; `pamphlet init` keeps what is already there.
final class WriterCommandSafetyTests: XCTestCase {
    private func scratchFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("pamphlet-e2e-writer-\(UUID().uuidString)").resolvingSymlinksInPath()
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: url) }
        return url
    }

    private func assertOneLineError(
        _ result: CommandResult, _ message: String, file: StaticString = #filePath, line: UInt = #line
    ) {
        XCTAssertEqual(result.status, 1, result.stderr, file: file, line: line)
        XCTAssertEqual(result.errorLines.count, 1, result.stderr, file: file, line: line)
        XCTAssertEqual(result.stderr.split(separator: "\n").count, 1, result.stderr, file: file, line: line)
        XCTAssertTrue(result.stderr.hasPrefix("pamphlet: error: "), result.stderr, file: file, line: line)
        XCTAssertTrue(result.stderr.contains(message), "expected '\(message)' in:\n\(result.stderr)", file: file, line: line)
        XCTAssertFalse(result.stderr.contains("NSCocoaErrorDomain"), result.stderr, file: file, line: line)
    }

    func testNewRefusesPagesOutsideContent() throws {
        let site = try FixtureSite(Fixtures.tinySite, testCase: self)
        let elsewhere = try scratchFolder()
        try FileManager.default.createSymbolicLink(atPath: site.url("content/linked").path, withDestinationPath: elsewhere.path)
        // Each would land in the site folder or in `elsewhere` (never further
        // out, even for a pamphlet that does not check).
        let outside = [
            "../../outside.md", elsewhere.appendingPathComponent("x.md").path, "../../content/../page.md",
            "../linked/x.md", "../topics/../../escape.md",
        ]
        for path in outside {
            assertOneLineError(try Pamphlet.run(["new", path, "--title", "Away"], in: site.url("content/topics")), "is outside the site's content/ folder")
        }
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: elsewhere.path), [])
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: site.root.path).filter { $0.hasSuffix(".md") }, [])

        // Inside content/ it works however the path is written.
        XCTAssertEqual(try Pamphlet.run(["new", site.url("content/topics/by-full-path.md").path], in: site.root).status, 0)
        XCTAssertEqual(try Pamphlet.run(["new", "from-inside.md"], in: site.url("content/topics")).status, 0)
        XCTAssertTrue(FileManager.default.fileExists(atPath: site.url("content/topics/from-inside.md").path))
    }

    func testNewTitlesReadBackExactlyThroughTheBuild() throws {
        let site = try FixtureSite(Fixtures.tinySite, testCase: self)
        let titles = [
            "Asthma:", "Tabs\tand # hash", "null", "yes", "~", "He said \"hi\" and 'bye'", #"C:\path\to"#,
            "Two\nlines", "- dash", "[bracket]", "{brace}", "&anchor", "*alias", "!tag", "|", ">", "%", "@", "`tick`",
            "true", "0x1F", "1e3", "2025-01-01", "Trailing colon: ", "Ünïcödé – ✓", "bell\u{7}", "\u{2028}separator",
        ]
        for (number, title) in titles.enumerated() {
            let result = try Pamphlet.run(["new", "content/q/page-\(number).md", "--title=\(title)"], in: site.root)
            XCTAssertEqual(result.status, 0, "\(title): \(result.stderr)")
        }
        try site.buildCleanly()
        let check = try Pamphlet.run(["check", "--source", site.root.path, "--today", FixtureSite.today, "--format", "json"])
        struct Report: Decodable { struct Page: Decodable { var file: String; var title: String }; var pages: [Page] }
        let report = try JSONDecoder().decode(Report.self, from: Data(check.stdout.utf8))
        let read = Dictionary(uniqueKeysWithValues: report.pages.map { ($0.file, $0.title) })
        for (number, title) in titles.enumerated() {
            XCTAssertEqual(read["content/q/page-\(number).md"], title, "the title \(title.debugDescription) did not read back")
        }
    }

    func testNewRefusesAnEmptyTitle() throws {
        let site = try FixtureSite(Fixtures.tinySite, testCase: self)
        for title in ["", "   ", "\t\n"] {
            assertOneLineError(try Pamphlet.run(["new", "content/empty.md", "--title", title], in: site.root), "the title is empty")
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: site.url("content/empty.md").path))
    }

    func testInitOnAFileIsAOneLineError() throws {
        let parent = try scratchFolder()
        try Data("not a folder".utf8).write(to: parent.appendingPathComponent("plain"))
        assertOneLineError(try Pamphlet.run(["init", "plain"], in: parent), "plain is a file, not a folder; give pamphlet init a new or empty folder")
        XCTAssertEqual(try String(contentsOf: parent.appendingPathComponent("plain"), encoding: .utf8), "not a folder")
    }

    func testInitKeepsAnExistingGitignoreAndAddsOnlyWhatIsMissing() throws {
        let parent = try scratchFolder()
        let gitignore = parent.appendingPathComponent("site/.gitignore")
        try FileManager.default.createDirectory(at: gitignore.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data("node_modules/\n.env\noutput/".utf8).write(to: gitignore)
        let result = try Pamphlet.run(["init", "site"], in: parent)
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains(".gitignore (kept, with Pamphlet's lines added)"), result.stdout)
        XCTAssertEqual(try String(contentsOf: gitignore, encoding: .utf8), """
            node_modules/
            .env
            output/
            # Pamphlet: the built site and the folders a build makes beside it
            /.output.staging-*/
            /.output.old-*/

            """)
    }

    func testInitWritesAGitignoreThatMatchesTheBuildsFolders() throws {
        let parent = try scratchFolder()
        XCTAssertEqual(try Pamphlet.run(["init", "site"], in: parent).status, 0)
        let lines = try String(contentsOf: parent.appendingPathComponent("site/.gitignore"), encoding: .utf8).split(separator: "\n")
        XCTAssertEqual(lines, ["/output/", "/.output.staging-*/", "/.output.old-*/"])
    }

    func testInitRefusesAnExistingThemeAndWritesNothing() throws {
        let parent = try scratchFolder()
        let template = parent.appendingPathComponent("site/themes/default/templates/page.mustache")
        try FileManager.default.createDirectory(at: template.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data("my own page template".utf8).write(to: template)
        assertOneLineError(try Pamphlet.run(["init", "site"], in: parent), "themes/default already exists and pamphlet init never overwrites theme files")
        XCTAssertEqual(try String(contentsOf: template, encoding: .utf8), "my own page template")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: parent.appendingPathComponent("site").path), ["themes"])
    }
}
