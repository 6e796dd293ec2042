import Foundation
@testable import PamphletServer
import XCTest

/// The pieces of the preview that need no server.
final class RequestPathTests: XCTestCase {
    func testParsesOrdinaryPaths() throws {
        let parsed = try RequestPath.parse("/genes/what%20is%20dna/?x=1").get()
        XCTAssertEqual(parsed.segments, ["genes", "what is dna"])
        XCTAssertTrue(parsed.trailingSlash)
        XCTAssertEqual(parsed.query, "?x=1")
        XCTAssertEqual(try RequestPath.parse("/").get().segments, [])
        XCTAssertEqual(try RequestPath.parse("//a///b").get().segments, ["a", "b"])
    }

    func testRefusesEveryEscape() {
        let bad = ["../x", "/../x", "/a/../../x", "/%2e%2e/x", "/%2E%2e/x", "/.%2E/x", "/a%2fb", "/a%2Fb", "/a\\b", "/a%5cb",
                   "/a%00b", "/a\u{0}b", "/%zz", "/%", "http://host/x", "*", "/.", "/./x", "/a\nb"]
        for target in bad {
            XCTAssertEqual(RequestPath.parse(target), .failure(.badRequest), target)
        }
        XCTAssertEqual(RequestPath.parse("/.git/config"), .failure(.notFound))
        XCTAssertEqual(RequestPath.parse("/%2egit/config"), .failure(.notFound))
    }

    func testResolvesInsideTheRootOnly() throws {
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("pamphlet-path-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: work) }
        let root = work.appendingPathComponent("root")
        try FileManager.default.createDirectory(at: root.appendingPathComponent("folder"), withIntermediateDirectories: true)
        try Data("home".utf8).write(to: root.appendingPathComponent("index.html"))
        try Data("page".utf8).write(to: root.appendingPathComponent("folder/index.html"))
        try Data("secret".utf8).write(to: work.appendingPathComponent("secret.txt"))
        try FileManager.default.createSymbolicLink(at: root.appendingPathComponent("out"), withDestinationURL: work.appendingPathComponent("secret.txt"))
        try FileManager.default.createSymbolicLink(at: root.appendingPathComponent("inside"), withDestinationURL: root.appendingPathComponent("folder"))
        let real = try XCTUnwrap(RequestPath.realPath(root.path))
        XCTAssertEqual(RequestPath.resolve("/", root: real), .file(path: real + "/index.html"))
        XCTAssertEqual(RequestPath.resolve("/folder/", root: real), .file(path: real + "/folder/index.html"))
        XCTAssertEqual(RequestPath.resolve("/folder", root: real), .redirect(location: "/folder/"))
        XCTAssertEqual(RequestPath.resolve("/folder?a=b", root: real), .redirect(location: "/folder/?a=b"))
        // `//folder/` is a protocol-relative address: the browser would leave for the host "folder" (found by make fuzz).
        XCTAssertEqual(RequestPath.resolve("//folder", root: real), .redirect(location: "/folder/"))
        XCTAssertEqual(RequestPath.resolve("///folder?a=b", root: real), .redirect(location: "/folder/?a=b"))
        XCTAssertEqual(RequestPath.resolve("/out", root: real), .notFound)
        XCTAssertEqual(RequestPath.resolve("/missing", root: real), .notFound)
        // A link that stays inside the folder is fine.
        XCTAssertEqual(RequestPath.resolve("/inside/", root: real), .file(path: real + "/folder/index.html"))
        XCTAssertFalse(RequestPath.isInside(real + "-other/x", root: real))
    }

    func testContentTypes() {
        XCTAssertEqual(ContentType.forPath("a/b/index.html"), "text/html; charset=utf-8")
        XCTAssertEqual(ContentType.forPath("style.1234.CSS"), "text/css; charset=utf-8")
        XCTAssertEqual(ContentType.forPath("x.woff2"), "font/woff2")
        XCTAssertEqual(ContentType.forPath("x.svg"), "image/svg+xml")
        XCTAssertEqual(ContentType.forPath("README"), "application/octet-stream")
        XCTAssertEqual(ContentType.forPath(".hidden"), "application/octet-stream")
    }

    func testInjectsBeforeTheLastClosingBody() {
        let html = Array("<html><body><p>&lt;/body&gt;</p></BODY>\n</html>".utf8)
        XCTAssertEqual(String(decoding: LiveReload.inject("<s>", into: html), as: UTF8.self),
                       "<html><body><p>&lt;/body&gt;</p><s></BODY>\n</html>")
        XCTAssertEqual(String(decoding: LiveReload.inject("<s>", into: Array("plain".utf8)), as: UTF8.self), "plain<s>")
    }

    func testOverlayEscapesEverything() {
        let overlay = LiveReload.overlay([
            .error("the link '<script>alert(1)</script>' is \"broken\" & 'wrong'", file: "content/a<b>.md", line: 3, column: 7, code: "broken-link"),
            .warning("a warning", file: "content/b.md", code: "x"),
        ])
        XCTAssertFalse(overlay.contains("<script>"))
        XCTAssertTrue(overlay.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        XCTAssertTrue(overlay.contains("content/a&lt;b&gt;.md:3:7"))
        XCTAssertTrue(overlay.contains("&quot;broken&quot; &amp; &#39;wrong&#39;"))
        XCTAssertTrue(overlay.contains("1 error<"))
        XCTAssertFalse(overlay.contains("\n"), "one line, so it fits one event data line")
    }

    func testEventWireFormat() {
        XCTAssertEqual(PreviewEvent.reload(build: 3, paths: ["/a/"]).wire, "event: reload\ndata: {\"build\":3,\"paths\":[\"/a/\"]}\n\n")
        XCTAssertEqual(PreviewEvent.failed(overlay: "a\nb").wire, "event: failed\ndata: a\ndata: b\n\n")
        XCTAssertEqual(PreviewEvent.ping.wire, ": ping\n\n")
    }

    func testStylesheetReplacements() {
        XCTAssertEqual(PreviewSite.stylesheetReplacements(
            old: ["style_css": "/assets/style.1.css", "logo_svg": "/assets/logo.svg"],
            new: ["style_css": "/assets/style.2.css", "logo_svg": "/assets/logo.svg"]),
            ["/assets/style.1.css": "/assets/style.2.css"])
        XCTAssertNil(PreviewSite.stylesheetReplacements(old: ["a_js": "/assets/a.1.js"], new: ["a_js": "/assets/a.2.js"]))
        XCTAssertNil(PreviewSite.stylesheetReplacements(old: [:], new: ["style_css": "/assets/style.2.css"]))
    }
}
