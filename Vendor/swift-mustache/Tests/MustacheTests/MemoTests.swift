//
// This source file is part of the Hummingbird server framework project
// Copyright (c) the Hummingbird authors
//
// See LICENSE.txt for license information
// SPDX-License-Identifier: Apache-2.0
//

import Mustache
import XCTest

/// A list entry that says what it renders like; `renders` counts the look-ups of its name
private struct Entry: MustacheParent, MustacheMemoizable {
    static let scope = Scope()
    final class Scope: Sendable {}
    final class Counter { var lookUps = 0 }

    let name: String
    let flag: Bool?
    let key: Int?
    let counter: Counter
    var lambda: MustacheLambda?

    init(_ name: String, flag: Bool? = nil, key: Int?, counter: Counter) {
        self.name = name
        self.flag = flag
        self.key = key
        self.counter = counter
    }

    func child(named: String) -> Any? {
        switch named {
        case "name":
            self.counter.lookUps += 1
            return self.name
        case "flag": return self.flag
        case "lambda": return self.lambda
        default: return nil
        }
    }

    var memoKey: MustacheMemoKey? { self.key.map { MustacheMemoKey(scope: Self.scope, index: $0) } }
}

final class MemoTests: XCTestCase {
    /// Libraries by template text: a memo remembers bodies of one compiled template
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

    func testListItemsWithAKeyRenderOncePerMemo() throws {
        let counter = Entry.Counter()
        let memo = MustacheRenderMemo()
        let list = [Entry("a", key: 1, counter: counter), Entry("b", key: 2, counter: counter), Entry("now", key: nil, counter: counter)]
        let template = "{{#list}}<{{name}}>{{/list}}"
        XCTAssertEqual(try self.render(template, ["list": list], memo: memo), "<a><b><now>")
        XCTAssertEqual(counter.lookUps, 3)
        XCTAssertEqual(try self.render(template, ["list": list], memo: memo), "<a><b><now>")
        // Only the entry without a key was looked up again
        XCTAssertEqual(counter.lookUps, 4)
        XCTAssertEqual(memo.count, 2)
    }

    /// A remembered body is the text it added after what the render printed before it,
    /// counted in UTF-8 bytes: letters of several bytes before it must not shift it
    func testARememberedBodyAfterLettersOfSeveralBytes() throws {
        let counter = Entry.Counter()
        let memo = MustacheRenderMemo()
        let template = "Ünïcødé 🩺 {{title}}\n{{#list}}<{{name}}>{{/list}} fin"
        let list = [Entry("é", key: 1, counter: counter), Entry("b🩺", key: 2, counter: counter)]
        XCTAssertEqual(try self.render(template, ["list": list, "title": "ça"], memo: memo), "Ünïcødé 🩺 ça\n<é><b🩺> fin")
        XCTAssertEqual(try self.render(template, ["list": list, "title": "∑"], memo: memo), "Ünïcødé 🩺 ∑\n<é><b🩺> fin")
        XCTAssertEqual(counter.lookUps, 2)
        XCTAssertEqual(memo.count, 2)
    }

    func testObjectSectionWithAKeyRendersOncePerMemo() throws {
        let counter = Entry.Counter()
        let memo = MustacheRenderMemo()
        let template = "{{#entry}}[{{name}}]{{/entry}}"
        let entry = Entry("x", key: 7, counter: counter)
        XCTAssertEqual(try self.render(template, ["entry": entry], memo: memo), "[x]")
        XCTAssertEqual(try self.render(template, ["entry": entry], memo: memo), "[x]")
        XCTAssertEqual(counter.lookUps, 1)
    }

    func testANameFoundOutsideTheItemIsNotRemembered() throws {
        let counter = Entry.Counter()
        let memo = MustacheRenderMemo()
        // `flag` is nil in the entry, so Mustache finds it in the enclosing object
        let template = "{{#list}}{{name}}{{#flag}}!{{/flag}};{{/list}}"
        let list = [Entry("a", key: 1, counter: counter)]
        XCTAssertEqual(try self.render(template, ["list": list, "flag": true], memo: memo), "a!;")
        XCTAssertEqual(try self.render(template, ["list": list, "flag": false], memo: memo), "a;")
        XCTAssertEqual(memo.count, 0)
    }

