import Foundation
import XCTest

/// The happy path: what a successful `pamphlet build` writes, and where.
final class BuildTests: XCTestCase {
    func testPrettyURLsForEveryPage() throws {
        let site = try FixtureSite(Fixtures.healthSite, testCase: self)
        let result = try site.buildCleanly()
        XCTAssertTrue(result.stdout.hasPrefix("Built 10 pages in 5 sections into "), result.stdout)
        for path in [
            "index.html",
            "genetics/index.html",
            "genetics/dna/index.html",
            "genetics/cells/index.html",
            "genetics/chromosomes/index.html",
            "genetics/alleles/index.html",
            "genetics/therapy/index.html",
            "genetics/therapy/gene-therapy/index.html",
            "testing/index.html",
            "testing/results/index.html",
            "care/index.html",
            "care/10-questions/index.html",
            "a-z/index.html",
            "404.html",
            "sitemap.xml",
            "atom.xml",
            "robots.txt",
        ] {
            XCTAssertTrue(site.outputExists(path), "\(path) is missing")
        }
        XCTAssertEqual(HTML.h1(site.output("genetics/therapy/gene-therapy/index.html")), "Gene therapy")
        XCTAssertEqual(HTML.h1(site.output("index.html")), "Health library")
        // No page is written under its Markdown name.
        XCTAssertFalse(FixtureSite.files(in: site.output).contains { $0.hasSuffix(".md") })
        XCTAssertFalse(site.outputExists("genetics/dna.html"))
    }

