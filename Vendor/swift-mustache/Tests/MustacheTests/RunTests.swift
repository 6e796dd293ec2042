//
// This source file is part of the Hummingbird server framework project
// Copyright (c) the Hummingbird authors
//
// See LICENSE.txt for license information
// SPDX-License-Identifier: Apache-2.0
//

import Mustache
import XCTest

/// A value with a memo key whose children count their look-ups
private struct Shared: MustacheParent, MustacheMemoizable {
    final class Scope: Sendable {}
    final class Counter { var lookUps = 0 }
    static let scope = Scope()

    let children: [String: Any]
    let key: Int
    var scope: Scope = Self.scope
    let counter: Counter

    func child(named name: String) -> Any? {
        self.counter.lookUps += 1
        return self.children[name]
    }

    var memoKey: MustacheMemoKey? { MustacheMemoKey(scope: self.scope, index: self.key) }
}

/// Another type with the same names and keys in another scope
private struct Other: MustacheParent, MustacheMemoizable {
    static let scope = Shared.Scope()
    let children: [String: Any]
    let key: Int

    func child(named name: String) -> Any? { self.children[name] }

    var memoKey: MustacheMemoKey? { MustacheMemoKey(scope: Self.scope, index: self.key) }
}

/// A page's own values: no key
private struct Own: MustacheParent {
    let children: [String: Any]

    func child(named name: String) -> Any? { self.children[name] }
}

final class RunTests: XCTestCase {
    private var libraries: [String: MustacheLibrary] = [:]

    func render(_ template: String, _ object: Any, memo: MustacheRenderMemo, partials: [String: String] = [:]) throws -> String {
        if self.libraries[template] == nil {
            var library = MustacheLibrary()
            try library.register(template, named: "main")
            for (name, text) in partials { try library.register(text, named: name) }
            self.libraries[template] = library
        }
        return self.libraries[template]!.render(object, withTemplate: "main", memo: memo) ?? "missing"
    }

    private func site(_ title: String, key: Int, counter: Shared.Counter) -> Shared {
        Shared(children: ["title": title, "links": ["a", "b"], "lang": title.prefix(2).lowercased()], key: key, counter: counter)
    }

    /// Tokens that read only values with keys are rendered once, then repeated while the keys are the same
    func testARunOfKeyedValuesIsRepeated() throws {
        let counter = Shared.Counter()
        let memo = MustacheRenderMemo()
        let template = "<h1>{{site.title}}</h1><ul>{{#site.links}}<li>{{.}}</li>{{/site.links}}</ul>{{page.title}}<p>{{site.lang}}</p>"
        let english = self.site("English", key: 0, counter: counter)
        XCTAssertEqual(
            try self.render(template, ["site": english, "page": Own(children: ["title": "One"])], memo: memo),
            "<h1>English</h1><ul><li>a</li><li>b</li></ul>One<p>en</p>"
        )
        let first = counter.lookUps
        XCTAssertEqual(
            try self.render(template, ["site": english, "page": Own(children: ["title": "Two"])], memo: memo),
            "<h1>English</h1><ul><li>a</li><li>b</li></ul>Two<p>en</p>"
        )
        // The page's title is looked up again; nothing in `site` is
        XCTAssertEqual(counter.lookUps, first)
    }

    /// Another key (another language) renders again, and each is then repeated
    func testAnotherKeyRendersAgain() throws {
        let counter = Shared.Counter()
        let memo = MustacheRenderMemo()
        let template = "<h1>{{site.title}}</h1><p>{{site.lang}}</p>"
        let english = self.site("English", key: 0, counter: counter)
        let spanish = self.site("Español", key: 1, counter: counter)
        for _ in 0..<3 {
            XCTAssertEqual(try self.render(template, ["site": english], memo: memo), "<h1>English</h1><p>en</p>")
            XCTAssertEqual(try self.render(template, ["site": spanish], memo: memo), "<h1>Español</h1><p>es</p>")
        }
        XCTAssertEqual(counter.lookUps, 4)
    }

