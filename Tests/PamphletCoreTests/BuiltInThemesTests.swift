import Foundation
import XCTest

@testable import PamphletCore

/// Where pamphlet finds its built-in themes: beside the program, else the
/// source tree; nil, for the caller to report, when neither is there.
final class BuiltInThemesTests: XCTestCase {
    private func folder(_ name: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("pamphlet-themes-\(name)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: url) }
        return url
    }

    func testTheResourcesBesideTheProgramComeFirst() throws {
        let program = try folder("program")
        let beside = program.appendingPathComponent("Pamphlet_PamphletCore.resources/themes")
        try FileManager.default.createDirectory(at: beside, withIntermediateDirectories: true)
        let source = try folder("source")
        XCTAssertEqual(
            ThemeLoader.builtInThemes(besideProgramIn: program, source: source)?.standardizedFileURL.path, beside.standardizedFileURL.path)
    }

    func testAProgramAwayFromItsResourcesUsesTheSourceTree() throws {
        let source = try folder("source")
        XCTAssertEqual(ThemeLoader.builtInThemes(besideProgramIn: try folder("program"), source: source), source)
    }

    func testNeitherIsNilNotACrash() throws {
        let program = try folder("program")
        // A file where the themes folder belongs is not a themes folder.
        try FileManager.default.createDirectory(
            at: program.appendingPathComponent("Pamphlet_PamphletCore.resources"), withIntermediateDirectories: true)
        try Data("x".utf8).write(to: program.appendingPathComponent("Pamphlet_PamphletCore.resources/themes"))
        XCTAssertNil(ThemeLoader.builtInThemes(besideProgramIn: program, source: program.appendingPathComponent("missing")))
    }
}
