import Foundation
import XCTest
import Yams

@testable import PamphletCore

/// `PlainYAML` must make of every text it takes exactly the node tree Yams
/// makes (strings, styles, lines and columns), and leave the rest to Yams.
final class PlainYAMLTests: XCTestCase {
    static let keys = [
        "title", "description", "weight", "draft", "reviewed", "x.y", "a-b", "_k", "2024", "bad key", "  indented", "- item", "? q",
        "\"quoted\"", "Título", "k",
    ]
    static let separators = [": ", ":", " : ", ":   ", ":\t", ": \t"]
    static let values = [
        "Flu vaccine", "\"Signs of sciatica (7493)\"", "Tom & Jerry", "C# and F#", "a # b", "a #", "a: b", "a:b", "ends:", "\"quoted\"",
        #""with \"escape\"""#, "'single ''quote'''", "'unterminated", "\"unterminated", "[1, 2]", "{a: b}", "-5", "- x", "~", "null", "yes",
        "2025-01-02", "*alias", "&anchor v", "!tag v", "|", ">", "%x", "@x", "`x`", "¿Qué es?", "naïve café", "\u{85}x", "x\u{2028}y",
        "\u{FEFF}x", "\u{A0}x\u{A0}", "trailing   ", "text, with [brackets] and {braces}", "\"a\" b", "'a' b", "\"\"", "''", "a\tb",
        "emoji 🙂 e\u{301}", "https://example.com/a?b=c#frag", "x#y", "...", "---x", "''''", "\"#\"", "'a''b'", "\"a'b\"", "'a\"b'",
        "? x", ": x", ", x", "x, y", "\"a\\\\b\"", "\"a\" # note", "'a' # note", "\"x\"  ", "x \u{7F}", "\u{1F}", "a\u{9F}", "15.5",
        "Dr. Amina Okafor, MD", "", "x\"", "x'", "*", "&", "é",
    ]
    static let otherLines = ["", "   ", "# comment", "  # indented comment", "  continuation", "---", "...", "#", "- a", "? b"]

    /// Documents made of random lines from the pieces above: every one
    /// `PlainYAML` takes must read the same as with Yams.
    func testAgreesWithYamsOnGeneratedDocuments() throws {
        var generator = SystemRandomNumberGenerator()
        var taken = 0
        for _ in 0..<20_000 {
            var lines: [String] = []
            for _ in 0..<Int.random(in: 1...6, using: &generator) {
                if Int.random(in: 0..<10, using: &generator) == 0 {
                    lines.append(Self.otherLines.randomElement(using: &generator)!)
                } else {
                    // Mostly the separator and values Pamphlet's pages use, so that documents often pass.
                    let separator = Bool.random(using: &generator) ? ": " : Self.separators.randomElement(using: &generator)!
                    let key = Bool.random(using: &generator) ? "k\(lines.count)" : Self.keys.randomElement(using: &generator)!
                    let value = Int.random(in: 0..<3, using: &generator) == 0
                        ? "plain value \(lines.count)" : Self.values.randomElement(using: &generator)!
                    lines.append(key + separator + value)
                }
            }
            let text = lines.joined(separator: "\n") + (Bool.random(using: &generator) ? "\n" : "")
            if try compare(text) { taken += 1 }
        }
        // Enough documents pass for the comparison to mean something.
        XCTAssertGreaterThan(taken, 1_000)
    }

    /// Front matter of every page among the test sites, and lines written on purpose.
    func testAgreesWithYamsOnFixtures() throws {
        let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures")
        var taken = 0
        let files = FileManager.default.enumerator(at: fixtures, includingPropertiesForKeys: nil)!
        for case let url as URL in files where ["md", "yml", "yaml"].contains(url.pathExtension) {
            guard let text = try? String(contentsOf: url, encoding: .utf8) else { continue }
            let yaml = url.pathExtension == "md" ? (try? FrontMatter.split(text, file: "x").get())?.yaml : text
            if let yaml, try compare(yaml) { taken += 1 }
        }
        XCTAssertGreaterThan(taken, 20)
        for text in ["title: a\n\n# note\ndescription: b\n", "title: 'it''s'\n", "title: \"\"\n", "a: x\na: y\n"] {
            _ = try compare(text)
        }
    }

