import Foundation
import XCTest

/// A build killed with kill -9 leaves `.output.staging-PID` (and sometimes
/// `.output.old-PID`) beside the output; the next build removes those of
/// processes that are gone, and nothing else.
final class InterruptedBuildTests: XCTestCase {
    func testLeftoversOfKilledBuildsAreRemoved() throws {
        let site = try FixtureSite(Fixtures.tinySite, testCase: self)
        // Process numbers above the kernel's limit belong to no process.
        let gone = [".output.staging-999999991", ".output.old-999999992"]
        let kept = [
            ".output.staging-\(getpid())",  // a live process: this test
            ".output.staging-12x", ".other.staging-999999993", ".output.staging-",
        ]
        for name in gone + kept { try site.write("\(name)/index.html", Data("half a site".utf8)) }
        try site.write(".output.old-999999994", Data("a file, not a build's folder".utf8))
        try site.buildCleanly()
        let beside = Set(try FileManager.default.contentsOfDirectory(atPath: site.root.path))
        for name in gone { XCTAssertFalse(beside.contains(name), "\(name) was left") }
        for name in kept + [".output.old-999999994"] { XCTAssertTrue(beside.contains(name), "\(name) was removed") }
    }

    /// The real thing: a build killed while it writes, then a build that cleans up.
    func testABuildKilledWhileWritingIsCleanedUpByTheNext() throws {
        var files = Fixtures.tinySite
        for number in 0..<300 {
            files["content/many/page-\(number).md"] = "---\ntitle: Page \(number)\n---\n\nShort text for page \(number).\n"
        }
        let site = try FixtureSite(files, testCase: self)
        let process = Process()
        process.executableURL = Pamphlet.binary
        process.arguments = ["build", "--source", site.root.path, "--today", FixtureSite.today]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let staging = site.root.appendingPathComponent(".output.staging-\(process.processIdentifier)")
        let deadline = Date().addingTimeInterval(60)
        while !FileManager.default.fileExists(atPath: staging.path), process.isRunning, Date() < deadline { usleep(200) }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        try XCTSkipUnless(process.terminationReason == .uncaughtSignal && FileManager.default.fileExists(atPath: staging.path),
                          "the build finished before it could be killed while writing")

        try site.buildCleanly()
        let beside = try FileManager.default.contentsOfDirectory(atPath: site.root.path)
        XCTAssertEqual(beside.filter { $0.hasPrefix(".") }, [], "a killed build's folders were left")
    }
}
