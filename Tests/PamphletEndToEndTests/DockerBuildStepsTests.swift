import Foundation
import XCTest

/// The Dockerfile's steps that run without Docker: installing the binary
/// with its theme bundle into a folder of its own, and the smoke test the
/// image build runs on it. (The release build and the images are not run here.)
final class DockerBuildStepsTests: XCTestCase {
    private static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    private func steps(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = Self.repository.appendingPathComponent("scripts/docker-build-steps")
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    func testInstalledCopyCarriesItsThemeAndBuildsANewSite() throws {
        let dest = FileManager.default.temporaryDirectory.appendingPathComponent("pamphlet-install-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dest) }
        let install = try steps(["install", dest.path, Pamphlet.productsDirectory.path])
        XCTAssertEqual(install.status, 0, install.output)
        XCTAssertTrue(FileManager.default.isExecutableFile(atPath: dest.appendingPathComponent("pamphlet").path))
        XCTAssertTrue(FileManager.default.fileExists(
            atPath: dest.appendingPathComponent("Pamphlet_PamphletCore.resources/themes/default/templates/base.mustache").path))
        let smoke = try steps(["smoke", dest.path])
        XCTAssertEqual(smoke.status, 0, smoke.output)
        XCTAssertTrue(smoke.output.contains("builds a new site"), smoke.output)
    }

    func testSmokeFailsWithoutABinary() throws {
        let empty = FileManager.default.temporaryDirectory.appendingPathComponent("pamphlet-empty-\(UUID().uuidString)")
        XCTAssertNotEqual(try steps(["smoke", empty.path]).status, 0)
        XCTAssertEqual(try steps(["frobnicate"]).status, 2)
    }
}
