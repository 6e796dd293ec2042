import Foundation
import XCTest

/// Every kind of bad input: the build exits 1, says where the problem is,
/// compiler style, and leaves the previous output exactly as it was.
final class BadInputTests: XCTestCase {
    private let second = "content/topics/second.md"

    // MARK: Front matter

    func testFrontMatterWithoutClosingLine() throws {
        try assertBuildRejected(["content/topics/second.md:1:1: error: the front matter that starts on line 1 is never closed"]) {
            try $0.write([self.second: "---\ntitle: Second topic\n\nText.\n"])
        }
    }

    /// "Billion laughs": ten levels of ten aliases once took the build past 8 GB.
    func testFrontMatterAliasBomb() throws {
        var yaml = #"a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol","lol"]"# + "\n"
        for level in 1..<10 {
            yaml += "a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ",") + "]\n"
        }
        try assertBuildRejected(["content/topics/second.md:6:1: error: this value repeats anchored values"]) {
            try $0.write([self.second: "---\ntitle: Second topic\n" + yaml + "---\n\nText.\n"])
        }
    }

    func testPageWithoutFrontMatter() throws {
        try assertBuildRejected(["content/topics/second.md:1:1: error: a page must start with front matter"]) {
            try $0.write([self.second: "# Second topic\n\nText.\n"])
        }
    }

    func testInvalidYAML() throws {
        let result = try assertBuildRejected(["content/topics/second.md:2:20: error: invalid YAML: "]) {
            try $0.write([self.second: "---\ntitle: Gene therapy: an overview\n---\n\nText.\n"])
        }
        XCTAssertTrue(result.stderr.contains("put quotes around text that contains ': '"), result.stderr)
    }

    func testMissingTitle() throws {
        try assertBuildRejected(["content/topics/second.md:2:1: error: the page has no title; add a line such as 'title: "]) {
            try $0.write([self.second: "---\ndescription: A page with no title.\n---\n\nText.\n"])
        }
    }

    func testDateThatIsNotADate() throws {
        try assertBuildRejected([
            "content/topics/second.md:3:11: error: 'reviewed' must be a date written as YYYY-MM-DD (for example 2025-03-15), found '2025-02-30'",
            "content/topics/second.md:4:14: error: 'next_review' must be a date written as YYYY-MM-DD (for example 2025-03-15), found 'soon'",
        ]) {
            try $0.write([self.second: "---\ntitle: Second topic\nreviewed: 2025-02-30\nnext_review: soon\n---\n\nText.\n"])
        }
    }

    func testUnknownSiteKeyWithSuggestion() throws {
        try assertBuildRejected(["site.yml:6:1: error: unknown key 'publsher' in site.yml; did you mean 'publisher'?"]) {
            try $0.write(["site.yml": Fixtures.siteYML + "publsher: Someone\n"])
        }
    }

    func testInvalidSiteYAMLAndBadBaseURL() throws {
        try assertBuildRejected(["site.yml:3:11: error: base_url must be an absolute http or https address"]) {
            try $0.write(["site.yml": Fixtures.siteYML.replacingOccurrences(of: "https://example.org/", with: "example.org")])
        }
    }

    func testInvalidSiteYAML() throws {
        let result = try assertBuildRejected(["site.yml:2:13: error: invalid YAML: mapping values are not allowed"]) {
            try $0.write(["site.yml": "base_url: https://example.org/\ntitle: Genes: a guide\n"])
        }
        XCTAssertTrue(result.diagnosticLines.first?.contains(": error: invalid YAML: ") ?? false, result.stderr)
    }

    // MARK: Addresses

    func testTwoPagesWritingTheSameFile() throws {
        let result = try assertBuildRejected([
            "content/topics/zz-copy.md:3: error: this page and content/topics/first.md both become /topics/first/",
        ]) {
            try $0.write(["content/topics/zz-copy.md": "---\ntitle: A copy\nslug: first\n---\n\nText.\n"])
        }
        XCTAssertTrue(result.stderr.contains("give one of them a different 'slug' or 'url'"))
    }

    func testTwoPagesWritingTheSameFileThroughURL() throws {
        try assertBuildRejected(["content/topics/second.md:3: error: this page and content/topics/first.md both become /topics/first/"]) {
            try $0.write([self.second: "---\ntitle: Second topic\nurl: /topics/first/\n---\n\nText.\n"])
        }
    }

    func testTwoFileNamesWithTheSameSlug() throws {
        try assertBuildRejected(["content/topics/first.md: error: this page and content/topics/First!.md both become /topics/first/"]) {
            try $0.write(["content/topics/First!.md": "---\ntitle: Loud first\n---\n\nText.\n"])
        }
    }

    func testPageAndSectionWithOneAddress() throws {
        try assertBuildRejected(["content/topics/_index.md: error: this page and content/topics.md both become /topics/"]) {
            try $0.write(["content/topics.md": "---\ntitle: Topics page\n---\n\nText.\n"])
        }
    }

    func testSlugWithParentFolder() throws {
        try assertBuildRejected(["content/topics/second.md:3:1: error: 'slug' must be one part of an address, without '/' or '..'"]) {
            try $0.write([self.second: "---\ntitle: Second topic\nslug: ../../escape\n---\n\nText.\n"])
        }
    }

    func testURLWithParentFolder() throws {
        try assertBuildRejected(["content/topics/second.md:3:1: error: 'url' contains '..', which would land outside the site"]) {
            try $0.write([self.second: "---\ntitle: Second topic\nurl: /../../escape/\n---\n\nText.\n"])
        }
    }

    func testAliasWithParentFolder() throws {
        try assertBuildRejected(["content/topics/second.md:4:5: error: the alias '/../escape/' contains '..', which would land outside the site"]) {
            try $0.write([self.second: "---\ntitle: Second topic\naliases:\n  - /../escape/\n---\n\nText.\n"])
        }
    }

    func testAliasCollidingWithAPage() throws {
        try assertBuildRejected(["content/topics/second.md:3:11: error: the alias '/topics/first/' is the address of content/topics/first.md"]) {
            try $0.write([self.second: "---\ntitle: Second topic\naliases: [/topics/first/]\n---\n\nText.\n"])
        }
    }

    func testAliasCollidingWithAnotherAlias() throws {
        try assertBuildRejected(["content/topics/second.md:3:10: error: the alias '/old' is also an alias of content/topics/first.md (line 3)"]) {
            try $0.write([
                "content/topics/first.md": "---\ntitle: First topic\naliases: /old/\n---\n\nText.\n",
                self.second: "---\ntitle: Second topic\naliases: /old\n---\n\nText.\n",
            ])
        }
    }

    func testAliasNamingAFilePamphletWrites() throws {
        try assertBuildRejected([
            "content/topics/second.md:4:5: error: the alias '/sitemap.xml' is taken by the sitemap",
            "content/topics/second.md:5:5: error: the alias '/a-z/' is taken by the A to Z index",
            "content/topics/second.md:6:5: error: the alias '/images/a.svg' is taken by content/images/a.svg",
        ]) {
            try $0.write([self.second: "---\ntitle: Second topic\naliases:\n  - /sitemap.xml\n  - /a-z/\n  - /images/a.svg\n---\n\nText.\n"])
        }
    }

    func testPageURLNamingAFilePamphletWrites() throws {
        try assertBuildRejected([
            "content/topics/second.md: error: this page's address is needed for robots.txt; give the page another 'slug' or 'url'",
        ]) {
            try $0.write([self.second: "---\ntitle: Second topic\nurl: /robots.txt\n---\n\nText.\n"])
        }
        try assertBuildRejected(["content/topics/second.md: error: this page's address is needed for the A to Z index"]) {
            try $0.write([self.second: "---\ntitle: Second topic\nurl: /a-z/\n---\n\nText.\n"])
        }
    }

    // MARK: Files

    func testFileThatIsNotUTF8() throws {
        try assertBuildRejected(["content/topics/second.md:2:11: error: the file is not valid UTF-8 text; save it as UTF-8 in your editor"]) {
            var bytes = Array("---\ntitle: Caf".utf8)
            bytes.append(0xE9)  // "é" saved as Latin-1
            bytes += Array("\n---\n\nText.\n".utf8)
            try $0.write(self.second, Data(bytes))
        }
    }

    func testEmptyFile() throws {
        try assertBuildRejected(["content/topics/second.md:1:1: error: the file is empty; start it with front matter"]) {
            try $0.write([self.second: ""])
        }
        try assertBuildRejected(["content/topics/second.md:1:1: error: the file is empty"]) {
            try $0.write([self.second: "  \n\n\t\n"])
        }
    }

    func testSymbolicLinkOutsideContent() throws {
        let outside = FileManager.default.temporaryDirectory.appendingPathComponent("pamphlet-e2e-secret-\(UUID().uuidString).md")
        try Data("---\ntitle: Secret\n---\n\nSecret text.\n".utf8).write(to: outside)
        addTeardownBlock { try? FileManager.default.removeItem(at: outside) }
        let result = try assertBuildRejected(["content/topics/secret.md: error: this symbolic link points outside content/"]) {
            try FileManager.default.createSymbolicLink(at: $0.url("content/topics/secret.md"), withDestinationURL: outside)
        }
        XCTAssertFalse(result.stderr.contains("Secret text"))
    }

    func testSymbolicLinkInsideContentIsFollowed() throws {
        let site = try FixtureSite(Fixtures.tinySite, testCase: self)
        try FileManager.default.createSymbolicLink(
            atPath: site.url("content/topics/same-as-second.md").path, withDestinationPath: "second.md")
        try site.buildCleanly()
        XCTAssertEqual(HTML.h1(site.output("topics/same-as-second/index.html")), "Second topic")
        XCTAssertEqual(HTML.h1(site.output("topics/second/index.html")), "Second topic")
    }

    // MARK: Links

    func testLinkToAMissingPage() throws {
        try assertBuildRejected([
            "content/topics/first.md:5:5: error: the link 'secnd.md' points to content/topics/secnd.md, which does not exist; did you mean 'topics/second.md'?",
        ]) {
            try $0.write(["content/topics/first.md": "---\ntitle: First topic\n---\n\nSee [the second](secnd.md).\n"])
        }
    }

    func testLinkToAMissingStaticFile() throws {
        try assertBuildRejected([
            "content/topics/first.md:6:3: error: the link '../images/b.svg' points to content/images/b.svg, which does not exist; did you mean 'images/a.svg'?",
        ]) {
            try $0.write(["content/topics/first.md": "---\ntitle: First topic\n---\n\nText.\nA ![picture](../images/b.svg).\n"])
        }
    }

    func testLinkToAMissingHeading() throws {
        try assertBuildRejected([
            "content/topics/first.md:5:4: error: the link 'second.md#nowhere' names the heading '#nowhere', which content/topics/second.md does not have (it has no headings)",
            "content/topics/first.md:7:4: error: the link '#detail' names the heading '#detail', which content/topics/first.md does not have; did you mean 'details'? (its headings are: details)",
        ]) {
            try $0.write(["content/topics/first.md": "---\ntitle: First topic\n---\n\nGo [there](second.md#nowhere).\n\nGo [down](#detail).\n\n## Details\n"])
        }
    }

    func testLinkClimbingAboveContent() throws {
        try assertBuildRejected([
            "content/topics/first.md:5:5: error: '../../../etc/passwd' goes above the content/ folder; links must stay inside the site",
        ]) {
            try $0.write(["content/topics/first.md": "---\ntitle: First topic\n---\n\nNot [this](../../../etc/passwd).\n"])
        }
    }

    func testBrokenLinksCanBeLoweredToWarnings() throws {
        let site = try FixtureSite(Fixtures.tinySite, testCase: self)
        try site.write([
            "site.yml": Fixtures.siteYML + "links:\n  broken: warning\n",
            "content/topics/first.md": "---\ntitle: First topic\n---\n\nSee [gone](gone.md) and [there](second.md#nowhere).\n",
        ])
        let result = try site.build()
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.errorLines, [])
        let broken = result.diagnosticLines.filter { $0.hasSuffix("[broken-link]") }
        XCTAssertEqual(broken.count, 2, result.stderr)
        XCTAssertTrue(broken.allSatisfy { $0.contains(": warning: ") })
        XCTAssertTrue(broken.contains { $0.hasPrefix("content/topics/first.md:5:5: warning: the link 'gone.md' points to") })
        XCTAssertTrue(broken.contains { $0.hasPrefix("content/topics/first.md:5:25: warning: the link 'second.md#nowhere' names the heading '#nowhere'") })
        XCTAssertTrue(result.stdout.hasPrefix("Built 2 pages"), result.stdout)
        // The page is still written, with the broken link left as written.
        XCTAssertTrue(site.output("topics/first/index.html").contains(#"<a href="gone.md">gone</a>"#))
    }

    func testEveryProblemInOneRunIsReported() throws {
        let result = try assertBuildRejected([
            "content/topics/second.md:1:1: error: the file is empty",
            "content/topics/third.md:3:11: error: 'reviewed' must be a date",
            "content/topics/fourth.md:2:1: error: the page has no title",
        ]) {
            try $0.write([
                self.second: "",
                "content/topics/third.md": "---\ntitle: Third\nreviewed: 2025-13-01\n---\n",
                "content/topics/fourth.md": "---\nweight: 1\n---\n",
            ])
        }
        XCTAssertTrue(result.stderr.contains("Build failed: 3 errors, 0 warnings."), result.stderr)
    }
}
