import Mustache
import XCTest

@testable import PamphletCore

/// Every template Pamphlet compiles escapes `{{variables}}` by bytes, so a
/// quote hidden in a grapheme cluster cannot leave an attribute.
final class TemplateEscapingTests: XCTestCase {
    private let hostile = "x\"\u{301} onmouseover=alert(1) autofocus y=\"\u{301} <\u{338}script>"

    func testTemplatesEscapeQuotesHiddenInClusters() throws {
        let template = try TemplateEscaping.template(#"<meta content="{{title}}"><a title='{{title}}'>{{title}}</a>{{{title}}}"#)
        let html = template.render(["title": hostile])
        XCTAssertEqual(html, """
            <meta content="x&quot;\u{301} onmouseover=alert(1) autofocus y=&quot;\u{301} &lt;\u{338}script&gt;">\
            <a title='x&quot;\u{301} onmouseover=alert(1) autofocus y=&quot;\u{301} &lt;\u{338}script&gt;'>\
            x&quot;\u{301} onmouseover=alert(1) autofocus y=&quot;\u{301} &lt;\u{338}script&gt;</a>\(hostile)
            """)
    }

    func testSwiftMustachesOwnEscapingIsNotUsed() throws {
        // What the theme would print without the pragma: the cluster `"́` left as it is.
        let plain = try MustacheTemplate(string: #"<meta content="{{title}}">"#).render(["title": hostile])
        XCTAssertTrue(plain.contains("\"\u{301} onmouseover"), "swift-mustache's escaping changed; this test documents why Pamphlet replaces it")
    }

    func testTheLoadedThemeAndItsWorkerCopiesEscapeByBytes() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pamphlet-escape-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let layouts = folder.appendingPathComponent("layouts")
        try FileManager.default.createDirectory(at: layouts.appendingPathComponent("partials"), withIntermediateDirectories: true)
        for name in ["page", "section", "home", "404"] {
            try #"<p title="{{page.title}}">{{> partials/inner}}</p>"#.write(to: layouts.appendingPathComponent("\(name).mustache"), atomically: true, encoding: .utf8)
        }
        try #"<b data-x="{{page.title}}"></b>"#.write(to: layouts.appendingPathComponent("partials/inner.mustache"), atomically: true, encoding: .utf8)
        var diagnostics: [Diagnostic] = []
        let theme = try XCTUnwrap(ThemeLoader(folder: SiteFolder(root: folder), name: "default").load(diagnostics: &diagnostics), "\(diagnostics)")
        for candidate in [theme, theme.copyForWorker()] {
            let values = RootContext()
            values.page = PageContext()
            values.page?.title = hostile
            let html = try XCTUnwrap(candidate.render("page", values))
            XCTAssertFalse(html.contains("\"\u{301}"), html)
            XCTAssertEqual(html.components(separatedBy: "&quot;\u{301} onmouseover").count, 3, html)
        }
    }
}