    func testANameFoundInTheItemIsRemembered() throws {
        let counter = Entry.Counter()
        let memo = MustacheRenderMemo()
        let template = "{{#list}}{{name}}{{#flag}}!{{/flag}};{{/list}}"
        let list = [Entry("a", flag: false, key: 1, counter: counter)]
        XCTAssertEqual(try self.render(template, ["list": list, "flag": true], memo: memo), "a;")
        XCTAssertEqual(try self.render(template, ["list": list, "flag": true], memo: memo), "a;")
        XCTAssertEqual(memo.count, 1)
    }

    func testAMissingNameIsNotRemembered() throws {
        let counter = Entry.Counter()
        let memo = MustacheRenderMemo()
        let template = "{{#list}}{{name}}{{other}};{{/list}}"
        let list = [Entry("a", key: 1, counter: counter)]
        XCTAssertEqual(try self.render(template, ["list": list], memo: memo), "a;")
        XCTAssertEqual(try self.render(template, ["list": list, "other": "b"], memo: memo), "ab;")
    }

    func testAPlaceInTheListIsNotRemembered() throws {
        let counter = Entry.Counter()
        let memo = MustacheRenderMemo()
        let template = "{{#list}}{{name}}{{#first()}}1{{/first()}};{{/list}}"
        let a = Entry("a", key: 1, counter: counter)
        let b = Entry("b", key: 2, counter: counter)
        XCTAssertEqual(try self.render(template, ["list": [a, b]], memo: memo), "a1;b;")
        XCTAssertEqual(try self.render(template, ["list": [b, a]], memo: memo), "b1;a;")
    }

    func testPartialsInsideAnItemAreFollowed() throws {
        let counter = Entry.Counter()
        let memo = MustacheRenderMemo()
        let template = "{{#list}}{{>item}}{{/list}}"
        let list = [Entry("a", key: 1, counter: counter)]
        let partials = ["item": "{{name}}{{title}}"]
        XCTAssertEqual(try self.render(template, ["list": list, "title": "T"], memo: memo, partials: partials), "aT")
        XCTAssertEqual(try self.render(template, ["list": list, "title": "U"], memo: memo, partials: partials), "aU")
    }

    func testTheSameItemInAnotherSectionRendersItsOwnBody() throws {
        let counter = Entry.Counter()
        let memo = MustacheRenderMemo()
        let template = "{{#list}}({{name}}){{/list}}{{#other}}[{{name}}]{{/other}}"
        let list = [Entry("a", key: 1, counter: counter)]
        XCTAssertEqual(try self.render(template, ["list": list, "other": list], memo: memo), "(a)[a]")
    }

    func testEscapingIsPartOfTheKey() throws {
        let counter = Entry.Counter()
        let memo = MustacheRenderMemo()
        let list = [Entry("<a>", key: 1, counter: counter)]
        var library = MustacheLibrary()
        try library.register("{{#list}}{{>item}}{{/list}}", named: "html")
        try library.register("{{%CONTENT_TYPE:TEXT}}{{#list}}{{>item}}{{/list}}", named: "text")
        try library.register("{{name}}", named: "item")
        XCTAssertEqual(library.render(["list": list], withTemplate: "html", memo: memo), "&lt;a&gt;")
        // The partial resets the content type, so both print it escaped; the key keeps them apart
        XCTAssertEqual(library.render(["list": list], withTemplate: "text", memo: memo), "&lt;a&gt;")
        try library.register("{{%CONTENT_TYPE:TEXT}}{{#list}}{{name}}{{/list}}", named: "plain")
        XCTAssertEqual(library.render(["list": list], withTemplate: "plain", memo: memo), "<a>")
    }

    func testInheritedBlocksAreNotRemembered() throws {
        let counter = Entry.Counter()
        let memo = MustacheRenderMemo()
        var library = MustacheLibrary()
        try library.register("{{#list}}{{name}}{{$mark}}-{{/mark}}{{/list}}", named: "base")
        try library.register("{{<base}}{{$mark}}+{{/mark}}{{/base}}", named: "plus")
        let list = [Entry("a", key: 1, counter: counter)]
        XCTAssertEqual(library.render(["list": list], withTemplate: "base", memo: memo), "a-")
        XCTAssertEqual(library.render(["list": list], withTemplate: "plus", memo: memo), "a+")
        XCTAssertEqual(memo.count, 0)
    }

