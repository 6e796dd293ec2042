import Foundation
import PamphletCore
import XCTest

/// Rendering on every core must give exactly the bytes of a one-at-a-time build.
final class SerialParallelTests: XCTestCase {
    /// The repository root: the tests' fixtures and bench/.
    private var repository: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    private func build(_ site: URL, into output: URL, serial: Bool) -> BuildResult {
        var options = BuildOptions(source: site, output: output)
        options.serial = serial
        options.today = CalendarDate(iso: FixtureSite.today)!
        return SiteBuilder(options: options).run()
    }

    private func scratchFolder() -> URL {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("pamphlet-e2e-parallel-\(UUID().uuidString)")
        addTeardownBlock { try? FileManager.default.removeItem(at: scratch) }
        return scratch
    }

    /// Builds `site` in parallel twice and serially once; all three must match byte for byte.
    private func assertParallelMatchesSerial(_ site: URL, minimumPages: Int, file: StaticString = #filePath, line: UInt = #line) {
        let scratch = scratchFolder()
        let parallel = build(site, into: scratch.appendingPathComponent("parallel"), serial: false)
        XCTAssertTrue(parallel.succeeded, "\(parallel.diagnostics.filter { $0.severity == .error })", file: file, line: line)
        XCTAssertTrue(parallel.wroteOutput, file: file, line: line)
        XCTAssertGreaterThanOrEqual(parallel.pageCount, minimumPages, file: file, line: line)

        let serial = build(site, into: scratch.appendingPathComponent("serial"), serial: true)
        XCTAssertTrue(serial.succeeded, file: file, line: line)
        XCTAssertEqual(serial.pageCount, parallel.pageCount, file: file, line: line)
        XCTAssertEqual(serial.diagnostics, parallel.diagnostics, file: file, line: line)

        let parallelFiles = FixtureSite.snapshot(scratch.appendingPathComponent("parallel"))
        let serialFiles = FixtureSite.snapshot(scratch.appendingPathComponent("serial"))
        XCTAssertGreaterThan(parallelFiles.count, parallel.pageCount, file: file, line: line)
        XCTAssertEqual(parallelFiles.keys.sorted(), serialFiles.keys.sorted(), file: file, line: line)
        for (path, data) in parallelFiles where serialFiles[path] != data {
            XCTFail("\(path) differs between the parallel and the serial build", file: file, line: line)
        }

        // And a second parallel build repeats the first one exactly.
        let again = build(site, into: scratch.appendingPathComponent("again"), serial: false)
        XCTAssertTrue(again.succeeded, file: file, line: line)
        XCTAssertTrue(FixtureSite.snapshot(scratch.appendingPathComponent("again")) == parallelFiles, file: file, line: line)
    }

    func testSerialAndParallelBuildsOfTheSampleSiteAreByteIdentical() throws {
        let site = repository.appendingPathComponent("Tests/Fixtures/sample-site")
        XCTAssertTrue(FileManager.default.fileExists(atPath: site.appendingPathComponent("site.yml").path), site.path)
        assertParallelMatchesSerial(site, minimumPages: 11)
    }

    /// A site of the benchmark's kind, large enough that threads really
    /// interleave: shared memos (syllables), per-section work, hundreds of files.
    func testSerialAndParallelBuildsOfAGeneratedSiteAreByteIdentical() throws {
        let folder = scratchFolder().appendingPathComponent("generated")
        let generator = Process()
        generator.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        generator.arguments = ["python3", repository.appendingPathComponent("bench/generate-site").path, "--pages", "400", "--seed", "3", "--out", folder.path]
        generator.standardOutput = FileHandle.nullDevice
        try generator.run()
        generator.waitUntilExit()
        XCTAssertEqual(generator.terminationStatus, 0, "bench/generate-site failed")
        assertParallelMatchesSerial(folder.appendingPathComponent("pamphlet"), minimumPages: 400)
    }
}
