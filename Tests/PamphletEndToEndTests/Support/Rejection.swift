import Foundation
import XCTest

extension XCTestCase {
    /// Builds the tiny site, breaks it with `change`, rebuilds, and checks
    /// that the build failed compiler style before writing anything: exit 1,
    /// each of `expected` (prefixes of diagnostic lines) printed, no
    /// `[internal]` error, and the previous output exactly as it was.
    /// `respectingPermissions`: see `Pamphlet.launcher`.
    @discardableResult
    func assertBuildRejected(
        _ expected: [String], respectingPermissions: Bool = false,
        file: StaticString = #filePath, line: UInt = #line, _ change: (FixtureSite) throws -> Void
    ) throws -> CommandResult {
        let site = try FixtureSite(Fixtures.tinySite, testCase: self)
        try site.buildCleanly(file: file, line: line)
        let before = FixtureSite.snapshot(site.output)
        XCTAssertGreaterThan(before.count, 5, file: file, line: line)

        try change(site)
        let result = try site.build(respectingPermissions: respectingPermissions, file: file, line: line)
        XCTAssertEqual(result.status, 1, "the build should fail:\n\(result.stderr)", file: file, line: line)
        for prefix in expected {
            XCTAssertTrue(result.diagnosticLines.contains { $0.hasPrefix(prefix) },
                          "expected a line starting with\n  \(prefix)\nin:\n\(result.stderr)", file: file, line: line)
        }
        for diagnostic in result.diagnosticLines {
            XCTAssertTrue(diagnostic.hasSuffix("]"), "each diagnostic ends with its [code]: \(diagnostic)", file: file, line: line)
        }
        XCTAssertFalse(result.stderr.contains("[internal]"), result.stderr, file: file, line: line)
        XCTAssertFalse(result.stderr.contains("NSCocoaErrorDomain"), result.stderr, file: file, line: line)
        XCTAssertTrue(result.stderr.hasSuffix("The output folder was not changed.\n"), result.stderr, file: file, line: line)
        XCTAssertEqual(result.stdout, "", file: file, line: line)

        let after = FixtureSite.snapshot(site.output)
        XCTAssertEqual(after.keys.sorted(), before.keys.sorted(), "the output's files changed", file: file, line: line)
        XCTAssertTrue(after == before, "the output's bytes changed", file: file, line: line)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: site.root.path).filter { $0.hasPrefix(".") }
        XCTAssertEqual(leftovers, [], "staging folders were left behind", file: file, line: line)
        return result
    }

    /// `chmod` for a test, put back when it ends so the folder can be removed.
    func setPermissions(_ mode: Int, of url: URL) throws {
        try FileManager.default.setAttributes([.posixPermissions: mode], ofItemAtPath: url.path)
        addTeardownBlock { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: url.path) }
    }
}
