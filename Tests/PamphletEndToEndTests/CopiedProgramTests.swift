import Foundation
import XCTest

/// The pamphlet program copied on its own, away from the resources SwiftPM
/// puts beside it (`cp .build/release/pamphlet ~/bin/`): it still builds a
/// site with its built-in theme, found in the source tree it was built from.
/// (Where neither is there, `BuiltInThemesTests` checks for nil, which the
/// theme loader reports; SwiftPM's `Bundle.module` stopped with a stack trace.)
final class CopiedProgramTests: XCTestCase {
    func testACopiedProgramBuildsWithTheBuiltInTheme() throws {
        let alone = FileManager.default.temporaryDirectory.appendingPathComponent("pamphlet-alone-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: alone, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: alone) }
        let copy = alone.appendingPathComponent("pamphlet")
        try FileManager.default.copyItem(at: Pamphlet.binary, to: copy)
        XCTAssertFalse(FileManager.default.fileExists(atPath: alone.appendingPathComponent("Pamphlet_PamphletCore.resources").path))
        let site = try FixtureSite(Fixtures.tinySite, testCase: self)

        let process = Process()
        process.executableURL = copy
        process.arguments = ["build", "--source", site.root.path, "--today", FixtureSite.today]
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()

        XCTAssertEqual(process.terminationStatus, 0, stderr)
        XCTAssertFalse(stderr.contains("Fatal error"), stderr)
        XCTAssertTrue(site.outputExists("index.html"), stderr)
        XCTAssertTrue(site.output("index.html").contains("<html"), stderr)
    }
}
