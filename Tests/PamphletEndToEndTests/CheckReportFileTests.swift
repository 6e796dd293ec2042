import Foundation
import XCTest

/// `check --html FILE` writes a new file or replaces an earlier report; a
/// folder is refused, and any other file unless --force.
final class CheckReportFileTests: XCTestCase {
    private func check(_ site: FixtureSite, _ arguments: [String]) throws -> CommandResult {
        try Pamphlet.run(["check", "--source", site.root.path, "--today", FixtureSite.today] + arguments)
    }

    private func assertOneLineError(
        _ result: CommandResult, _ message: String, file: StaticString = #filePath, line: UInt = #line
    ) {
        XCTAssertEqual(result.status, 1, result.stderr, file: file, line: line)
        XCTAssertEqual(result.stderr.split(separator: "\n").count, 1, result.stderr, file: file, line: line)
        XCTAssertTrue(result.stderr.hasPrefix("pamphlet: error: "), result.stderr, file: file, line: line)
        XCTAssertTrue(result.stderr.contains(message), "expected '\(message)' in:\n\(result.stderr)", file: file, line: line)
        XCTAssertFalse(result.stderr.contains("NSCocoaErrorDomain"), result.stderr, file: file, line: line)
    }

    func testAFolderIsAOneLineError() throws {
        let site = try FixtureSite(Fixtures.tinySite, testCase: self)
        let folder = site.url("reports")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        assertOneLineError(try check(site, ["--html", folder.path]),
                           "--html \(folder.path) is a folder; give the report a file name, such as \(folder.path)/content-health.html")
        assertOneLineError(try check(site, ["--html", folder.path, "--force"]), "is a folder")
    }

    func testAnotherFileIsReplacedOnlyWithForce() throws {
        let site = try FixtureSite(Fixtures.tinySite, testCase: self)
        let notes = site.url("notes.html")
        try Data("<p>my notes</p>".utf8).write(to: notes)
        assertOneLineError(try check(site, ["--html", notes.path]),
                           "\(notes.path) already exists and is not a content-health report, so --html would replace it; choose another file name, or pass --force")
        XCTAssertEqual(try String(contentsOf: notes, encoding: .utf8), "<p>my notes</p>")
        XCTAssertEqual(try check(site, ["--html", notes.path, "--force"]).status, 0)
        XCTAssertTrue(try String(contentsOf: notes, encoding: .utf8).contains("<title>Content health: "))
        // An earlier report is replaced without asking.
        let again = try check(site, ["--html", notes.path])
        XCTAssertEqual(again.status, 0, again.stderr)
    }

    func testAMissingFolderIsAOneLineError() throws {
        let site = try FixtureSite(Fixtures.tinySite, testCase: self)
        let report = site.url("no-such-folder/report.html")
        assertOneLineError(try check(site, ["--html", report.path]),
                           "cannot write the report \(report.path): the folder \(site.url("no-such-folder").path) does not exist")
    }
}
