//
// This source file is part of the Hummingbird server framework project
// Copyright (c) the Hummingbird authors
//
// See LICENSE.txt for license information
// SPDX-License-Identifier: Apache-2.0
//

import Mustache
import XCTest

/// Classes that conform to `MustacheClassTraitsByType` have their answers to casts
/// remembered per class, and render as any other class does
final class ClassTraitsTests: XCTestCase {
    class Page: MustacheParent, MustacheClassTraitsByType {
        let title: String
        init(_ title: String) { self.title = title }
        func child(named: String) -> Any? { named == "title" ? self.title : nil }
    }

    final class Chapter: Page {
        override func child(named: String) -> Any? { named == "title" ? "chapter \(self.title)" : super.child(named: named) }
    }

    /// No `MustacheParent`: its names are read through a `Mirror`
    class Plain: MustacheClassTraitsByType {
        let title = "plain"
    }

    final class WithParent: Plain, MustacheParent {
        func child(named: String) -> Any? { named == "title" ? "parent" : nil }
    }

    final class Lambdas: MustacheClassTraitsByType, MustacheParent {
        func child(named: String) -> Any? { named == "shout" ? MustacheLambda { "\($0)!" } : nil }
    }

    func testSubclassesAreAskedOnTheirOwn() throws {
        let template = try MustacheTemplate(string: "{{#items}}{{title}},{{/items}}")
        let items: [Any] = [Page("a"), Chapter("b"), Page("c"), Chapter("d"), Plain(), WithParent(), Plain()]
        XCTAssertEqual(template.render(["items": items]), "a,chapter b,c,chapter d,plain,parent,plain,")
    }

    func testDottedNamesAndLambdasThroughAClass() throws {
        let template = try MustacheTemplate(string: "{{page.title}} {{#page}}{{title}}{{/page}} {{#l.shout}}hi{{/l.shout}} {{page.missing}}.")
        XCTAssertEqual(template.render(["page": Chapter("x"), "l": Lambdas()]), "chapter x chapter x hi! .")
        XCTAssertEqual(template.render(["page": Page("y"), "l": Lambdas()]), "y y hi! .")
    }
}
