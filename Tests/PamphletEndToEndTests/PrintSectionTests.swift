import Foundation
import XCTest

/// A section's printable page (`/SECTION/print/`): every page of the section
/// in order, each with its title, address, review date and the disclaimer.
final class PrintSectionTests: XCTestCase {
    func testPrintablePageHoldsEveryPageOfTheSectionInOrder() throws {
        let site = try FixtureSite(Fixtures.healthSite, testCase: self)
        try site.buildCleanly()
        let printed = site.output("genetics/print/index.html")
        let titles = HTML.matches(#"<h2 id="p\d+-title">([^<]*)</h2>"#, in: printed)
        XCTAssertEqual(titles, ["What is DNA?", "Cells", "alleles and variants", "Chromosomes"], "the section's pages, in reading order")
        for slug in ["dna", "cells", "alleles", "chromosomes"] {
            XCTAssertTrue(printed.contains(
                #"URL of this page: <span class="page-url__value">https://example.org/genetics/\#(slug)/</span>"#), slug)
        }
        XCTAssertTrue(printed.contains(#"Page last reviewed: <time datetime="2025-03-15">"#), printed)
        XCTAssertTrue(printed.contains("Reviewed by Dr. Test"))
        XCTAssertEqual(printed.components(separatedBy: #"<p class="disclaimer">"#).count - 1, 4 + 1, "one per page, and the footer's")
        XCTAssertTrue(printed.contains("DNA carries the instructions."), "each page's text")
        XCTAssertTrue(printed.contains(#"<meta name="robots" content="noindex">"#), "search engines index the pages themselves")
        XCTAssertTrue(printed.contains(#"<title>Genetics: all pages | Test Health Library</title>"#))
        XCTAssertEqual(HTML.canonical(printed), "https://example.org/genetics/print/")
        XCTAssertEqual(HTML.breadcrumbs(printed), [
            #"<a href="/">Health library</a>"#, #"<a href="/genetics/">Genetics</a>"#, #"<span aria-current="page">Genetics: all pages</span>"#,
        ])
        XCTAssertFalse(site.output("sitemap.xml").contains("/print/"))
        XCTAssertTrue(printed.contains(#"<h3 id="p1-where-dna-lives">"#), "headings sit below the page title, with ids of their own")
        let ids = HTML.matches(#"\sid="([^"]*)""#, in: printed)
        XCTAssertEqual(ids.count, Set(ids).count, "ids are unique: \(ids)")
        XCTAssertTrue(site.output("assets/" + (FixtureSite.files(in: site.output.appendingPathComponent("assets")).first { $0.hasPrefix("print.") } ?? ""))
            .contains(".print-section__page + .print-section__page {\n  break-before: page;"), "each page starts a new sheet")

        XCTAssertTrue(site.output("genetics/index.html").contains(
            #"<p class="print-link"><a href="/genetics/print/">Print all pages in this section</a></p>"#))
        XCTAssertTrue(site.output("genetics/therapy/index.html").contains(#"href="/genetics/therapy/print/""#))
        XCTAssertFalse(site.output("index.html").contains("print-link"), "the home page lists sections, not pages")
        XCTAssertFalse(site.outputExists("print/index.html"))
    }

    func testEveryPrintoutCarriesAQRCodeOfItsAddress() throws {
        let site = try FixtureSite(Fixtures.healthSite, testCase: self)
        try site.buildCleanly()
        let page = site.output("genetics/dna/index.html")
        let footer = HTML.first(#"(<footer class="site-footer">.*</footer>)"#, in: page) ?? ""
        XCTAssertTrue(footer.contains(#"role="img" aria-label="QR code for example.org/genetics/dna/"><path d="M4 4h7v1h-7z"#), footer)
        XCTAssertTrue(footer.contains(#"<p class="print-qr__address">example.org/genetics/dna/</p>"#))
        let side = Int(HTML.first(#"viewBox="0 0 (\d+) \d+""#, in: footer) ?? "") ?? 0
        XCTAssertEqual((side - 8 - 21) % 4, 0, "a QR code's side, with its quiet zone: \(side)")
        let printed = site.output("genetics/print/index.html")
        XCTAssertEqual(HTML.matches(#"<p class="print-qr__address">([^<]*)</p>"#, in: printed), [
            "example.org/genetics/dna/", "example.org/genetics/cells/", "example.org/genetics/alleles/",
            "example.org/genetics/chromosomes/", "example.org/genetics/print/",
        ], "each page's own, and the printable page's in the footer")
        let assets = FixtureSite.files(in: site.output.appendingPathComponent("assets"))
        let style = site.output("assets/" + (assets.first { $0.hasPrefix("style.") } ?? ""))
        let print = site.output("assets/" + (assets.first { $0.hasPrefix("print.") } ?? ""))
        XCTAssertTrue(style.contains(".print-qr {\n  display: none;"), "on screen it is hidden")
        XCTAssertTrue(print.contains(".print-qr {\n  display: flex !important;"), "on paper it shows")
    }

    func testAWriterCanLinkToAPrintableSection() throws {
        var files = Fixtures.healthSite
        files["content/care/10-questions.md"] = "---\ntitle: 10 questions to ask\n---\n\nPrint [the whole genetics section](/genetics/print/).\n"
        let site = try FixtureSite(files, testCase: self)
        try site.buildCleanly()
        XCTAssertTrue(site.output("care/10-questions/index.html").contains(#"<a href="/genetics/print/">the whole genetics section</a>"#))
    }

    func testSpanishSectionSaysItInSpanish() throws {
        var files = Fixtures.healthSite
        files["site.yml"] = Fixtures.siteYML + "languages:\n  - code: en\n    default: true\n  - code: es\n    name: Español\n"
        files["content/genetics/_index.es.md"] = "---\ntitle: Genética\n---\n\nLos genes.\n"
        files["content/genetics/dna.es.md"] = "---\ntitle: ¿Qué es el ADN?\nreviewed: 2025-03-15\n---\n\nEl ADN lleva las instrucciones.\n"
        let site = try FixtureSite(files, testCase: self)
        try site.buildCleanly()
        XCTAssertTrue(site.output("es/genetics/index.html").contains(
            #"<a href="/es/genetics/print/">Imprimir todas las páginas de esta sección</a>"#))
        let printed = site.output("es/genetics/print/index.html")
        XCTAssertTrue(printed.contains("¿Qué es el ADN?"))
        XCTAssertTrue(printed.contains("15 de marzo de 2025"), printed)
        XCTAssertFalse(printed.contains("What is DNA?"), "only the section's pages in its language")
    }

    func testAPageCannotTakeThePrintablePagesAddress() throws {
        var files = Fixtures.healthSite
        files["content/genetics/print.md"] = "---\ntitle: How to print\n---\n\nUse the button.\n"
        let site = try FixtureSite(files, testCase: self)
        let result = try site.build()
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.contains(
            "content/genetics/print.md: error: this page's address is needed for the printable page of the section content/genetics/_index.md"),
            result.stderr)
    }

    /// A theme's own printable page may print any name of `page` for each of
    /// `print_pages`, not only those the default theme prints (Pamphlet makes
    /// them only when asked, `PrintedPageContext`).
    func testAThemesPrintablePageGetsEveryNameOfPage() throws {
        var files = Fixtures.healthSite
        files["layouts/print-section.mustache"] = """
            {{#print_pages}}
            [{{id}}|{{title}}|{{url}}|{{permalink}}|{{language}}|{{#is_section}}section{{/is_section}}{{^is_section}}page{{/is_section}}|\
            {{#toc}}{{title}};{{/toc}}|{{#has_toc}}toc{{/has_toc}}|words {{word_count}}|{{#json_ld}}json{{/json_ld}}|\
            {{#qr}}{{address}}{{/qr}}|{{#reviewed}}{{iso}}{{/reviewed}}|{{#next_review}}{{iso}}{{/next_review}}|{{reviewed_by}}|\
            {{params.note}}|{{{content}}}]
            {{/print_pages}}

            """
        files["content/genetics/dna.md"] = files["content/genetics/dna.md"]!.replacingOccurrences(
            of: "reviewed_by: Dr. Test\n", with: "reviewed_by: Dr. Test\nnote: Keep this page\n")
        let site = try FixtureSite(files, testCase: self)
        try site.buildCleanly()
        let printed = site.output("genetics/print/index.html")
        let first = HTML.first(#"(\[p1\|[^\]]*\])"#, in: printed) ?? ""
        XCTAssertTrue(first.hasPrefix(
            "[p1|What is DNA?|/genetics/dna/|https://example.org/genetics/dna/|en|page|Where DNA lives;||words "), first)
        XCTAssertNotNil(HTML.first(#"\|words ([1-9][0-9]*)\|"#, in: first), first)
        XCTAssertTrue(first.contains("||example.org/genetics/dna/|2025-03-15|"), "no json_ld, then the QR code and the review: \(first)")
        XCTAssertTrue(first.contains("|Dr. Test|Keep this page|"), first)
        XCTAssertTrue(first.contains(#"<h3 id="p1-where-dna-lives">"#), first)
        XCTAssertTrue(printed.contains("[p2|Cells|/genetics/cells/|"), printed)
    }
}
