import Foundation
import XCTest
@testable import PamphletCore

/// A theme whose templates include themselves is an error, not a build that
/// runs until its stack overflows.
final class TemplateIncludesTests: TemporaryFolderTestCase {
    func testIncludesAreReadWithTheirLinesAndDelimiters() {
        let source = "{{< base}}\n{{$main}}\n{{ > partials/toc }}{{{raw}}}{{! > not this}}\n{{=<% %>=}}<%> partials/footer%>\n{{>*dynamic}}"
        XCTAssertEqual(TemplateIncludes.includes(in: source).map(\.name), ["base", "partials/toc", "partials/footer"])
        XCTAssertEqual(TemplateIncludes.includes(in: source).map(\.line), [1, 3, 4])
    }

    func testLoopsAreFoundOnceAndAllowedTreesAreNot() {
        func graph(_ edges: [String: [String]]) -> [String: [TemplateIncludes.Include]] {
            edges.mapValues { $0.map { TemplateIncludes.Include(name: $0, line: 1) } }
        }
        XCTAssertEqual(TemplateIncludes.loops(graph(["page": ["base", "toc"], "base": ["footer", "header"], "footer": ["qr"], "toc": ["qr"], "qr": [], "header": []])), [])
        XCTAssertEqual(TemplateIncludes.loops(graph(["a": ["a"]])), [["a", "a"]])
        XCTAssertEqual(TemplateIncludes.loops(graph(["a": ["b"], "b": ["c"], "c": ["a"], "page": ["a"]])), [["a", "b", "c", "a"]])
        // A chain thousands deep is walked without recursion.
        let deep = Dictionary(uniqueKeysWithValues: (0..<20_000).map { ("t\($0)", $0 < 19_999 ? ["t\($0 + 1)"] : ["t0"]) })
        XCTAssertEqual(TemplateIncludes.loops(graph(deep)).first?.count, 20_001)
    }

    func testSectionsNestedThousandsDeepAreAnErrorNotACrash() throws {
        XCTAssertNil(TemplateIncludes.tooDeep(String(repeating: "{{#a}}", count: 100) + String(repeating: "{{/a}}", count: 100)))
        XCTAssertNil(TemplateIncludes.tooDeep(String(repeating: "{{#a}}x{{/a}}\n", count: 5000)))
        XCTAssertEqual(TemplateIncludes.tooDeep("{{#a}}\n" + String(repeating: "{{^b}}", count: 100)), 2)
        try write([
            "site.yml": "title: Test\n",
            "content/_index.md": "---\ntitle: Home\n---\n\nHello.\n",
            "layouts/partials/footer.mustache": "<footer>\n" + String(repeating: "{{#site}}", count: 50_000) + String(repeating: "{{/site}}", count: 50_000),
        ])
        let result = SiteBuilder(options: BuildOptions(source: root, output: root.appendingPathComponent("output"))).run()
        XCTAssertFalse(result.succeeded)
        XCTAssertEqual(result.diagnostics.filter { $0.severity == .error }.map { "\($0.file ?? ""):\($0.line ?? 0) \($0.code)" }, ["layouts/partials/footer.mustache:2 theme"])
    }

    func testAThemeThatIncludesItselfIsAnErrorAtTheInclude() throws {
        try write([
            "site.yml": "title: Test\n",
            "content/_index.md": "---\ntitle: Home\n---\n\nHello.\n",
            "layouts/partials/footer.mustache": "<footer>\n{{#site}}{{> partials/footer-links}}{{/site}}\n</footer>\n",
            "layouts/partials/footer-links.mustache": "<p>Links</p>\n\n{{> partials/footer}}\n",
        ])
        let output = root.appendingPathComponent("output")
        let result = SiteBuilder(options: BuildOptions(source: root, output: output)).run()
        XCTAssertFalse(result.succeeded)
        let errors = result.diagnostics.filter { $0.severity == .error }
        XCTAssertEqual(errors.map(\.code), ["theme"])
        XCTAssertEqual(errors.first?.file, "layouts/partials/footer-links.mustache")
        XCTAssertEqual(errors.first?.line, 3)
        XCTAssertTrue(errors.first?.message.contains("partials/footer → partials/footer-links → partials/footer") ?? false, errors.first?.message ?? "")
        XCTAssertFalse(FileManager.default.fileExists(atPath: output.path))
    }
}
