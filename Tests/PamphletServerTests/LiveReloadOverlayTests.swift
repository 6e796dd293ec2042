import PamphletCore
@testable import PamphletServer
import XCTest

/// The failed-build overlay is HTML built from writers' text and sent as one
/// server-sent-event line: every part escaped by bytes, and no line break.
final class LiveReloadOverlayTests: XCTestCase {
    func testHiddenQuotesAndLineBreaksCannotEscapeTheOverlay() {
        let diagnostic = Diagnostic.error(
            "the title x\"\u{301} onmouseover=alert(1) <\u{338}img src=x onerror=alert(2)> is wrong\r\nevent: reload\ndata: <b>",
            file: "content/a\"\u{301}.md\r\n", line: 3, column: 1, code: "front-matter")
        let html = LiveReload.overlay([diagnostic])
        XCTAssertFalse(html.unicodeScalars.contains { $0 == "\r" || $0 == "\n" }, html.debugDescription)
        XCTAssertFalse(html.contains("\"\u{301}"), html)
        XCTAssertFalse(html.contains("<\u{338}"), html)
        XCTAssertTrue(html.contains("x&quot;\u{301} onmouseover=alert(1) &lt;\u{338}img"), html)
    }
}
