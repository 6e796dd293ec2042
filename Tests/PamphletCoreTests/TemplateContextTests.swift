import Mustache
import XCTest

@testable import PamphletCore

/// Typed template values must render exactly as the same values in plain
/// dictionaries and arrays do (what Pamphlet passed swift-mustache before).
final class TemplateContextTests: XCTestCase {
    private func typed() -> RootContext {
        let root = RootContext()
        let site = SiteContext()
        site.title = "Gene <therapy> & \"you\""
        site.year = "2026"
        root.site = site
        let page = PageContext()
        page.title = "DNA & you"
        page.description = ""
        page.wordCount = 3
        page.isHome = false
        page.hasToc = true
        page.reviewed = DateContext(iso: "2026-01-02", text: "2 January 2026")
        page.toc = [HeadingContext(id: "a", title: "A", level: 2, children: [HeadingContext(id: "b", title: "B", level: 3)])]
        page.terms = []
        page.params = ParamsContext(values: ["tags": .list([.text("genes"), .text("cells")]), "about": .map(["name": .text("Asthma")])])
        root.page = page
        root.menu = ["one", "two", "three"].map { LinkContext(title: $0, url: "/\($0)/", isActive: $0 == "two") }
        root.t = TextTable(["skip_link": "Skip to main content", "next": "Next"])
        root.section = SectionContext(title: "Genes", url: "/genes/", isCurrent: false, pages: [])
        return root
    }

    private let plain: [String: Any] = [
        "site": ["title": "Gene <therapy> & \"you\"", "year": "2026"] as [String: Any],
        "page": [
            "title": "DNA & you", "description": "", "word_count": 3, "is_home": false, "has_toc": true,
            "reviewed": ["iso": "2026-01-02", "text": "2 January 2026"],
            "toc": [["id": "a", "title": "A", "level": 2, "children": [["id": "b", "title": "B", "level": 3]] as [[String: Any]]]] as [[String: Any]],
            "terms": [] as [Any],
            "params": ["tags": ["genes", "cells"], "about": ["name": "Asthma"]] as [String: Any],
        ] as [String: Any],
        "menu": ["one", "two", "three"].map { ["title": $0, "url": "/\($0)/", "is_active": $0 == "two"] as [String: Any] },
        "t": ["skip_link": "Skip to main content", "next": "Next"],
        "section": ["title": "Genes", "url": "/genes/", "is_current": false, "pages": [] as [Any]] as [String: Any],
    ]

    private func assertSameOutput(_ template: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let library = MustacheLibrary(templates: ["t": try MustacheTemplate(string: template)])
        let expected = library.render(plain, withTemplate: "t")
        XCTAssertNotNil(expected, file: file, line: line)
        XCTAssertEqual(library.render(typed(), withTemplate: "t"), expected, template, file: file, line: line)
    }

    func testTypedValuesRenderLikePlainOnes() throws {
        for template in [
            "{{site.title}} {{{site.title}}} {{&site.title}} {{page.title}} {{page.reviewed.text}} {{missing}} {{page.missing.deeper}}",
            "{{#page.title}}[{{.}}]{{/page.title}}{{^page.title}}none{{/page.title}}",
            "{{#page.description}}[{{.}}]{{/page.description}}{{^page.description}}none{{/page.description}}",
            "{{#page.has_toc}}yes{{/page.has_toc}}{{^page.is_home}}no{{/page.is_home}} {{page.word_count}} {{page.has_toc}}",
            "{{uppercased(site.title)}} {{lowercased(page.title)}} {{capitalized(page.title)}} {{reversed(site.title)}}",
            "{{#empty(page.description)}}empty{{/empty(page.description)}} {{#empty(page.title)}}never{{/empty(page.title)}}",
            "{{#menu}}{{title}}{{#is_active}}*{{/is_active}}{{^last()}}, {{/last()}}{{/menu}} ({{count(menu)}})",
            "{{#first(menu)}}{{url}}{{/first(menu)}}",
            "{{#page.toc}}{{title}}:{{#children}}{{title}}{{level}}{{/children}}{{/page.toc}}",
            "{{#page.params.tags}}<{{.}}>{{/page.params.tags}} {{page.params.about.name}} {{count(page.params.tags)}}",
            "{{#page.terms}}x{{/page.terms}}{{^page.terms}}none{{/page.terms}}",
            "{{#page.reviewed}}<time datetime=\"{{iso}}\">{{text}}</time> {{title}} {{site.year}}{{/page.reviewed}}",
            "{{t.skip_link}} {{#t}}{{next}}{{/t}} {{count(t)}}",
            // A name missing in an item is looked up further out: `is_current` of `section` inside its pages.
            "{{#section}}{{title}} {{is_current}}{{#pages}}-{{/pages}}{{^pages}}none{{/pages}}{{/section}}",
            // Names looked up inside a text's section pass the text on the way out.
            "{{#page.title}}{{site.title}} {{page.word_count}} [{{renderText}}] [{{isNull}}]{{/page.title}}",
        ] {
            try assertSameOutput(template)
        }
    }

    func testValuesComeInTheFasterKinds() {
        let root = typed()
        XCTAssertTrue(root.child(named: "page") is PageContext)
        XCTAssertTrue((root.child(named: "page") as? PageContext)?.child(named: "title") is TemplateText)
        XCTAssertTrue((root.child(named: "menu") as? [LinkContext])?.first?.child(named: "url") is TemplateText)
        XCTAssertTrue((root.child(named: "t") as? TextTable)?.child(named: "next") is TemplateText)
        XCTAssertEqual(root.page?.child(named: "word_count") as? Int, 3)
        XCTAssertEqual(root.page?.child(named: "has_toc") as? Bool, true)
        XCTAssertNil(root.page?.child(named: "x_default"), "an absent value is nil, so Mustache looks further out")
        XCTAssertNil(root.child(named: "no_such_name"))
    }
}
