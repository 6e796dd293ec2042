import Foundation
import PamphletCore
import XCTest

/// Rendering on every core must give exactly the bytes of a one-at-a-time build.
final class SerialParallelTests: XCTestCase {
    /// The repository's own sample site (site.yml and content/ at the package root).
    private var sampleSite: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    private func build(into output: URL, serial: Bool) -> BuildResult {
        var options = BuildOptions(source: sampleSite, output: output)
        options.serial = serial
        options.today = CalendarDate(iso: FixtureSite.today)!
        return SiteBuilder(options: options).run()
    }

    func testSerialAndParallelBuildsOfTheSampleSiteAreByteIdentical() throws {
        XCTAssertTrue(FileManager.default.fileExists(atPath: sampleSite.appendingPathComponent("site.yml").path), sampleSite.path)
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("pamphlet-e2e-parallel-\(UUID().uuidString)")
        addTeardownBlock { try? FileManager.default.removeItem(at: scratch) }

        let parallel = build(into: scratch.appendingPathComponent("parallel"), serial: false)
        XCTAssertTrue(parallel.succeeded, "\(parallel.diagnostics.filter { $0.severity == .error })")
        XCTAssertTrue(parallel.wroteOutput)
        XCTAssertGreaterThan(parallel.pageCount, 10)

        let serial = build(into: scratch.appendingPathComponent("serial"), serial: true)
        XCTAssertTrue(serial.succeeded)
        XCTAssertEqual(serial.pageCount, parallel.pageCount)
        XCTAssertEqual(serial.diagnostics, parallel.diagnostics)

        let parallelFiles = FixtureSite.snapshot(scratch.appendingPathComponent("parallel"))
        let serialFiles = FixtureSite.snapshot(scratch.appendingPathComponent("serial"))
        XCTAssertGreaterThan(parallelFiles.count, parallel.pageCount)
        XCTAssertEqual(parallelFiles.keys.sorted(), serialFiles.keys.sorted())
        for (path, data) in parallelFiles where serialFiles[path] != data {
            XCTFail("\(path) differs between the parallel and the serial build")
        }

        // And a second parallel build repeats the first one exactly.
        let again = build(into: scratch.appendingPathComponent("again"), serial: false)
        XCTAssertTrue(again.succeeded)
        XCTAssertTrue(FixtureSite.snapshot(scratch.appendingPathComponent("again")) == parallelFiles)
    }
}
