import Mustache
import XCTest

@testable import PamphletCore

/// What many pages show alike is rendered once per thread (`TemplateMemo`); a
/// theme whose partial looks outside the entry must still get each page's own output.
final class TemplateMemoTests: TemporaryFolderTestCase {
    private func values(page title: String, scopes: TemplateMemoScopes) -> RootContext {
        let values = RootContext()
        let page = PageContext()
        page.title = title
        values.page = page
        values.t = TextTable([:])
        values.menu = [
            LinkContext(title: "Genes", url: "/genes/", isActive: false, memoKey: scopes.key(scopes.menuEntry, 1)),
            LinkContext(title: "Heart", url: "/heart/", isActive: true, memoKey: scopes.key(scopes.activeMenuEntry, 2)),
        ]
        values.section = SectionContext(title: "Genes", url: "/genes/", isCurrent: false, pages: [
            PageSummaryContext(title: "One", url: "/genes/one/", description: "", isSection: false, isCurrent: false,
                               memoKey: scopes.key(scopes.sideNavEntry, 3)),
        ])
        return values
    }

    private func render(layouts: [String: String]) throws -> (memo: [String], plain: [String], remembered: Int) {
        try write(layouts)
        var diagnostics: [Diagnostic] = []
        let theme = try XCTUnwrap(ThemeLoader(folder: SiteFolder(root: root), name: "default").load(diagnostics: &diagnostics))
        XCTAssertEqual(diagnostics, [])
        let scopes = TemplateMemoScopes(languages: ["en"])
        let memo = MustacheRenderMemo()
        var withMemo: [String] = [], plain: [String] = []
        for title in ["First page", "Second page"] {
            withMemo.append(try XCTUnwrap(theme.render("page", values(page: title, scopes: scopes), memo: memo)))
            plain.append(try XCTUnwrap(theme.render("page", values(page: title, scopes: scopes))))
        }
        return (withMemo, plain, memo.count)
    }

    func testTheDefaultThemeRendersAsWithoutTheMemo() throws {
        let result = try render(layouts: [:])
        XCTAssertEqual(result.memo, result.plain)
        XCTAssertTrue(result.memo[0].contains("<li><a href=\"/heart/\" class=\"is-active\" aria-current=\"true\">Heart</a></li>"))
        // The two menu entries and the side navigation's entry.
        XCTAssertEqual(result.remembered, 3)
    }

    func testAnOverriddenPartialThatLooksOutsideTheEntryRendersPerPage() throws {
        // Inside each entry, `page.title` is found in the page's values, not in the entry.
        let result = try render(layouts: [
            "layouts/partials/side-nav.mustache": "{{#section}}<ul>{{#pages}}<li>{{title}} (from {{page.title}})</li>{{/pages}}</ul>{{/section}}\n",
        ])
        XCTAssertEqual(result.memo, result.plain)
        XCTAssertTrue(result.memo[0].contains("<li>One (from First page)</li>"))
        XCTAssertTrue(result.memo[1].contains("<li>One (from Second page)</li>"))
        // Only the two menu entries are remembered.
        XCTAssertEqual(result.remembered, 2)
    }
}