    /// Two types answering the same names with equal indexes in other scopes are not confused
    func testTheSameNamesInAnotherTypeAreNotConfused() throws {
        let memo = MustacheRenderMemo()
        let template = "<h1>{{site.title}}</h1><p>{{site.lang}}</p>"
        let shared = self.site("Shared", key: 0, counter: Shared.Counter())
        let other = Other(children: ["title": "Other", "lang": "ot"], key: 0)
        XCTAssertEqual(try self.render(template, ["site": shared], memo: memo), "<h1>Shared</h1><p>sh</p>")
        XCTAssertEqual(try self.render(template, ["site": other], memo: memo), "<h1>Other</h1><p>ot</p>")
        XCTAssertEqual(try self.render(template, ["site": shared], memo: memo), "<h1>Shared</h1><p>sh</p>")
    }

    /// A value without a key (a plain text, a dictionary, a page's own values) is read at every render
    func testValuesWithoutAKeyAreReadEachTime() throws {
        let memo = MustacheRenderMemo()
        let template = "{{title}} and {{page.title}} and {{#list}}{{.}}{{/list}}!"
        XCTAssertEqual(try self.render(template, ["title": "a", "page": ["title": "b"], "list": [1, 2]], memo: memo), "a and b and 12!")
        XCTAssertEqual(try self.render(template, ["title": "c", "page": ["title": "d"], "list": [3]], memo: memo), "c and d and 3!")
    }

    /// A name that was missing must still be missing for the run to be repeated
    func testAMissingNameMustStayMissing() throws {
        let memo = MustacheRenderMemo()
        let counter = Shared.Counter()
        let template = "<h1>{{site.title}}</h1>{{#banner}}<b>{{banner.title}}</b>{{/banner}}<p>{{site.lang}}</p>"
        let site = self.site("English", key: 0, counter: counter)
        let banner = Shared(children: ["title": "Notice"], key: 9, counter: counter)
        XCTAssertEqual(try self.render(template, ["site": site], memo: memo), "<h1>English</h1><p>en</p>")
        XCTAssertEqual(try self.render(template, ["site": site, "banner": banner], memo: memo), "<h1>English</h1><b>Notice</b><p>en</p>")
        XCTAssertEqual(try self.render(template, ["site": site], memo: memo), "<h1>English</h1><p>en</p>")
    }

    /// A partial's run recorded where a name came from far out is not repeated where an
    /// enclosing section's value answers the same name (shadowing)
    func testANameShadowedByAnEnclosingSection() throws {
        let memo = MustacheRenderMemo()
        let counter = Shared.Counter()
        let template = "{{#wrap}}{{>p}}{{/wrap}}"
        let partials = ["p": "<i>{{label.title}}</i> <b>{{label.lang}}</b>"]
        let outer = self.site("Outer", key: 0, counter: counter)
        let inner = self.site("Inner", key: 1, counter: counter)
        let plainWrap = Shared(children: [:], key: 5, counter: counter)
        let labelledWrap = Shared(children: ["label": inner], key: 6, counter: counter)
        for _ in 0..<2 {
            XCTAssertEqual(
                try self.render(template, ["wrap": plainWrap, "label": outer], memo: memo, partials: partials),
                "<i>Outer</i> <b>ou</b>"
            )
            XCTAssertEqual(
                try self.render(template, ["wrap": labelledWrap, "label": outer], memo: memo, partials: partials),
                "<i>Inner</i> <b>in</b>"
            )
        }
        // A section pushed inside the run answers names before the values outside it
        let nested = "{{#site}}{{#wrap}}<i>{{title}}</i>{{/wrap}}{{/site}} {{title}}"
        let site = self.site("Site", key: 2, counter: counter)
        let titled = Shared(children: ["title": "Wrapped"], key: 7, counter: counter)
        for _ in 0..<2 {
            XCTAssertEqual(try self.render(nested, ["site": site, "wrap": plainWrap, "title": "root"], memo: memo), "<i>Site</i> root")
            XCTAssertEqual(try self.render(nested, ["site": site, "wrap": titled, "title": "root"], memo: memo), "<i>Wrapped</i> root")
        }
    }

