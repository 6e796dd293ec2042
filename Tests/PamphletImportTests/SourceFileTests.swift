import Foundation
import XCTest
@testable import PamphletImport

/// The old site's settings are read only from plain files inside it, and a
/// collection is only ever a folder of it.
final class SourceFileTests: XCTestCase {
    func testSettingsBehindALinkOutOfTheSiteAreNotRead() throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("source-file-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let site = scratch.appendingPathComponent("site"), elsewhere = scratch.appendingPathComponent("secret.toml")
        try FileManager.default.createDirectory(at: site, withIntermediateDirectories: true)
        try Data("[permalinks]\nnews = '/:slug/'\n".utf8).write(to: elsewhere)
        try Data("title: X\n".utf8).write(to: site.appendingPathComponent("_config.yml"))
        try FileManager.default.createSymbolicLink(at: site.appendingPathComponent("hugo.toml"), withDestinationURL: elsewhere)
        XCTAssertNil(SourceFile.text("hugo.toml", in: site))
        XCTAssertEqual(HugoPermalinks(source: site).patterns, [:])
        XCTAssertEqual(SourceFile.text("_config.yml", in: site), "title: X\n")
        XCTAssertNil(SourceFile.text("../secret.toml", in: site))
    }

    func testCollectionNamesAreFolderNames() {
        let settings: SourceValue = .table([
            "staff": .table(["output": .text("true")]),
            "../../etc": .table(["output": .text("true")]),
            "a/b": .table(["output": .text("true")]),
        ])
        XCTAssertEqual(JekyllCollections(settings).published.map(\.name), ["staff"])
    }
}

/// Another generator's YAML is read as Pamphlet reads its own: aliases that
/// stand for far more values than the text holds are refused, not walked.
final class SourceYAMLTests: XCTestCase {
    static let laughs: String = {
        var lines = ["a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
        for level in 1..<10 { lines.append("a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 9).joined(separator: ", ") + "]") }
        return lines.joined(separator: "\n")
    }()

    func testAliasBombsInFrontMatterAndSettingsAreRefused() {
        let (_, problem) = SourceFrontMatter.read("---\ntitle: P\n" + Self.laughs + "\ntags: *a9\n---\n\nText.\n")
        XCTAssertTrue(problem?.message.contains("could not be read") ?? false, "\(String(describing: problem))")
        let site = FileManager.default.temporaryDirectory.appendingPathComponent("laughs-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: site) }
        XCTAssertNoThrow(try FileManager.default.createDirectory(at: site, withIntermediateDirectories: true))
        XCTAssertNoThrow(try Data((Self.laughs + "\ncollections: *a9\npermalinks: *a9\n").utf8).write(to: site.appendingPathComponent("_config.yml")))
        XCTAssertNoThrow(try Data((Self.laughs + "\npermalinks: *a9\n").utf8).write(to: site.appendingPathComponent("config.yaml")))
        XCTAssertEqual(JekyllCollections(source: site).published, [])
        XCTAssertEqual(HugoPermalinks(source: site).patterns, [:])
    }
}
