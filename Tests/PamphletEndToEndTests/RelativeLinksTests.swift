import Foundation
import XCTest

/// `pamphlet build --relative` and `links: {relative: true}`: a folder that
/// works opened from the disk, where nothing turns a folder into its index.html.
final class RelativeLinksTests: XCTestCase {
    /// The health site plus a Spanish translation and a glossary: the
    /// language switcher, the glossary page and term links are covered too.
    private func files(siteYML: String) -> [String: String] {
        var files = Fixtures.healthSite
        files["site.yml"] = siteYML
        files["content/glossary.yml"] = "- term: nucleus\n  definition: The centre of a cell.\n"
        files["content/genetics/cells.es.md"] = """
            ---
            title: Células
            ---

            Las células guardan el ADN. Volver a [ADN](dna.md).

            """
        return files
    }

    private static let languages = """
        languages:
          - code: en
            name: English
            default: true
          - code: es
            name: Español

        """

    func testEveryLinkOfARelativeBuildLeadsToAFileOnDisk() throws {
        let site = try FixtureSite(files(siteYML: Fixtures.siteYML + Self.languages), testCase: self)
        try site.buildCleanly(["--relative"])
        let checked = try Self.assertEveryLinkResolves(in: site.output)
        XCTAssertGreaterThan(checked, 200, "the check read the links")

        let page = site.output("genetics/dna/index.html")
        XCTAssertTrue(page.contains(#"<link rel="stylesheet" href="../../assets/style."#), page)
        XCTAssertTrue(page.contains(#"href="../../index.html""#), "the home page is its index.html")
        XCTAssertTrue(page.contains(#"href="../../genetics/therapy/gene-therapy/index.html#how-it-works""#), "fragments are kept")
        XCTAssertTrue(page.contains(#"href="../../glossary/index.html#nucleus""#), "glossary terms link to the file")
        // Addresses for other sites and search engines stay absolute.
        XCTAssertTrue(page.contains(#"<link rel="canonical" href="https://example.org/genetics/dna/">"#), page)
        XCTAssertTrue(page.contains(#"<meta property="og:url" content="https://example.org/genetics/dna/">"#))
        XCTAssertTrue(page.contains(#""url":"https://example.org/genetics/dna/""#) || page.contains(#""url": "https://example.org/genetics/dna/""#), page)
        XCTAssertTrue(site.output("sitemap.xml").contains("<loc>https://example.org/genetics/dna/</loc>"))
        XCTAssertTrue(site.output("genetics/cells/index.html").contains(#"href="../../es/genetics/cells/index.html""#), "the language switcher")
        XCTAssertTrue(site.output("404.html").contains(#"href="a-z/index.html""#), "the 404 page")
        XCTAssertTrue(site.output("gene-therapy-basics/index.html").contains(#"url=../genetics/therapy/gene-therapy/index.html""#), "redirects")
    }

    func testSiteYMLAsksForRelativeLinksUnderASubPath() throws {
        let yml = Fixtures.siteYML.replacingOccurrences(of: "https://example.org/", with: "https://example.org/health/")
            + Self.languages + "links:\n  relative: true\n"
        let site = try FixtureSite(files(siteYML: yml), testCase: self)
        try site.buildCleanly()
        try Self.assertEveryLinkResolves(in: site.output)
        XCTAssertTrue(site.output("index.html").contains(#"href="genetics/index.html""#))
        XCTAssertTrue(site.output("index.html").contains(#"<link rel="canonical" href="https://example.org/health/">"#))
    }

    func testAnOrdinaryBuildKeepsRootRelativeLinks() throws {
        let site = try FixtureSite(files(siteYML: Fixtures.siteYML + Self.languages), testCase: self)
        try site.buildCleanly()
        XCTAssertTrue(site.output("genetics/dna/index.html").contains(#"<link rel="stylesheet" href="/assets/style."#))
        XCTAssertThrowsError(try Self.assertEveryLinkResolves(in: site.output, failing: false), "root-relative links do not open from the disk")
    }

    struct Unresolved: Error { var links: [String] }

    /// Every `href`/`src` (and refresh address) in every HTML file, as a
    /// browser reading `file://` would resolve it, names a file on disk.
    /// Returns how many links were checked.
    @discardableResult
    static func assertEveryLinkResolves(in output: URL, failing: Bool = true, file: StaticString = #filePath, line: UInt = #line) throws -> Int {
        var broken: [String] = []
        var count = 0
        let pattern = try NSRegularExpression(pattern: #"\s(?:href|src)="([^"]*)"|content="0; url=([^"]*)""#)
        for relative in FixtureSite.files(in: output) where relative.hasSuffix(".html") {
            let html = try String(contentsOf: output.appendingPathComponent(relative), encoding: .utf8)
            let fileURL = output.appendingPathComponent(relative)
            for match in pattern.matches(in: html, range: NSRange(html.startIndex..., in: html)) {
                let range = match.range(at: 1).location != NSNotFound ? match.range(at: 1) : match.range(at: 2)
                let value = String(html[Range(range, in: html)!]).replacingOccurrences(of: "&amp;", with: "&")
                if value.hasPrefix("http://") || value.hasPrefix("https://") || value.hasPrefix("mailto:") || value.hasPrefix("#") { continue }
                count += 1
                guard let target = URL(string: value, relativeTo: fileURL) else {
                    broken.append("\(relative): \(value) (not an address)")
                    continue
                }
                var isFolder: ObjCBool = false
                let path = target.standardizedFileURL.path
                if !FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) || isFolder.boolValue {
                    broken.append("\(relative): \(value)")
                }
            }
        }
        if !broken.isEmpty {
            if failing { XCTFail("links that lead to no file:\n" + broken.prefix(30).joined(separator: "\n"), file: file, line: line) }
            throw Unresolved(links: broken)
        }
        return count
    }
}
