import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import XCTest

/// The shape of the built site: order, navigation, indexes and generated files.
final class SiteStructureTests: XCTestCase {
    private var site: FixtureSite!

    override func setUpWithError() throws {
        site = try FixtureSite(Fixtures.healthSite, testCase: self)
        try site.buildCleanly()
    }

    func testSectionsListSubsectionsThenPagesByWeightThenTitle() {
        XCTAssertEqual(HTML.childTitles(site.output("genetics/index.html")),
                       ["Gene therapy basics", "What is DNA?", "Cells", "alleles and variants", "Chromosomes"])
        XCTAssertEqual(HTML.childTitles(site.output("genetics/therapy/index.html")), ["Gene therapy", "Genome editing"])
        let menu = HTML.matches(#"<nav class="menu" aria-label="Main">(.*?)</nav>"#, in: site.output("index.html")).first ?? ""
        XCTAssertEqual(HTML.matches(#"<a href="[^"]*"[^>]*>([^<]*)</a>"#, in: menu), ["Genetics", "Genetic testing", "Care"])
    }

    func testHomeListsTopSectionsWithDescriptions() {
        let home = site.output("index.html")
        XCTAssertEqual(HTML.childTitles(home), ["Genetics", "Genetic testing", "Care", "About this site"])
        XCTAssertTrue(home.contains("""
            <h3 class="child-list__title"><a href="/genetics/">Genetics</a></h3>
            <p>All about genes.</p>
            """), home)
        XCTAssertTrue(home.contains("""
            <h3 class="child-list__title"><a href="/testing/">Genetic testing</a></h3>
            <p>What a test can tell you.</p>
            """))
        XCTAssertTrue(home.contains("""
            <h3 class="child-list__title"><a href="/about-us/">About this site</a></h3>
            <p>Who writes these pages.</p>
            """))
        XCTAssertFalse(home.contains(#"<nav class="breadcrumbs""#), "the home page has no breadcrumbs")
    }

    func testBreadcrumbsRunFromHomeToTheCurrentPage() {
        let crumbs = HTML.breadcrumbs(site.output("genetics/therapy/gene-therapy/index.html"))
        XCTAssertEqual(crumbs, [
            #"<a href="/">Health library</a>"#,
            #"<a href="/genetics/">Genetics</a>"#,
            #"<a href="/genetics/therapy/">Gene therapy basics</a>"#,
            #"<span aria-current="page">Gene therapy</span>"#,
        ])
        XCTAssertEqual(HTML.breadcrumbs(site.output("genetics/index.html")), [
            #"<a href="/">Health library</a>"#,
            #"<span aria-current="page">Genetics</span>"#,
        ])
        XCTAssertEqual(HTML.breadcrumbs(site.output("editing/index.html")).last, #"<span aria-current="page">Genome editing</span>"#)
        XCTAssertEqual(HTML.breadcrumbs(site.output("editing/index.html")).count, 4, "a url override keeps the page in its section")
    }

    func testPreviousAndNextStopAtTheSectionEdges() {
        let first = site.output("genetics/dna/index.html")
        XCTAssertFalse(first.contains(#"rel="prev""#))
        XCTAssertTrue(first.contains(#"<a rel="next" href="/genetics/cells/"><span class="prev-next__label">Next:</span> Cells</a>"#), first)

        let middle = site.output("genetics/cells/index.html")
        XCTAssertTrue(middle.contains(#"<a rel="prev" href="/genetics/dna/"><span class="prev-next__label">Previous:</span> What is DNA?</a>"#))
        XCTAssertTrue(middle.contains(#"<a rel="next" href="/genetics/alleles/">"#))

        let last = site.output("genetics/chromosomes/index.html")
        XCTAssertTrue(last.contains(#"<a rel="prev" href="/genetics/alleles/">"#))
        XCTAssertFalse(last.contains(#"rel="next""#))

        // A section's only page has neither, and no empty navigation.
        let only = site.output("testing/results/index.html")
        XCTAssertFalse(only.contains("prev-next"))
    }

    func testSideNavigationMarksTheCurrentPage() throws {
        let html = site.output("genetics/cells/index.html")
        let nav = try XCTUnwrap(HTML.block(#"<nav class="side-nav""#, "</nav>", in: html))
        XCTAssertTrue(nav.contains(#"<h2 class="side-nav__title"><a href="/genetics/">Genetics</a></h2>"#), nav)
        XCTAssertEqual(HTML.matches(#"<li><a href="[^"]*"[^>]*>([^<]*)</a></li>"#, in: nav),
                       ["Gene therapy basics", "What is DNA?", "Cells", "alleles and variants", "Chromosomes"])
        XCTAssertTrue(nav.contains(#"<li><a href="/genetics/cells/" aria-current="page">Cells</a></li>"#))
        XCTAssertEqual(nav.components(separatedBy: #"aria-current="page""#).count - 1, 1)

        let section = try XCTUnwrap(HTML.block(#"<nav class="side-nav""#, "</nav>", in: site.output("genetics/index.html")))
        XCTAssertTrue(section.contains(#"<a href="/genetics/" aria-current="page">Genetics</a>"#), section)
        XCTAssertEqual(section.components(separatedBy: #"aria-current="page""#).count - 1, 1)
    }

    func testAFolderWithoutIndexGetsASectionPage() {
        let care = site.output("care/index.html")
        XCTAssertEqual(HTML.h1(care), "Care")
        XCTAssertEqual(HTML.childTitles(care), ["10 questions to ask", "Terapia génica"])
        XCTAssertEqual(HTML.breadcrumbs(site.output("care/10-questions/index.html")).dropLast().last, #"<a href="/care/">Care</a>"#)
    }

    func testAToZGroupsDigitsAndAccentedLetters() throws {
        let html = site.output("a-z/index.html")
        XCTAssertEqual(HTML.h1(html), "A to Z")
        XCTAssertEqual(HTML.matches(#"<h2 id="([^"]*)">"#, in: html), ["numbers", "a", "c", "e", "g", "t", "w"])
        func group(_ id: String) -> [String] {
            let block = HTML.block("<h2 id=\"\(id)\">", "</ul>", in: html) ?? ""
            return HTML.matches(#"<li><a href="[^"]*">([^<]*)</a>"#, in: block)
        }
        XCTAssertEqual(group("numbers"), ["10 questions to ask"])
        XCTAssertTrue(html.contains(#"<h2 id="numbers">0–9</h2>"#))
        XCTAssertEqual(group("a"), ["About this site", "alleles and variants"])
        XCTAssertEqual(group("e"), ["Ébola and genes"])
        XCTAssertEqual(group("g"), ["Gene therapy", "Gene therapy basics", "Genetic testing", "Genetics", "Genome editing"])
        XCTAssertEqual(group("t"), ["Terapia génica"])
        let listed = ["numbers", "a", "c", "e", "g", "t", "w"].flatMap(group)
        XCTAssertEqual(listed.count, 14)
        XCTAssertFalse(listed.contains("Health library"), "the home page is not in the index")
        XCTAssertTrue(html.contains(##"<li><a href="#e">E</a></li>"##))
        XCTAssertTrue(html.contains(#"<li><span class="az-nav__empty">B</span></li>"#))
    }

    func testInternalLinksAreRewrittenToPageAddresses() {
        let dna = site.output("genetics/dna/index.html")
        XCTAssertTrue(dna.contains(#"<a href="/genetics/therapy/gene-therapy/#how-it-works">gene therapy</a>"#), dna)
        XCTAssertTrue(dna.contains(#"<a href="/genetics/">the section</a>"#))
        XCTAssertTrue(dna.contains(#"<a href="/genetics/cells/">cells</a>"#))
        XCTAssertTrue(dna.contains(#"<a href="/images/cell.svg">picture</a>"#))
        XCTAssertTrue(dna.contains(#"<img src="/images/cell.svg" alt="A cell" />"#))
        XCTAssertTrue(dna.contains(#"<a href="/files/leaflet.pdf">leaflet</a>"#))
        XCTAssertTrue(dna.contains(#"<h2 id="where-dna-lives">"#))
        let about = site.output("about-us/index.html")
        XCTAssertTrue(about.contains(#"<a href="/genetics/">genetics</a>"#))
        XCTAssertTrue(about.contains(#"<a href="/genetics/">the section page</a>"#))
        XCTAssertTrue(site.output("genetics/cells/index.html").contains(#"<a href="/genetics/dna/#where-dna-lives">DNA</a>"#))
        for path in site.htmlFiles {
            XCTAssertFalse(site.output(path).contains(#".md""#), "\(path) still links to a Markdown file")
            XCTAssertFalse(site.output(path).contains(#".md#"#), "\(path) still links to a Markdown file")
        }
    }

    func testEveryInternalLinkPointsAtAWrittenFile() {
        for path in site.htmlFiles {
            for address in HTML.links(in: site.output(path)) where address.hasPrefix("/") {
                var file = String(address.dropFirst().split(separator: "#", omittingEmptySubsequences: false)[0])
                if file.isEmpty || file.hasSuffix("/") { file += "index.html" }
                XCTAssertTrue(site.outputExists(file), "\(path) links to \(address), which was not written")
            }
        }
    }

    func testSitemapIsXMLListingEveryPageWithLastmod() throws {
        let data = try XCTUnwrap(FileManager.default.contents(atPath: site.output.appendingPathComponent("sitemap.xml").path))
        let reader = SitemapReader()
        let parser = XMLParser(data: data)
        parser.delegate = reader
        XCTAssertTrue(parser.parse(), "sitemap.xml is not well-formed XML: \(String(describing: parser.parserError))")
        XCTAssertEqual(reader.rootElement, "urlset")
        XCTAssertEqual(reader.namespace, "http://www.sitemaps.org/schemas/sitemap/0.9")

        // Printable sections repeat their pages and are not indexed; nor is the search page.
        let pages = site.htmlFiles.filter {
            $0.hasSuffix("index.html") && !$0.hasPrefix("gene-therapy-basics/") && !$0.hasSuffix("/print/index.html") && !$0.hasSuffix("search/index.html")
        }
        let expected = Set(pages.map { "https://example.org/" + $0.dropLast("index.html".count) })
        XCTAssertEqual(Set(reader.entries.map(\.loc)), expected)
        XCTAssertEqual(reader.entries.count, expected.count, "no address is listed twice")
        XCTAssertEqual(reader.entries.count, 16)
        let lastmod = Dictionary(uniqueKeysWithValues: reader.entries.map { ($0.loc, $0.lastmod) })
        XCTAssertEqual(lastmod["https://example.org/genetics/therapy/gene-therapy/"], "2025-04-20")
        XCTAssertEqual(lastmod["https://example.org/genetics/dna/"], "2025-03-15")
        XCTAssertEqual(lastmod["https://example.org/"], "2025-01-10")
        XCTAssertEqual(lastmod["https://example.org/genetics/cells/"], .some(nil), "no reviewed date, no lastmod")
        XCTAssertFalse(reader.entries.contains { $0.loc.contains("gene-therapy-basics") || $0.loc.contains("old/") }, "aliases are not listed")
    }

    func testRobotsNamesTheSitemap() {
        XCTAssertEqual(site.output("robots.txt"), "User-agent: *\nAllow: /\n\nSitemap: https://example.org/sitemap.xml\n")
    }

    func testNotFoundPageUsesTheTheme() {
        let html = site.output("404.html")
        XCTAssertEqual(HTML.h1(html), "Page not found")
        XCTAssertTrue(html.contains("<title>Page not found | Test Health Library</title>"))
        XCTAssertTrue(html.contains(#"<link rel="stylesheet" href="/assets/style."#))
        XCTAssertTrue(html.contains(#"<a class="site-header__name" href="/">Test Health Library</a>"#))
        XCTAssertTrue(html.contains(#"<meta name="robots" content="noindex">"#))
        XCTAssertTrue(html.contains(#"<a href="/a-z/">find a topic in the A to Z index</a>"#))
    }

    func testAliasPagesRedirectToTheirPage() {
        for path in ["gene-therapy-basics/index.html", "old/gene-therapy.html"] {
            let html = site.output(path)
            XCTAssertTrue(html.contains(#"<meta http-equiv="refresh" content="0; url=/genetics/therapy/gene-therapy/">"#), path)
            XCTAssertEqual(HTML.canonical(html), "https://example.org/genetics/therapy/gene-therapy/", path)
            XCTAssertTrue(html.contains(#"<a href="/genetics/therapy/gene-therapy/">Gene therapy</a>"#), path)
            XCTAssertTrue(html.contains(#"<meta name="robots" content="noindex">"#), path)
        }
        XCTAssertFalse(site.outputExists("old/gene-therapy.html/index.html"))
    }
}

/// Collects `<url>` entries from a sitemap.
private final class SitemapReader: NSObject, XMLParserDelegate {
    struct Entry {
        var loc = ""
        var lastmod: String?
    }

    var rootElement: String?
    var namespace: String?
    var entries: [Entry] = []
    private var current: Entry?
    private var text = ""

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        if rootElement == nil {
            rootElement = name
            namespace = attributes["xmlns"]
        }
        if name == "url" { current = Entry() }
        text = ""
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        text += string
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        switch name {
        case "loc": current?.loc = text.trimmingCharacters(in: .whitespacesAndNewlines)
        case "lastmod": current?.lastmod = text.trimmingCharacters(in: .whitespacesAndNewlines)
        case "url":
            if let entry = current { entries.append(entry) }
            current = nil
        default: break
        }
    }
}