    func testSlugsAreTransliteratedAndOverridesAreHonoured() throws {
        let site = try FixtureSite(Fixtures.healthSite, testCase: self)
        try site.buildCleanly()
        XCTAssertEqual(HTML.h1(site.output("care/terapia-genica/index.html")), "Terapia génica")
        XCTAssertEqual(HTML.h1(site.output("about-us/index.html")), "About this site", "slug replaces the file name")
        XCTAssertFalse(site.outputExists("about/index.html"))
        XCTAssertEqual(HTML.h1(site.output("editing/index.html")), "Genome editing", "url moves the page")
        XCTAssertFalse(site.outputExists("genetics/therapy/editing/index.html"))
        let therapy = site.output("genetics/therapy/gene-therapy/index.html")
        XCTAssertTrue(therapy.contains(#"<a href="/editing/">editing</a>"#), "links follow the url override")
    }

    func testTimingsListEveryStageInOrder() throws {
        let site = try FixtureSite(Fixtures.healthSite, testCase: self)
        let plain = try site.buildCleanly()
        XCTAssertFalse(plain.stdout.contains("Render Markdown"), plain.stdout)
        let timed = try site.buildCleanly(["--timings"])
        let lines = timed.stdout.split(separator: "\n").dropFirst().map { $0.trimmingCharacters(in: .whitespaces) }
        let stages = ["Read site.yml", "Read content", "Arrange pages", "Render Markdown", "Check links", "Check content", "Load theme", "Write site"]
        XCTAssertEqual(lines.count, stages.count, timed.stdout)
        for (line, stage) in zip(lines, stages) {
            XCTAssertTrue(line.hasPrefix(stage), line)
            XCTAssertTrue(line.hasSuffix(" s"), line)
        }
    }

    func testDraftsAreSkippedUnlessAskedFor() throws {
        let site = try FixtureSite(Fixtures.healthSite, testCase: self)
        try site.buildCleanly()
        XCTAssertFalse(site.outputExists("genetics/draft-page/index.html"))
        XCTAssertFalse(site.output("genetics/index.html").contains("Work in progress"))
        XCTAssertFalse(site.output("sitemap.xml").contains("draft-page"))

        let withDrafts = try site.buildCleanly(["--drafts"])
        XCTAssertTrue(withDrafts.stdout.hasPrefix("Built 11 pages"), withDrafts.stdout)
        XCTAssertEqual(HTML.h1(site.output("genetics/draft-page/index.html")), "Work in progress")
        XCTAssertTrue(HTML.childTitles(site.output("genetics/index.html")).contains("Work in progress"))
    }

    func testStaticFilesAreCopiedByteForByte() throws {
        let site = try FixtureSite(Fixtures.healthSite, testCase: self)
        let image = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0xFF, 0xFE])
        try site.write("content/images/photo.png", image)
        try site.buildCleanly()
        XCTAssertEqual(site.output("images/cell.svg"), Fixtures.healthSite["content/images/cell.svg"])
        XCTAssertEqual(site.output("files/leaflet.pdf"), "%PDF-1.4 test leaflet\n")
        XCTAssertEqual(FileManager.default.contents(atPath: site.output.appendingPathComponent("images/photo.png").path), image)
        // Theme assets come with content-hashed names.
        let stylesheets = FixtureSite.files(in: site.output).filter { $0.hasPrefix("assets/style.") && $0.hasSuffix(".css") }
        XCTAssertEqual(stylesheets.count, 1)
        XCTAssertTrue(site.output("index.html").contains(#"<link rel="stylesheet" href="/\#(stylesheets.first ?? "?")">"#))
    }

    func testCanonicalOpenGraphAndVisibleURLAgree() throws {
        let site = try FixtureSite(Fixtures.healthSite, testCase: self)
        try site.buildCleanly()
        let expected = [
            "index.html": "https://example.org/",
            "genetics/index.html": "https://example.org/genetics/",
            "genetics/therapy/gene-therapy/index.html": "https://example.org/genetics/therapy/gene-therapy/",
            "about-us/index.html": "https://example.org/about-us/",
            "editing/index.html": "https://example.org/editing/",
        ]
        for (path, url) in expected {
            let html = site.output(path)
            XCTAssertEqual(HTML.canonical(html), url, path)
            XCTAssertEqual(HTML.ogURL(html), url, path)
            XCTAssertEqual(HTML.visibleURL(html), url, path)
        }
        // Every page, not only those above (a section's printable page shows each of its pages' addresses instead;
        // the search page, which search engines are asked not to index, prints no address of its own).
        for path in site.htmlFiles where path.hasSuffix("index.html") && !path.hasPrefix("gene-therapy-basics")
            && !path.hasSuffix("/print/index.html") && !path.hasSuffix("search/index.html") {
            let html = site.output(path)
            let canonical = try XCTUnwrap(HTML.canonical(html), path)
            XCTAssertEqual(HTML.ogURL(html), canonical, path)
            XCTAssertEqual(HTML.visibleURL(html), canonical, path)
            XCTAssertEqual(canonical, "https://example.org/" + path.dropLast("index.html".count), path)
        }
    }

    func testBaseURLOverride() throws {
        let site = try FixtureSite(Fixtures.healthSite, testCase: self)
        try site.buildCleanly(["--base-url", "https://staging.example.net"])
        let html = site.output("genetics/dna/index.html")
        XCTAssertEqual(HTML.canonical(html), "https://staging.example.net/genetics/dna/")
        XCTAssertEqual(HTML.visibleURL(html), "https://staging.example.net/genetics/dna/")
        XCTAssertTrue(site.output("robots.txt").contains("Sitemap: https://staging.example.net/sitemap.xml"))
        XCTAssertFalse(site.output("sitemap.xml").contains("https://example.org/"))

        let bad = try site.build(["--base-url", "staging.example.net"])
        XCTAssertEqual(bad.status, 1)
        XCTAssertTrue(bad.stderr.contains("pamphlet: error: --base-url must be an absolute http or https address"), bad.stderr)
    }

    func testSubPathBaseURLPrefixesEveryAddress() throws {
        var files = Fixtures.healthSite
        files["site.yml"] = Fixtures.siteYML.replacingOccurrences(of: "base_url: https://example.org/", with: "base_url: https://example.org/health")
        let site = try FixtureSite(files, testCase: self)
        try site.buildCleanly()
        XCTAssertEqual(HTML.canonical(site.output("genetics/dna/index.html")), "https://example.org/health/genetics/dna/")
        XCTAssertTrue(site.output("genetics/dna/index.html").contains(#"<a href="/health/genetics/therapy/gene-therapy/#how-it-works">"#))
        var checked = 0
        for path in site.htmlFiles {
            let html = site.output(path)
            var addresses = HTML.links(in: html)
            addresses += HTML.matches(#"http-equiv="refresh" content="0; url=([^"]*)""#, in: html)
            for address in addresses where !address.hasPrefix("#") {
                checked += 1
                if address.hasPrefix("http") {
                    XCTAssertTrue(address.hasPrefix("https://example.org/health/"), "\(path): \(address)")
                } else {
                    XCTAssertTrue(address.hasPrefix("/health/"), "\(path): \(address)")
                }
            }
        }
        XCTAssertGreaterThan(checked, 100)
        XCTAssertTrue(site.output("robots.txt").contains("Sitemap: https://example.org/health/sitemap.xml"))
        for loc in HTML.matches("<loc>([^<]*)</loc>", in: site.output("sitemap.xml")) {
            XCTAssertTrue(loc.hasPrefix("https://example.org/health/"), loc)
        }
        // The files themselves stay at the root of the output folder.
        XCTAssertTrue(site.outputExists("genetics/dna/index.html"))
        XCTAssertFalse(site.outputExists("health"))
    }

    func testNoStaleFilesSurviveARebuild() throws {
        let site = try FixtureSite(Fixtures.healthSite, testCase: self)
        try site.buildCleanly()
        XCTAssertTrue(site.outputExists("genetics/chromosomes/index.html"))
        XCTAssertTrue(site.outputExists("files/leaflet.pdf"))
        try FileManager.default.createDirectory(at: site.output.appendingPathComponent("leftover"), withIntermediateDirectories: true)
        try Data("old".utf8).write(to: site.output.appendingPathComponent("leftover/old.html"))

        try site.remove("content/genetics/chromosomes.md")
        try site.remove("content/files/leaflet.pdf")
        try site.write(["content/genetics/dna.md": "---\ntitle: What is DNA?\nweight: 1\n---\n\nNo links any more.\n\n## Where DNA lives\n\nHere.\n"])
        try site.buildCleanly()
        XCTAssertFalse(site.outputExists("genetics/chromosomes/index.html"))
        XCTAssertFalse(site.outputExists("genetics/chromosomes"))
        XCTAssertFalse(site.outputExists("files/leaflet.pdf"))
        XCTAssertFalse(site.outputExists("leftover/old.html"))
        XCTAssertFalse(HTML.childTitles(site.output("genetics/index.html")).contains("Chromosomes"))
        // No staging folders are left beside the output either.
        let beside = try FileManager.default.contentsOfDirectory(atPath: site.root.path)
        XCTAssertEqual(beside.filter { $0.hasPrefix(".") }, [])
    }

    func testOutputCanGoElsewhere() throws {
        let site = try FixtureSite(Fixtures.healthSite, testCase: self)
        let elsewhere = FileManager.default.temporaryDirectory.appendingPathComponent("pamphlet-e2e-out-\(UUID().uuidString)/public")
        addTeardownBlock { try? FileManager.default.removeItem(at: elsewhere.deletingLastPathComponent()) }
        let result = try site.buildCleanly(["--output", elsewhere.path])
        XCTAssertTrue(result.stdout.contains("into \(elsewhere.path)/"), result.stdout)
        XCTAssertEqual(HTML.h1(site.output("genetics/dna/index.html", in: elsewhere)), "What is DNA?")
        XCTAssertFalse(FileManager.default.fileExists(atPath: site.output.path), "nothing is written into the site folder")
    }

    func testOutputInsideContentIsRefused() throws {
        let site = try FixtureSite(Fixtures.tinySite, testCase: self)
        let result = try site.build(["--output", site.url("content/out").path])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.contains("it is inside the site's content/ folder"), result.stderr)
        let replaceSite = try site.build(["--output", site.root.path])
        XCTAssertEqual(replaceSite.status, 1)
        XCTAssertTrue(replaceSite.stderr.contains("it is the site folder"), replaceSite.stderr)
        XCTAssertTrue(FileManager.default.fileExists(atPath: site.url("content/_index.md").path))
    }

    func testOneLetterFoldersBuild() throws {
        // Regression: NSString.deletingLastPathComponent trapped on "a".
        let site = try FixtureSite([
            "site.yml": Fixtures.siteYML,
            "content/a/_index.md": "---\ntitle: Section A\n---\n",
            "content/a/b/page.md": "---\ntitle: Page\n---\n\nSee [x](../../x/y.md).\n",
            "content/x/y.md": "---\ntitle: Y\n---\n",
        ], testCase: self)
        try site.buildCleanly()
        XCTAssertEqual(HTML.h1(site.output("a/index.html")), "Section A")
        XCTAssertEqual(HTML.h1(site.output("a/b/index.html")), "B")
        XCTAssertTrue(site.output("a/b/page/index.html").contains(#"<a href="/x/y/">x</a>"#))
        XCTAssertEqual(HTML.h1(site.output("x/index.html")), "X")
    }

    func testClosingLineWithTrailingSpaces() throws {
        let site = try FixtureSite(Fixtures.tinySite, testCase: self)
        try site.write(["content/topics/second.md": "---\ntitle: Second topic\n---   \n\nText.\n"])
        try site.buildCleanly()
        XCTAssertEqual(HTML.h1(site.output("topics/second/index.html")), "Second topic")
    }

    func testWindowsLineEndingsKeepLineNumbers() throws {
        let site = try FixtureSite(Fixtures.tinySite, testCase: self)
        try site.write(["content/topics/second.md": "---\r\ntitle: Second topic\r\n---\r\n\r\nSee [x](nope.md).\r\n"])
        let result = try site.build()
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.errorLines.first?.hasPrefix("content/topics/second.md:5:5: error: the link 'nope.md'") ?? false, result.stderr)
    }

    func testTextFromContentIsEscapedAndRawHTMLDropped() throws {
        let site = try FixtureSite(Fixtures.tinySite, testCase: self)
        try site.write(["content/topics/second.md": """
            ---
            title: Risks & "benefits" <b>now</b>
            description: Compare <options> & 'choices'
            ---

            <script>alert("raw")</script>

            Text with <img src=x onerror=alert(1)> and a [bad link](javascript:alert(2)).

            """])
        try site.buildCleanly()
        let html = site.output("topics/second/index.html")
        XCTAssertEqual(HTML.h1(html), "Risks &amp; &quot;benefits&quot; &lt;b&gt;now&lt;/b&gt;")
        XCTAssertTrue(html.contains(#"<meta property="og:title" content="Risks &amp; &quot;benefits&quot; &lt;b&gt;now&lt;/b&gt;">"#))
        XCTAssertTrue(html.contains(#"<meta name="description" content="Compare &lt;options&gt; &amp; &#39;choices&#39;">"#), html)
        XCTAssertFalse(html.contains("<script>alert"))
        XCTAssertFalse(html.contains("onerror"))
        XCTAssertFalse(html.contains("javascript:"))
        XCTAssertTrue(html.contains(#"<a href="">bad link</a>"#))
        XCTAssertTrue(site.output("a-z/index.html").contains("Risks &amp; &quot;benefits&quot;"))

        // With raw HTML on, its links are checked like Markdown's: the image's 'x' would be a broken link.
        try site.write(["site.yml": Fixtures.siteYML + "markdown:\n  unsafe_html: true\n"])
        let opted = try site.build()
        XCTAssertTrue(opted.stderr.contains("the link 'x' points to content/topics/x, which does not exist"), opted.stderr)
        try site.write(["content/topics/second.md": "---\ntitle: Second\n---\n\n<script>alert(\"raw\")</script>\n"])
        try site.buildCleanly()
        XCTAssertTrue(site.output("topics/second/index.html").contains("<script>alert(\"raw\")</script>"), "a site can opt in to raw HTML")
    }

    func testMissingSiteFileIsExplained() throws {
        let site = try FixtureSite(["content/_index.md": "---\ntitle: Home\n---\n"], testCase: self)
        let result = try site.build()
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.contains("site.yml: error: there is no site.yml in "), result.stderr)
    }
}