    func testLambdasAreNotRemembered() throws {
        let counter = Entry.Counter()
        let memo = MustacheRenderMemo()
        var calls = 0
        let lambda = MustacheLambda { calls += 1; return "\(calls)" }
        let template = "{{#list}}{{name}}{{lambda}}{{/list}}"
        var entry = Entry("a", key: 1, counter: counter)
        entry.lambda = lambda
        XCTAssertEqual(try self.render(template, ["list": [entry]], memo: memo), "a1")
        XCTAssertEqual(try self.render(template, ["list": [entry]], memo: memo), "a2")
    }

    func testRendersWithoutAMemoAreUnchanged() throws {
        let counter = Entry.Counter()
        let template = try MustacheTemplate(string: "{{#list}}<{{name}}>{{/list}}")
        let list = [Entry("a", key: 1, counter: counter)]
        XCTAssertEqual(template.render(["list": list]), "<a>")
        XCTAssertEqual(template.render(["list": list]), "<a>")
        XCTAssertEqual(counter.lookUps, 2)
    }

    /// A list's items are repeated from the list's slot, place by place, while their keys match;
    /// an item with another key, or none, renders (through the memo) in its place
    func testAListRepeatsItsItemsPlaceByPlace() throws {
        let counter = Entry.Counter()
        let memo = MustacheRenderMemo()
        let template = "{{#list}}<{{name}}>{{/list}}"
        let a = Entry("a", key: 1, counter: counter)
        let b = Entry("b", key: 2, counter: counter)
        let c = Entry("c", key: 3, counter: counter)
        let now = Entry("now", key: nil, counter: counter)
        XCTAssertEqual(try self.render(template, ["list": [a, now, c]], memo: memo), "<a><now><c>")
        XCTAssertEqual(counter.lookUps, 3)
        XCTAssertEqual(try self.render(template, ["list": [a, b, now]], memo: memo), "<a><b><now>")
        XCTAssertEqual(counter.lookUps, 5)
        // b and c are in the memo, now in other places
        XCTAssertEqual(try self.render(template, ["list": [now, c, b]], memo: memo), "<now><c><b>")
        XCTAssertEqual(counter.lookUps, 6)
        XCTAssertEqual(try self.render(template, ["list": [a, b]], memo: memo), "<a><b>")
        XCTAssertEqual(try self.render(template, ["list": [Entry]()], memo: memo), "")
        XCTAssertEqual(try self.render(template, ["list": [c]], memo: memo), "<c>")
        XCTAssertEqual(counter.lookUps, 6)
    }

    /// An item that asked for its place, or looked outside itself, is not repeated from the slot
    func testAListDoesNotRepeatItemsThatLookedOutside() throws {
        let counter = Entry.Counter()
        let memo = MustacheRenderMemo()
        let template = "{{#list}}{{name}}{{#last()}}.{{/last()}}{{#flag}}!{{/flag}};{{/list}}"
        let a = Entry("a", key: 1, counter: counter)
        let b = Entry("b", flag: false, key: 2, counter: counter)
        XCTAssertEqual(try self.render(template, ["list": [a, b], "flag": true], memo: memo), "a!;b.;")
        XCTAssertEqual(try self.render(template, ["list": [a, b], "flag": false], memo: memo), "a;b.;")
        XCTAssertEqual(try self.render(template, ["list": [a, b, a], "flag": true], memo: memo), "a!;b;a.!;")
        XCTAssertEqual(memo.count, 0)
    }

    /// The same body rendered inside one of its own items (a recursive partial) renders the
    /// inner list on its own, without the slot the outer list is using
    func testAListInsideItselfRendersOnItsOwn() throws {
        let counter = Entry.Counter()
        let memo = MustacheRenderMemo()
        let template = "{{>item}}"
        let partials = ["item": "{{#list}}({{name}}{{#inner}}{{>item}}{{/inner}}){{/list}}"]
        let inner: [String: Any] = ["list": [Entry("x", key: 10, counter: counter), Entry("y", key: 11, counter: counter)], "inner": false]
        let a = Entry("a", key: 1, counter: counter)
        let object: [String: Any] = ["list": [a, Entry("b", key: nil, counter: counter)], "inner": [inner]]
        XCTAssertEqual(try self.render(template, object, memo: memo, partials: partials), "(a(x)(y))(b(x)(y))")
        XCTAssertEqual(try self.render(template, object, memo: memo, partials: partials), "(a(x)(y))(b(x)(y))")
    }
}
