import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import XCTest

/// The "What's new" Atom feed of each language (`/atom.xml`, `/es/atom.xml`).
/// scripts/check-feeds parses the sample site's feeds with feedparser too.
final class FeedTests: XCTestCase {
    private func site(_ extra: [String: String] = [:]) throws -> FixtureSite {
        var files = [
            "site.yml": """
                title: Clinic & "Care"
                base_url: https://example.org/health/
                description: Pages about care & health.
                publisher: Example <Health> Trust
                languages:
                  - {code: en, name: English, default: true}
                  - {code: es, name: Español}
                """,
            "content/_index.md": "---\ntitle: Home\nreviewed: 2025-01-01\n---\nWelcome.\n",
            "content/_index.es.md": "---\ntitle: Inicio\ndescription: Páginas en español.\n---\nBienvenida.\n",
            "content/care/_index.md": "---\ntitle: Care\nreviewed: 2025-02-01\n---\nAbout care.\n",
            "content/care/old.md": "---\ntitle: Old page\ndescription: An old page.\nreviewed: 2024-03-01\n---\nOld.\n",
            "content/care/new.md": "---\ntitle: \"Fish & <chips> \\\"now\\\" \\u0001\"\ndescription: New & 'better' <b>.\nreviewed: 2025-05-01\n---\nNew.\n",
            "content/care/unreviewed.md": "---\ntitle: Not reviewed\n---\nNo review date.\n",
            "content/care/new.es.md": "---\ntitle: Nuevo\ndescription: Una página nueva.\nreviewed: 2025-04-01\n---\nNuevo.\n",
        ]
        files.merge(extra) { _, new in new }
        return try FixtureSite(files, testCase: self)
    }

    /// The feed as a parsed XML document: fails the test when it is not well-formed.
    private func document(_ text: String, file: StaticString = #filePath, line: UInt = #line) throws -> XMLDocument {
        try XMLDocument(data: Data(text.utf8), options: [])
    }

    private func strings(_ document: XMLDocument, _ path: String) throws -> [String] {
        try document.nodes(forXPath: path).map { $0.stringValue ?? "" }
    }

    func testEachLanguageHasAFeedOfReviewedPagesNewestFirst() throws {
        let fixture = try site()
        try fixture.buildCleanly()
        let feed = try document(fixture.output("atom.xml"))
        let root = try XCTUnwrap(feed.rootElement())
        XCTAssertEqual(root.uri, "http://www.w3.org/2005/Atom")
        XCTAssertEqual(root.attribute(forName: "xml:lang")?.stringValue, "en")
        XCTAssertEqual(try strings(feed, "/*/*[local-name()='title']"), ["Clinic & \"Care\": What's new"])
        XCTAssertEqual(try strings(feed, "/*/*[local-name()='id']"), ["https://example.org/health/atom.xml"])
        XCTAssertEqual(try strings(feed, "/*/*[local-name()='updated']"), ["2025-05-01T00:00:00Z"])
        XCTAssertEqual(try strings(feed, "/*/*[local-name()='author']/*[local-name()='name']"), ["Example <Health> Trust"])
        XCTAssertEqual(try strings(feed, "//*[local-name()='entry']/*[local-name()='title']"),
                       ["Fish & <chips> \"now\" ", "Care", "Home", "Old page"], "reviewed pages only, newest review first")
        XCTAssertEqual(try strings(feed, "//*[local-name()='entry']/*[local-name()='updated']"),
                       ["2025-05-01T00:00:00Z", "2025-02-01T00:00:00Z", "2025-01-01T00:00:00Z", "2024-03-01T00:00:00Z"])
        XCTAssertEqual(try strings(feed, "//*[local-name()='entry']/*[local-name()='id']").first, "https://example.org/health/care/new/")
        XCTAssertEqual(try strings(feed, "//*[local-name()='entry']/*[local-name()='summary']").first, "New & 'better' <b>.")
        let spanish = try document(fixture.output("es/atom.xml"))
        XCTAssertEqual(try strings(spanish, "//*[local-name()='entry']/*[local-name()='title']"), ["Nuevo"])
        XCTAssertEqual(try strings(spanish, "/*/*[local-name()='title']"), ["Clinic & \"Care\": Novedades"])
        XCTAssertEqual(try strings(feed, "/*/*[local-name()='subtitle']"), ["Pages about care & health."])
        XCTAssertEqual(try strings(spanish, "/*/*[local-name()='subtitle']"), ["Páginas en español."], "the language's home page description")
    }

    func testEveryPageLinksToItsLanguagesFeed() throws {
        let fixture = try site()
        try fixture.buildCleanly()
        let link = #"<link rel="alternate" type="application/atom+xml" title="Clinic &amp; &quot;Care&quot;: What&#39;s new" href="/health/atom.xml">"#
        for page in ["index.html", "care/index.html", "care/old/index.html", "404.html", "a-z/index.html"] {
            XCTAssertTrue(fixture.output(page).contains(link), page)
        }
        XCTAssertTrue(fixture.output("es/care/new/index.html").contains(#"href="/health/es/atom.xml">"#))
    }

    func testEntriesAreCappedAndFeedFalseTurnsTheFeedOff() throws {
        let fixture = try site()
        let yml = try String(contentsOf: fixture.url("site.yml"), encoding: .utf8)
        try fixture.write(["site.yml": yml + "\nfeed:\n  entries: 2\n"])
        try fixture.buildCleanly()
        let feed = try document(fixture.output("atom.xml"))
        XCTAssertEqual(try strings(feed, "//*[local-name()='entry']/*[local-name()='title']").count, 2)
        try fixture.write(["site.yml": yml + "\nfeed: false\n"])
        try fixture.buildCleanly()
        XCTAssertFalse(fixture.outputExists("atom.xml"))
        XCTAssertFalse(fixture.outputExists("es/atom.xml"))
        XCTAssertFalse(fixture.output("index.html").contains("application/atom+xml"))
    }

    func testBadFeedSettingsAreErrors() throws {
        let fixture = try site()
        let yml = try String(contentsOf: fixture.url("site.yml"), encoding: .utf8)
        try fixture.write(["site.yml": yml + "\nfeed:\n  entries: 0\n"])
        let zero = try fixture.build()
        XCTAssertEqual(zero.status, 1)
        XCTAssertTrue(zero.stderr.contains("feed.entries must be 1 or more"), zero.stderr)
        try fixture.write(["site.yml": yml + "\nfeed:\n  entires: 5\n"])
        let typo = try fixture.build()
        XCTAssertEqual(typo.status, 1)
        XCTAssertTrue(typo.stderr.contains("unknown key 'entires' in feed"), typo.stderr)
    }

    func testAContentFileCannotTakeTheFeedsAddress() throws {
        let fixture = try site(["content/es/atom.xml": "<feed/>"])
        let run = try fixture.build()
        XCTAssertEqual(run.status, 1)
        XCTAssertTrue(run.stderr.contains(
            "content/es/atom.xml: error: this file would replace the \"What's new\" feed, which Pamphlet writes at /es/atom.xml; "
                + "rename it, or turn Pamphlet's feed off with 'feed: false' in site.yml"), run.stderr)
        // With the feed off, the address is the writer's.
        let yml = try String(contentsOf: fixture.url("site.yml"), encoding: .utf8)
        try fixture.write(["site.yml": yml + "\nfeed: false\n"])
        try fixture.buildCleanly()
        XCTAssertEqual(fixture.output("es/atom.xml"), "<feed/>")
    }
}
