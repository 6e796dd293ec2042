import Foundation
import XCTest
@testable import PamphletImport

/// A Hugo site's `permalinks` setting gave its pages their addresses; the
/// import keeps them, so old links and bookmarks keep working.
final class HugoPermalinksTests: XCTestCase {
    private func matter(_ yaml: String) -> SourceFrontMatter {
        SourceFrontMatter.read("---\n" + yaml + "\n---\n\nText.\n").0
    }

    func testPatternsAreFollowedAsHugoFollowsThem() {
        let permalinks = HugoPermalinks(patterns: ["news": ":year/:month/:day/:slug/", "events": "/event/:year/:month/:title/", "guides": "/:sections/:filename"])
        let dated = matter("title: \"Women In Federal IT & Cyber: Session #2\"\ndate: 2020-7-23 10:00:00 -0400\nslug: Women-In-IT")
        XCTAssertEqual(permalinks.address(of: "news/2020/07/2020-07-23-women.md", matter: dated), .url("/2020/07/23/women-in-it/"))
        XCTAssertEqual(permalinks.address(of: "events/2020/women.md", matter: dated), .url("/event/2020/07/women-in-federal-it-cyber-session-#2/"))
        XCTAssertEqual(permalinks.address(of: "guides/asthma/inhalers.md", matter: dated), .url("/guides/asthma/inhalers/"))
        // A leaf bundle is named after its folder; a section's own page and other folders keep Pamphlet's addresses.
        XCTAssertEqual(permalinks.address(of: "guides/asthma/index.md", matter: dated), .url("/guides/asthma/asthma/"))
        XCTAssertNil(permalinks.address(of: "news/_index.md", matter: dated))
        XCTAssertNil(permalinks.address(of: "about/team.md", matter: dated))
        XCTAssertNil(permalinks.address(of: "news.md", matter: dated))
        guard case .problem(let message)? = permalinks.address(of: "news/undated.md", matter: matter("title: Undated")) else {
            return XCTFail("an undated page has no :year")
        }
        XCTAssertTrue(message.contains("needs :year"), message)
        guard case .problem? = HugoPermalinks(patterns: ["news": "/:weekdayname/:slug/"]).address(of: "news/a.md", matter: dated) else {
            return XCTFail("a token the import does not follow is said")
        }
    }

    func testHugosURLizeKeepsLettersDigitsAndAFewMarks() {
        XCTAssertEqual(HugoPermalinks.urlize("Women In Federal IT & Cyber"), "women-in-federal-it-cyber")
        XCTAssertEqual(HugoPermalinks.urlize("  Qué es la  terapia génica? "), "qué-es-la-terapia-génica")
        // Hyphens written stay, as in Hugo.
        XCTAssertEqual(HugoPermalinks.urlize("C++ -- and C#"), "c++--and-c#")
    }

    func testTheSettingIsReadFromHugosSettingsFiles() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("permalinks-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        for (name, text, expected) in [
            ("config.yml", "title: X\npermalinks:\n  news: \":year/:slug/\"\n", ["news": ":year/:slug/"]),
            ("hugo.toml", "title = 'X'\n[permalinks.page]\nposts = '/:year/:month/:slug/'\n[permalinks.section]\nposts = '/articles/'\n", ["posts": "/:year/:month/:slug/"]),
            ("config/_default/permalinks.toml", "events = '/event/:slug/'\n", ["events": "/event/:slug/"]),
            ("hugo.json", "{\"permalinks\": {\"tips\": \"/t/:slug/\"}}", ["tips": "/t/:slug/"]),
        ] {
            try? FileManager.default.removeItem(at: root)
            let file = root.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: file)
            XCTAssertEqual(HugoPermalinks(source: root).patterns, expected, name)
        }
    }

    /// Hugo reads front matter after blank lines at the top; lines keep their numbers.
    func testFrontMatterAfterBlankLines() {
        let (matter, problem) = SourceFrontMatter.read("\n\n---\ntitle: Flu\ndate: 2018-07-16\n---\n\nText.\n")
        XCTAssertNil(problem)
        XCTAssertEqual(matter.values["title"]?.text, "Flu")
        XCTAssertEqual(matter.lines["date"], 5)
        XCTAssertEqual(matter.bodyStartLine, 7)
        XCTAssertEqual(String(matter.body), "\nText.\n")
    }
}
