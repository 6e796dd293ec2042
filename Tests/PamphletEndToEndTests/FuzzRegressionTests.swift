import Foundation
import XCTest

/// Every input in Tests/Fixtures/fuzz-regressions/FuzzSite/ once found a
/// bug with `make fuzz`; each is built again here through the real CLI, as
/// the FuzzSite target builds it (Fuzz/Sources/FuzzSite/FuzzInput.swift).
final class FuzzRegressionTests: XCTestCase {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let inputs = repository.appendingPathComponent("Tests/Fixtures/fuzz-regressions/FuzzSite")
    static let template = repository.appendingPathComponent("Fuzz/site-template")

    func testSavedInputsBuildOrFailCleanly() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.inputs.path).filter { !$0.hasPrefix(".") }.sorted()
        XCTAssertGreaterThan(names.count, 1, "the saved inputs are missing")
        for name in names {
            let input = try Data(contentsOf: Self.inputs.appendingPathComponent(name))
            let site = try FixtureSite([:], testCase: self)
            for (relative, data) in try Self.files(Array(input)) { try site.write(relative, data) }
            let result = try site.build()
            XCTAssertTrue(result.status == 0 || result.status == 1, "\(name): exit \(result.status)\n\(result.stderr)")
            XCTAssertFalse(result.stderr.contains("[internal]"), "\(name): \(result.stderr)")
            guard result.status == 0 else { continue }
            for relative in site.htmlFiles {
                if let place = Self.injectedMarkup(site.output(relative)) {
                    XCTFail("\(name): \(relative) has input text as markup: \(place)")
                }
            }
        }
    }

    /// The parts of an input, split at NUL, put into the template site.
    static func files(_ input: [UInt8]) throws -> [String: Data] {
        var files: [String: Data] = [:]
        for relative in ["site.yml", "content/_index.md", "content/topics/_index.md", "content/topics/other.md"] {
            files[relative] = try Data(contentsOf: template.appendingPathComponent(relative))
        }
        let parts = input.split(separator: 0, maxSplits: 3, omittingEmptySubsequences: false).map { Data($0) }
        files["content/topics/page.md"] = parts[0]
        if parts.count > 1 { files["site.yml"]!.append(parts[1]) }
        if parts.count > 2 { files["content/glossary.yml"] = parts[2] }
        if parts.count > 3 { files["content/topics/other.md"] = parts[3] }
        return files
    }

    /// `x-pwn` (the fuzz dictionary's marker) as a tag, or as an attribute:
    /// inside a tag, after an even number of quotes. Nil when it only appears as text.
    static func injectedMarkup(_ html: String) -> String? {
        let bytes = Array(html.utf8)
        let marker = Array("x-pwn".utf8)
        var index = 0
        while index + marker.count <= bytes.count {
            defer { index += 1 }
            guard bytes[index...].starts(with: marker) else { continue }
            let before = bytes[..<index]
            guard let open = before.lastIndex(of: UInt8(ascii: "<")),
                  open >= (before.lastIndex(of: UInt8(ascii: ">")) ?? -1) else { continue }
            if before[open...].filter({ $0 == UInt8(ascii: "\"") }).count % 2 == 0 {
                return String(decoding: bytes[max(0, open)..<min(bytes.count, index + 20)], as: UTF8.self)
            }
        }
        return nil
    }
}
