import PamphletTestSupport
import XCTest

@testable import PamphletCore

/// A page's HTML made to sit in its section's printable page: the fast scan
/// (`PrintedPageHTML.embed`, eight bytes at a time, looking only at `<` and `"`)
/// must give what changing the tags one by one gives.
final class PrintedPageHTMLTests: XCTestCase {
    func testHeadingsGoDownALevelAndIdsGetThePrefix() {
        let html = ##"<h2 id="causes">Causes</h2><p>See <a href="#causes">causes</a>, <a href="/genes/">genes</a> and "<dfn aria-describedby="t1">DNA</dfn>".</p><h6>x</h6><header>é</header>"##
        XCTAssertEqual(
            PrintedPageHTML.embed(html, idPrefix: "p3-"),
            ##"<h3 id="p3-causes">Causes</h3><p>See <a href="#p3-causes">causes</a>, <a href="/genes/">genes</a> and "<dfn aria-describedby="p3-t1">DNA</dfn>".</p><h6>x</h6><header>é</header>"##)
        XCTAssertEqual(PrintedPageHTML.embed("<p>Nothing to change, 日本 &amp; more</p>", idPrefix: "p1-"), "<p>Nothing to change, 日本 &amp; more</p>")
        XCTAssertEqual(PrintedPageHTML.embed("", idPrefix: "p1-"), "")
    }

    /// Documents made of the pieces the scan looks for, near one another, at the
    /// ends and across its eight-byte steps, with text of one to four bytes a character.
    func testAnyDocumentIsChangedAsTagByTagChangesIt() {
        let pieces = [
            "<h1>", "<h2 id=\"a\">", "</h3>", "<h5 ", "</h5 >", "<h6>", "<h0>", "<header>", "<hr>", "</h", "<h",
            " id=\"x\"", " id=\"", " href=\"#y\"", " href=\"/z\"", " href=\"", " aria-describedby=\"t\"",
            " class=\"c\"", "id=\"", "=\"", "\"", "<", "=", " ", "text", "é", "日本", "🩺", "&quot;", "\n",
        ]
        var random = SeededGenerator(seed: 19)
        for round in 0..<3000 {
            let count = Int(random.next() % 40)
            let html = (0..<count).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }.joined()
            let prefix = round % 3 == 0 ? "p12-" : "p1-"
            XCTAssertEqual(PrintedPageHTML.embed(html, idPrefix: prefix), Self.tagByTag(html, prefix: prefix), html)
        }
    }

    /// The changes made one at a time, left to right, looking at every byte.
    private static func tagByTag(_ html: String, prefix: String) -> String {
        let bytes = Array(html.utf8)
        let prefix = Array(prefix.utf8)
        var out: [UInt8] = []
        var index = 0
        func has(_ text: String, at index: Int) -> Bool {
            let text = Array(text.utf8)
            return index + text.count <= bytes.count && Array(bytes[index..<(index + text.count)]) == text
        }
        scan: while index < bytes.count {
            for open in ["<h", "</h"] where has(open, at: index) {
                let digit = index + open.utf8.count
                guard digit + 1 < bytes.count, (UInt8(ascii: "1")...UInt8(ascii: "5")).contains(bytes[digit]) else { continue }
                let after = bytes[digit + 1]
                guard after == UInt8(ascii: ">") || (open == "<h" && after == UInt8(ascii: " ")) else { continue }
                out += Array(open.utf8) + [bytes[digit] + 1]
                index = digit + 1
                continue scan
            }
            for attribute in [" id=\"", " href=\"#", " aria-describedby=\""] where has(attribute, at: index) {
                out += Array(attribute.utf8) + prefix
                index += attribute.utf8.count
                continue scan
            }
            out.append(bytes[index])
            index += 1
        }
        return String(decoding: out, as: UTF8.self)
    }
}
