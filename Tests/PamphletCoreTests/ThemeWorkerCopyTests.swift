import XCTest

@testable import PamphletCore

/// Each worker thread renders with its own compiled copy of the theme; it must be the same theme.
final class ThemeWorkerCopyTests: TemporaryFolderTestCase {
    func testCopyRendersLikeTheLoadedTheme() throws {
        // A site layout on top of the built-in theme: the copy must keep it too.
        try write(["layouts/partials/footer.mustache": "<footer>{{site.title}} &copy; {{site.year}}</footer>\n"])
        var diagnostics: [Diagnostic] = []
        let theme = try XCTUnwrap(ThemeLoader(folder: SiteFolder(root: root), name: "default").load(diagnostics: &diagnostics))
        XCTAssertEqual(diagnostics, [])
        let copy = theme.copyForWorker()
        XCTAssertEqual(copy.templateNames, theme.templateNames)
        XCTAssertEqual(Set(copy.sources.keys), theme.templateNames)
        let values: [String: Any] = [
            "site": ["title": "Clinic <Health>", "year": "2026", "language": "en"] as [String: Any],
            "page": ["title": "Gene therapy & you", "content": "<p>Text</p>", "is_home": false] as [String: Any],
            "t": ["skip_link": "Skip to main content"],
            "menu": [["title": "Genes", "url": "/genes/", "is_active": true]] as [[String: Any]],
        ]
        for template in ["page", "section", "home", "404"] {
            let original = try XCTUnwrap(theme.render(template, values))
            XCTAssertEqual(copy.render(template, values), original, template)
            XCTAssertTrue(original.contains("<footer>Clinic &lt;Health&gt; &copy; 2026</footer>"), template)
        }
    }
}
