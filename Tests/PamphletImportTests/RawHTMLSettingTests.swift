import Foundation
import XCTest
@testable import PamphletImport

/// `unsafe_html` in an imported site follows what the old generator did with raw HTML.
final class RawHTMLSettingTests: XCTestCase {
    private func folder(_ files: [String: String]) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("pamphlet-rawhtml-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: url) }
        for (name, text) in files { try Data(text.utf8).write(to: url.appendingPathComponent(name)) }
        return url
    }

    func testHugoKeepsRawHTMLOnlyWhenItsSettingsSaySo() throws {
        let toml = try folder(["hugo.toml": "title = 'x'\n[markup.goldmark.renderer]\n  unsafe = true\n"])
        XCTAssertTrue(RawHTMLSetting(source: toml, isHugo: true).kept)
        let yaml = try folder(["config.yaml": "markup:\n  goldmark:\n    renderer:\n      unsafe: true\n"])
        XCTAssertTrue(RawHTMLSetting(source: yaml, isHugo: true).kept)
        let off = try folder(["hugo.toml": "title = 'x'\n[markup.goldmark.renderer]\n  unsafe = false\n# unsafe = true was tried once\n"])
        XCTAssertFalse(RawHTMLSetting(source: off, isHugo: true).kept)
        XCTAssertFalse(RawHTMLSetting(source: try folder([:]), isHugo: true).kept)
    }

    func testJekyllAndMetalsmithKeepRawHTML() throws {
        XCTAssertTrue(RawHTMLSetting(source: try folder(["_config.yml": "title: x\n"]), isHugo: false).kept)
    }
}
