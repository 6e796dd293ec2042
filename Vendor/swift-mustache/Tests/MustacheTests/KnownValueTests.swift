//
// This source file is part of the Hummingbird server framework project
// Copyright (c) the Hummingbird authors
//
// See LICENSE.txt for license information
// SPDX-License-Identifier: Apache-2.0
//

import Mustache
import XCTest

/// Values whose type the type table knows are reached without a cast when the `Any` holds
/// the type itself, and by a cast when it holds another `Any` or a subclass (patch 10)
final class KnownValueTests: XCTestCase {
    struct Entry: MustacheParent, MustacheMemoizable, MustacheCustomRenderable {
        let title: String
        let key: MustacheMemoKey?
        func child(named: String) -> Any? { named == "title" ? self.title : nil }
        var memoKey: MustacheMemoKey? { self.key }
        var renderText: String { "entry \(self.title)" }
        var isNull: Bool { self.title.isEmpty }
    }

    final class Scope {}

    func testValuesInsideAnAnyRenderAsThemselves() throws {
        let template = try MustacheTemplate(string: "{{#items}}[{{title}}|{{.}}]{{/items}}{{^empty}}none{{/empty}} {{#flag}}yes{{/flag}}{{^flag}}no{{/flag}}")
        let entries = [Entry(title: "a", key: nil), Entry(title: "<b>", key: nil)]
        // The same values given as themselves, as `Any`, and as an `Any` boxed in an `Any`
        let items: [Any] = [entries[0], entries[1] as Any, (entries[0] as Any) as Any]
        let nested: Any = items as Any
        let context: [String: Any] = ["items": nested, "empty": Entry(title: "", key: nil) as Any, "flag": true as Any]
        XCTAssertEqual(template.render(context), "[a|entry a][&lt;b&gt;|entry &lt;b&gt;][a|entry a]none yes")
    }

    func testRememberedBodiesOfValuesInsideAnAny() throws {
        let template = try MustacheTemplate(string: "{{#items}}<{{title}}>{{/items}}")
        let scope = Scope()
        let memo = MustacheRenderMemo()
        let items: [Any] = [Entry(title: "a", key: MustacheMemoKey(scope: scope, index: 0)) as Any, Entry(title: "b", key: MustacheMemoKey(scope: scope, index: 1))]
        XCTAssertEqual(template.render(["items": items], memo: memo), "<a><b>")
        XCTAssertEqual(memo.count, 2)
        XCTAssertEqual(template.render(["items": items as Any], memo: memo), "<a><b>")
        XCTAssertEqual(memo.count, 2)
    }
}