    /// The current object, a list item's place, a lambda and an inherited block end a run
    func testWhatARunCannotFollowEndsIt() throws {
        let memo = MustacheRenderMemo()
        let counter = Shared.Counter()
        let site = self.site("S", key: 0, counter: counter)
        let other = Shared(children: ["title": "T"], key: 1, counter: counter)
        // The current object below the run
        let current = "{{#item}}{{>p}}{{/item}}"
        let partials = ["p": "<a>{{site.title}}</a>{{.}}<b>{{site.title}}</b>"]
        XCTAssertEqual(try self.render(current, ["site": site, "item": "x"], memo: memo, partials: partials), "<a>S</a>x<b>S</b>")
        XCTAssertEqual(try self.render(current, ["site": site, "item": "y"], memo: memo, partials: partials), "<a>S</a>y<b>S</b>")
        // A list item's place
        let place = "{{#list}}{{site.title}}{{#first()}}1{{/first()}}{{site.title}}{{^first()}}2{{/first()}};{{/list}}"
        for _ in 0..<2 {
            XCTAssertEqual(try self.render(place, ["site": site, "list": [other, other]], memo: memo), "S1S;SS2;")
            XCTAssertEqual(try self.render(place, ["site": site, "list": [other]], memo: memo), "S1S;")
        }
        // A lambda
        var calls = 0
        let lambda = MustacheLambda { calls += 1; return "\(calls)" }
        let withLambda = "{{site.title}}{{lambda}}{{site.title}}"
        XCTAssertEqual(try self.render(withLambda, ["site": site, "lambda": lambda], memo: memo), "S1S")
        XCTAssertEqual(try self.render(withLambda, ["site": site, "lambda": lambda], memo: memo), "S2S")
        // An inherited block
        let parent = "<{{site.title}}>{{$block}}default{{/block}}<{{site.title}}>"
        let child1 = "{{<parent}}{{$block}}one{{/block}}{{/parent}}"
        var library = MustacheLibrary()
        try library.register(parent, named: "parent")
        try library.register(child1, named: "one")
        try library.register("{{<parent}}{{$block}}two{{/block}}{{/parent}}", named: "two")
        XCTAssertEqual(library.render(["site": site], withTemplate: "one", memo: memo), "<S>one<S>")
        XCTAssertEqual(library.render(["site": site], withTemplate: "two", memo: memo), "<S>two<S>")
        XCTAssertEqual(library.render(["site": site], withTemplate: "one", memo: memo), "<S>one<S>")
    }

    /// A repeated run inside a section body remembered for its value (`MustacheMemoizable`)
    /// still tells that body what it looked up outside the value
    func testARepeatedRunTellsTheEnclosingBody() throws {
        let memo = MustacheRenderMemo()
        let counter = Shared.Counter()
        let english = self.site("English", key: 0, counter: counter)
        let spanish = self.site("Español", key: 1, counter: counter)
        let entry = Shared(children: ["name": "entry"], key: 3, counter: counter)
        let template = "{{#entry}}{{>p}}{{/entry}}"
        let partials = ["p": "<a>{{site.title}}</a><b>{{site.lang}}</b>"]
        XCTAssertEqual(try self.render(template, ["entry": entry, "site": english], memo: memo, partials: partials), "<a>English</a><b>en</b>")
        XCTAssertEqual(try self.render(template, ["entry": entry, "site": english], memo: memo, partials: partials), "<a>English</a><b>en</b>")
        XCTAssertEqual(try self.render(template, ["entry": entry, "site": spanish], memo: memo, partials: partials), "<a>Español</a><b>es</b>")
    }

    /// Without a memo, nothing is remembered
    func testWithoutAMemoEveryRenderLooksUp() throws {
        let counter = Shared.Counter()
        let site = self.site("English", key: 0, counter: counter)
        let template = try MustacheTemplate(string: "<h1>{{site.title}}</h1><p>{{site.lang}}</p>")
        XCTAssertEqual(template.render(["site": site]), "<h1>English</h1><p>en</p>")
        XCTAssertEqual(template.render(["site": site]), "<h1>English</h1><p>en</p>")
        XCTAssertEqual(counter.lookUps, 4)
    }
}
