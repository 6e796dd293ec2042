import XCTest

@testable import PamphletCore

/// The redirect page written when a theme has no `alias` template.
final class RedirectsGeneratorTests: XCTestCase {
    func testTheFallbackPageIsInTheLanguageOfThePageItSendsTo() {
        let html = RedirectsGenerator.fallback(
            url: "/es/terapia/", permalink: "https://example.org/es/terapia/", title: "Terapia \"génica\" <nueva>", language: "es")
        XCTAssertTrue(html.contains(#"<html lang="es">"#), html)
        XCTAssertTrue(html.contains(#"<span lang="en">This page has moved to</span>"#), html)
        XCTAssertTrue(html.contains("<title>Terapia &quot;génica&quot; &lt;nueva&gt;</title>"), html)
        XCTAssertTrue(html.contains(#"<meta http-equiv="refresh" content="0; url=/es/terapia/">"#), html)
    }
}
