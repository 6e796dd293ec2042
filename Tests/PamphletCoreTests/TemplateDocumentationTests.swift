import Foundation
import XCTest

@testable import PamphletCore

/// themes/README.md must list every value a theme can print, and nothing else:
/// its "Values" section is `TemplateDocumentation.markdown`, made from the
/// contexts' own keys. Run with PAMPHLET_UPDATE_README=1 to rewrite it.
final class TemplateDocumentationTests: XCTestCase {
    private static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    private let readme = repository.appendingPathComponent("themes/README.md")

    func testReadmeListsExactlyTheValuesTemplatesGet() throws {
        let text = try String(contentsOf: readme, encoding: .utf8)
        let expected = TemplateDocumentation.markdown
        if ProcessInfo.processInfo.environment["PAMPHLET_UPDATE_README"] == "1" {
            let updated: String
            if let start = text.range(of: TemplateDocumentation.startMarker),
               let end = text.range(of: TemplateDocumentation.endMarker + "\n", range: start.upperBound..<text.endIndex) {
                updated = text.replacingCharacters(in: start.lowerBound..<end.upperBound, with: expected)
            } else {
                updated = text.replacingOccurrences(of: "GENERATED\n", with: expected)
            }
            try updated.write(to: readme, atomically: true, encoding: .utf8)
            return
        }
        let start = try XCTUnwrap(text.range(of: TemplateDocumentation.startMarker), "themes/README.md has no generated 'Values' section")
        let end = try XCTUnwrap(text.range(of: TemplateDocumentation.endMarker + "\n", range: start.upperBound..<text.endIndex))
        XCTAssertEqual(
            String(text[start.lowerBound..<end.upperBound]), expected,
            "themes/README.md's 'Values' differ from the template contexts' keys; run PAMPHLET_UPDATE_README=1 swift test --filter TemplateDocumentationTests")
    }

    /// A new kind of template value must be listed in `TemplateDocumentation.kinds`.
    func testEveryContextKindIsDocumented() throws {
        let folder = Self.repository.appendingPathComponent("Sources/PamphletCore")
        let files = try XCTUnwrap(FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil))
        var declared: Set<String> = []
        let pattern = try NSRegularExpression(pattern: #"(?:struct|class) (\w+): TemplateContext\b"#)
        for case let file as URL in files where file.pathExtension == "swift" {
            let source = try String(contentsOf: file, encoding: .utf8)
            for match in pattern.matches(in: source, range: NSRange(source.startIndex..., in: source)) {
                declared.insert(String(source[Range(match.range(at: 1), in: source)!]))
            }
        }
        XCTAssertFalse(declared.isEmpty)
        XCTAssertEqual(Set(TemplateDocumentation.kinds.flatMap { [$0.typeName] + $0.sameKeys }), declared)
    }

    func testEveryValueHasAMeaningAndAType() {
        for kind in TemplateDocumentation.kinds {
            XCTAssertFalse(kind.rows.isEmpty, kind.name)
            XCTAssertEqual(Set(kind.rows.map(\.key)).count, kind.rows.count, kind.name)
            for row in kind.rows {
                XCTAssertFalse(row.meaning.isEmpty, "\(kind.name).\(row.key)")
                XCTAssertFalse(row.type.isEmpty, "\(kind.name).\(row.key)")
            }
        }
    }

    /// The codes `checks:` accepts are the checks' own, each once.
    func testCheckCodesComeFromTheChecks() {
        let codes = CheckSettings.codes
        XCTAssertEqual(Set(codes).count, codes.count)
        XCTAssertTrue(codes.contains("readability") && codes.contains("broken-link") && codes.contains("placeholder-text") && codes.contains("table-header"))
        XCTAssertTrue(codes.contains("link-reference"))
        XCTAssertEqual(codes.count, 20)
    }
}