    /// Front matter nobody here wrote: `PLAIN_YAML_CORPUS=/folder[:/other]`
    /// (for example Hugo's documentation), each file whole and line by line.
    func testAgreesWithYamsOnACorpus() throws {
        guard let folders = ProcessInfo.processInfo.environment["PLAIN_YAML_CORPUS"] else {
            throw XCTSkip("set PLAIN_YAML_CORPUS to folders of Markdown pages to compare on them")
        }
        var (taken, lines) = (0, 0)
        for folder in folders.split(separator: ":") {
            let files = FileManager.default.enumerator(at: URL(fileURLWithPath: String(folder)), includingPropertiesForKeys: nil)!
            for case let url as URL in files where url.pathExtension == "md" {
                guard let text = try? String(contentsOf: url, encoding: .utf8),
                      let yaml = (try? FrontMatter.split(text.replacingOccurrences(of: "\r\n", with: "\n"), file: "x").get())?.yaml
                else { continue }
                if try compare(yaml) { taken += 1 }
                for line in yaml.split(separator: "\n") where try compare(String(line) + "\n") { lines += 1 }
            }
        }
        print("PlainYAML read \(taken) front matters whole and \(lines) lines alone")
        XCTAssertGreaterThan(taken + lines, 0)
    }

    func testLeavesToYamsWhatItDoesNotRead() {
        for text in [
            "title: a\ntitle: b\n", "title:\n", "title: [a, b]\n", "title: a\n  b\n", "title: \"a\\nb\"\n", "title: a\tb\n",
            "a: &x v\nb: *x\n", "title: a\u{2028}b\n", "", "# only a comment\n", "title: a # note\n",
        ] {
            XCTAssertNil(PlainYAML.mapping(text), text)
        }
        XCTAssertNotNil(PlainYAML.mapping("title: \"Signs of sciatica (7493)\"\nweight: 13\nreviewed: 2025-11-19\n"))
    }

    /// A bad value read by the fast way is blamed on the same line and column.
    func testMessagesKeepTheirPositions() {
        var diagnostics: [Diagnostic] = []
        XCTAssertNil(FrontMatter.parse("title: Flu\nweight:   heavy\n", file: "content/flu.md", diagnostics: &diagnostics))
        XCTAssertEqual(diagnostics.map { "\($0.line ?? 0):\($0.column ?? 0)" }, ["3:11"])
    }

    /// True when `PlainYAML` took the text; fails when it read it otherwise than Yams.
    private func compare(_ text: String, file: StaticString = #filePath, line: UInt = #line) throws -> Bool {
        guard let plain = PlainYAML.mapping(text) else { return false }
        let composed: Node?
        do {
            composed = try YAMLMapping.compose(text)
        } catch {
            XCTFail("Yams refuses what PlainYAML read: \(text.debugDescription): \(error)", file: file, line: line)
            return true
        }
        guard case let .mapping(mine) = plain, case let .mapping(theirs)? = composed else {
            XCTFail("not a mapping for Yams: \(text.debugDescription)", file: file, line: line)
            return true
        }
        XCTAssertEqual(mine.count, theirs.count, text.debugDescription, file: file, line: line)
        for (a, b) in zip(mine, theirs) {
            for (x, y) in [(a.key, b.key), (a.value, b.value)] {
                guard case let .scalar(left) = x, case let .scalar(right) = y else {
                    XCTFail("not a scalar for Yams: \(text.debugDescription)", file: file, line: line)
                    continue
                }
                XCTAssertEqual(left.string, right.string, text.debugDescription, file: file, line: line)
                XCTAssertEqual(left.style, right.style, text.debugDescription, file: file, line: line)
                XCTAssertEqual(left.mark?.line, right.mark?.line, text.debugDescription, file: file, line: line)
                XCTAssertEqual(left.mark?.column, right.mark?.column, text.debugDescription, file: file, line: line)
            }
        }
        XCTAssertEqual(plain.mark?.line, composed?.mark?.line, text.debugDescription, file: file, line: line)
        XCTAssertEqual(plain.mark?.column, composed?.mark?.column, text.debugDescription, file: file, line: line)
        return true
    }
}
