import Foundation
import XCTest

@testable import PamphletCore

/// "Billion laughs": anchors and aliases that stand for billions of values
/// are refused with the file, line and column, in every YAML file.
final class YAMLAliasLimitTests: XCTestCase {
    /// Ten levels of ten aliases: 10^10 values.
    static let laughs: String = {
        var lines = [#"a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol","lol"]"#]
        for level in 1..<10 {
            lines.append("a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ",") + "]")
        }
        return lines.joined(separator: "\n") + "\n"
    }()

    func testFrontMatterAliasBombIsAnError() {
        var diagnostics: [Diagnostic] = []
        let matter = FrontMatter.parse("title: Home\n" + Self.laughs, file: "content/index.md", diagnostics: &diagnostics)
        XCTAssertNil(matter)
        XCTAssertEqual(diagnostics.count, 1)
        let diagnostic = diagnostics[0]
        XCTAssertEqual(diagnostic.severity, .error)
        XCTAssertEqual(diagnostic.file, "content/index.md")
        // "a3" (1,111 values and more) is on the YAML's fourth line after the title, the file's sixth.
        XCTAssertEqual(diagnostic.line, 6)
        XCTAssertEqual(diagnostic.column, 1)
        XCTAssertTrue(diagnostic.message.contains("write the values out"), diagnostic.message)
    }

    func testAnAliasUsedAsAKeyIsRefusedBeforeComposing() {
        for text in [Self.laughs + "*a9 : x\n", Self.laughs + "? *a9\n: x\n", Self.laughs + "b: {*a9 : x}\n"] {
            var diagnostics: [Diagnostic] = []
            XCTAssertNil(FrontMatter.parse("title: Home\n" + text, file: "content/index.md", diagnostics: &diagnostics))
            // The title, ten lines of laughs, then the key: the file's 13th line (after "---").
            XCTAssertEqual(diagnostics.first?.line, 13, diagnostics.first?.message ?? "no diagnostic")
            XCTAssertTrue(diagnostics.first?.message.contains("'*a9') is used as a key") ?? false, diagnostics.first?.message ?? "")
        }
    }

    /// A list or mapping used as a key, or an explicit key on lines of its own:
    /// Yams hashes the key in full, aliases and all, which never ends.
    func testCollectionsHoldingAnAliasAsKeysAreRefused() {
        let cases: [(String, String)] = [
            ("[*a9]: x\n", "a list or mapping holding an alias is used as a key"),
            ("b: {[*a9, c]: 1}\n", "a list or mapping holding an alias is used as a key"),
            ("- {*a9 : x}\n", "'*a9') is used as a key"),
            ("?\n  - *a9\n: x\n", "an explicit key ('? ') is used"),
        ]
        for (text, message) in cases {
            var diagnostics: [Diagnostic] = []
            XCTAssertNil(FrontMatter.parse("title: Home\n" + Self.laughs + text, file: "content/index.md", diagnostics: &diagnostics), text)
            XCTAssertEqual(diagnostics.first?.line, 13, "\(text): \(diagnostics.first?.message ?? "no diagnostic")")
            XCTAssertTrue(diagnostics.first?.message.contains(message) ?? false, "\(text): \(diagnostics.first?.message ?? "")")
        }
        var diagnostics: [Diagnostic] = []
        let plain = FrontMatter.parse("title: Home\nx: &x [1, 2]\ny: [*x, {a: *x}]\n[a, b]: 1\n", file: "content/index.md", diagnostics: &diagnostics)
        XCTAssertNotNil(plain, "\(diagnostics)")
    }

    func testGlossaryAliasBombIsAnError() {
        var diagnostics: [Diagnostic] = []
        let text = "- term: gene\n  definition: A piece of DNA.\n  forms: &f [" + Array(repeating: "genes", count: 10).joined(separator: ",") + "]\n"
            + (1..<10).map { "- term: t\($0)\n  definition: d\n  forms: &f\($0) [" + Array(repeating: $0 == 1 ? "*f" : "*f\($0 - 1)", count: 10).joined(separator: ",") + "]\n" }.joined()
        let glossary = Glossary.load(text: text, file: "content/glossary.yml", diagnostics: &diagnostics)
        XCTAssertTrue(glossary.isEmpty)
        XCTAssertEqual(diagnostics.map(\.file), ["content/glossary.yml"])
        XCTAssertTrue(diagnostics[0].message.contains("write the values out"), diagnostics[0].message)
    }

    /// Aliases used the ordinary way, and text with '*' and '&' that is no alias, still read.
    func testOrdinaryAliasesAndStarsStillRead() {
        var diagnostics: [Diagnostic] = []
        let matter = FrontMatter.parse("""
            title: "A & B: *not: an alias"
            description: 'Tom & Jerry *sometimes: ''quoted'''
            # *comment: &not an alias
            reviewed_by: Tom & Jerry *sometimes*
            shared: &who [Dr. Okafor, Dr. Lee]
            authors: *who
            editors: *who
            """, file: "content/a.md", diagnostics: &diagnostics)
        XCTAssertEqual(diagnostics.map(\.message), [])
        XCTAssertEqual(matter?.title, "A & B: *not: an alias")
        XCTAssertEqual(matter?.description, "Tom & Jerry *sometimes: 'quoted'")
        XCTAssertEqual(matter?.params["editors"], .list([.text("Dr. Okafor"), .text("Dr. Lee")]))
    }
}
