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

    /// `site`, `links` and `t` of one language, keyed as `TemplateData` keys them.
    private func shared(_ language: Int, scopes: TemplateMemoScopes, into values: RootContext) {
        let site = SiteContext()
        site.title = ["Genes and health", "Genes y salud"][language]
        site.language = ["en", "es"][language]
        site.publisher = "Publisher \(language)"
        site.memoKey = scopes.key(scopes.site, language)
        values.site = site
        values.links = LinksContext(
            home: ["/", "/es/"][language], aToZ: ["/a-z/", "/es/a-z/"][language], sitemap: "/sitemap.xml",
            search: ["/search/", "/es/search/"][language], memoKey: scopes.key(scopes.links, language))
        values.t = TextTable(
            ["skip_link": ["Skip", "Saltar"][language], "search": ["Search", "Buscar"][language], "custom": ["Hello", "Hola"][language]],
            memoKey: scopes.key(scopes.words, language))
        values.assets = TextTable(["style_css": "/style.css", "print_css": "/print.css"], memoKey: scopes.key(scopes.assets, 0))
    }

    /// Pages in two languages, rendered in turn with one memo and without one.
    private func renderLanguages(layouts: [String: String]) throws -> (memo: [String], plain: [String]) {
        try write(layouts)
        var diagnostics: [Diagnostic] = []
        let theme = try XCTUnwrap(ThemeLoader(folder: SiteFolder(root: root), name: "default").load(diagnostics: &diagnostics))
        XCTAssertEqual(diagnostics, [])
        let scopes = TemplateMemoScopes(languages: ["en", "es"])
        let memo = MustacheRenderMemo()
        var withMemo: [String] = [], plain: [String] = []
        for (number, title) in ["One", "Uno", "Two", "Dos", "Three", "Tres"].enumerated() {
            let values = values(page: title, scopes: scopes)
            shared(number % 2, scopes: scopes, into: values)
            withMemo.append(try XCTUnwrap(theme.render("page", values, memo: memo)))
            plain.append(try XCTUnwrap(theme.render("page", values)))
        }
        return (withMemo, plain)
    }

    func testTheHeaderAndFooterOfEachLanguageAreItsOwn() throws {
        let result = try renderLanguages(layouts: [:])
        XCTAssertEqual(result.memo, result.plain)
        for (number, html) in result.memo.enumerated() {
            let spanish = number % 2 == 1
            XCTAssertTrue(html.contains(spanish ? "<html lang=\"es\">" : "<html lang=\"en\">"), html)
            XCTAssertTrue(html.contains(spanish ? ">Saltar</a>" : ">Skip</a>"))
            XCTAssertTrue(html.contains(spanish ? "action=\"/es/search/\"" : "action=\"/search/\""))
            XCTAssertTrue(html.contains(spanish ? "Publisher 1" : "Publisher 0"))
        }
    }

    /// A site's own partial may mix the language's values with the page's, under any names.
    func testAnOverriddenHeaderMixingPageAndLanguageValues() throws {
        let result = try renderLanguages(layouts: [
            "layouts/partials/header.mustache":
                "<p>{{t.custom}}, {{site.title}}: {{page.title}} {{#page}}({{title}} {{t.custom}}){{/page}} {{links.home}}{{#site}} {{publisher}} {{title}}{{/site}} {{nothing.here}}</p>\n",
        ])
        XCTAssertEqual(result.memo, result.plain)
        XCTAssertTrue(result.memo[1].contains("<p>Hola, Genes y salud: Uno (Uno Hola) /es/ Publisher 1 Genes y salud </p>"), result.memo[1])
        XCTAssertTrue(result.memo[4].contains("<p>Hello, Genes and health: Three (Three Hello) / Publisher 0 Genes and health </p>"))
    }
}
