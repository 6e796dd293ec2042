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
        let values = RootContext()
        let site = SiteContext()
        site.title = "Clinic <Health>"
        site.year = "2026"
        site.language = "en"
        values.site = site
        let page = PageContext()
        page.title = "Gene therapy & you"
        page.content = "<p>Text</p>"
        page.isHome = false
        values.page = page
        values.t = TextTable(["skip_link": "Skip to main content"])
        values.menu = [LinkContext(title: "Genes", url: "/genes/", isActive: true)]
        for template in ["page", "section", "home", "404"] {
            let original = try XCTUnwrap(theme.render(template, values))
            XCTAssertEqual(copy.render(template, values), original, template)
            XCTAssertTrue(original.contains("<footer>Clinic &lt;Health&gt; &copy; 2026</footer>"), template)
        }
    }
}
