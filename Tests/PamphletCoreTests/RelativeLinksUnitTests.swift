import XCTest

@testable import PamphletCore

/// `RelativeLinks`: which addresses a relative build rewrites, and how.
final class RelativeLinksUnitTests: XCTestCase {
    private let links = RelativeLinks(basePath: "/health/")

    func testSiteAddressesBecomePathsFromTheFile() {
        let html = #"<a href="/health/genes/">G</a> <img src="/health/images/a%20b.svg" alt=""> <a href="/health/#top">T</a> <a href="/health/a-z/?q=1#b">Z</a>"#
        XCTAssertEqual(links.rewrite(html, file: "genes/dna/index.html"), #"<a href="../../genes/index.html">G</a> <img src="../../images/a%20b.svg" alt=""> <a href="../../index.html#top">T</a> <a href="../../a-z/index.html?q=1#b">Z</a>"#)
        XCTAssertEqual(links.rewrite(#"<link rel="stylesheet" href="/health/assets/style.css">"#, file: "404.html"), #"<link rel="stylesheet" href="assets/style.css">"#)
        XCTAssertEqual(links.rewrite(#"<meta http-equiv="refresh" content="0; url=/health/new/">"#, file: "old/index.html"), #"<meta http-equiv="refresh" content="0; url=../new/index.html">"#)
    }

    func testOtherAddressesAndTextStayAsTheyAre() {
        let html = """
            <link rel="canonical" href="https://example.org/health/genes/">
            <a href="#main">Skip</a> <a href="/elsewhere/">Other</a> <a href="mailto:a@b.c">Mail</a>
            <p>Write href=&quot;/health/genes/&quot; or <code>src="/health/x"</code></p><p>data-src="/health/x"</p>
            """
        XCTAssertEqual(links.rewrite(html, file: "genes/index.html"), html,
                       "only attributes (a space, the name, a literal quote) are read; text has &quot;")
        XCTAssertEqual(RelativeLinks(basePath: "/").rewrite(#"<img src="//cdn.example.org/x.png">"#, file: "a/index.html"), #"<img src="//cdn.example.org/x.png">"#)
    }
}
