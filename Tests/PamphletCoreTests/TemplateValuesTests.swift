import Mustache
import XCTest

@testable import PamphletCore

/// Values converted for speed must render exactly as the plain ones do.
final class TemplateValuesTests: XCTestCase {
    private let values: [String: Any] = [
        "title": "Gene <therapy> & \"you\"",
        "blank": "",
        "flag": true,
        "off": false,
        "count": 3,
        "page": ["title": "DNA & you", "tags": ["genes", "cells"], "reviewed": ["iso": "2026-01-02", "text": "2 January 2026"]] as [String: Any],
        "items": [["name": "one"], ["name": "two"], ["name": "three"]] as [[String: Any]],
        "words": ["skip_link": "Skip to main content", "next": "Next"],
        "mixed": ["text", 7, true] as [Any],
        "nothing": [] as [Any],
    ]

    private func assertSameOutput(_ template: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let library = MustacheLibrary(templates: ["t": try MustacheTemplate(string: template)])
        let plain = library.render(values, withTemplate: "t")
        let converted = library.render(TemplateValues.convert(values), withTemplate: "t")
        XCTAssertNotNil(plain, file: file, line: line)
        XCTAssertEqual(converted, plain, template, file: file, line: line)
    }

    func testConvertedValuesRenderLikePlainOnes() throws {
        for template in [
            "{{title}} {{{title}}} {{&title}} {{page.title}} {{page.reviewed.text}} {{missing}} {{page.missing.deeper}}",
            "{{#title}}[{{.}}]{{/title}}{{^title}}none{{/title}}",
            "{{#blank}}[{{.}}]{{/blank}}{{^blank}}none{{/blank}}",
            "{{#flag}}yes{{/flag}}{{^off}}no{{/off}} {{count}} {{flag}}",
            "{{uppercased(title)}} {{lowercased(page.title)}} {{capitalized(page.title)}} {{reversed(title)}}",
            "{{#empty(blank)}}blank is empty{{/empty(blank)}} {{#empty(title)}}never{{/empty(title)}}",
            "{{#items}}{{name}}{{^last()}}, {{/last()}}{{/items}} ({{count(items)}})",
            "{{#first(items)}}{{name}}{{/first(items)}}",
            "{{#page.tags}}<{{.}}>{{/page.tags}} {{#page}}{{title}}: {{count(tags)}} {{count(page)}}{{/page}}",
            "{{#mixed}}({{.}}){{/mixed}}{{#nothing}}x{{/nothing}}{{^nothing}}none{{/nothing}}",
            "{{#page.reviewed}}<time datetime=\"{{iso}}\">{{text}}</time> {{title}}{{/page.reviewed}}",
            "{{#sorted(page)}}{{key}};{{/sorted(page)}}",
            "{{words.skip_link}} {{#words}}{{next}}{{/words}} {{count(words)}}",
            // Names looked up inside a text's section pass the text on the way out.
            "{{#title}}{{page.title}} {{count}} [{{renderText}}] [{{isNull}}]{{/title}}",
        ] {
            try assertSameOutput(template)
        }
    }

    func testTextsAndMapsBecomeTheFasterKinds() {
        let converted = TemplateValues.convert(values)
        let root = try? XCTUnwrap(converted as? TemplateObject)
        XCTAssertTrue(root?.child(named: "title") is TemplateText)
        XCTAssertTrue(root?.child(named: "page") is TemplateObject)
        XCTAssertTrue((root?.child(named: "items") as? [Any])?.first is TemplateObject)
        XCTAssertTrue((root?.child(named: "words") as? TemplateObject)?.child(named: "next") is TemplateText)
        XCTAssertTrue(((root?.child(named: "page") as? TemplateObject)?.child(named: "tags") as? [Any])?.first is TemplateText)
        XCTAssertEqual(root?.child(named: "count") as? Int, 3)
        XCTAssertEqual(root?.child(named: "flag") as? Bool, true)
    }
}
