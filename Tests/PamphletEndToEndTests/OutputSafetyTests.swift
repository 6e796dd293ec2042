import Foundation
import XCTest

/// `build --output` replaces only a folder a build wrote: everything else is
/// refused before anything is written, and some folders even with --force.
/// Every folder here is a fresh temporary one; "home" is a fake HOME.
final class OutputSafetyTests: XCTestCase {
    private func scratchFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("pamphlet-e2e-out-\(UUID().uuidString)").resolvingSymlinksInPath()
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: url) }
        return url
    }

    private func assertRefused(
        _ result: CommandResult, _ message: String, file: StaticString = #filePath, line: UInt = #line
    ) {
        XCTAssertEqual(result.status, 1, result.stderr, file: file, line: line)
        XCTAssertEqual(result.errorLines.count, 1, result.stderr, file: file, line: line)
        XCTAssertTrue(result.errorLines.first?.hasPrefix("pamphlet: error: ") == true, result.stderr, file: file, line: line)
        XCTAssertTrue(result.stderr.contains(message), "expected '\(message)' in:\n\(result.stderr)", file: file, line: line)
        XCTAssertFalse(result.stderr.contains("NSCocoaErrorDomain"), result.stderr, file: file, line: line)
    }

    func testAFolderOfOtherFilesIsRefusedUnlessForced() throws {
        let site = try FixtureSite(Fixtures.tinySite, testCase: self)
        let folder = try scratchFolder()
        try Data("keep me".utf8).write(to: folder.appendingPathComponent("notes.txt"))
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("photos"), withIntermediateDirectories: true)
        let refused = try site.build(["--output", folder.path])
        assertRefused(refused, "\(folder.path) is not empty and was not written by Pamphlet")
        XCTAssertTrue(refused.stderr.contains("would delete notes.txt, photos."), refused.stderr)
        XCTAssertTrue(refused.stderr.contains("Choose a new or empty folder for --output, or pass --force after checking"), refused.stderr)
        XCTAssertEqual(try String(contentsOf: folder.appendingPathComponent("notes.txt"), encoding: .utf8), "keep me")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.deletingLastPathComponent().path)
            .filter { $0.hasPrefix(".\(folder.lastPathComponent).") }, [], "no staging folder was made")

        try site.buildCleanly(["--output", folder.path, "--force"])
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.appendingPathComponent("notes.txt").path))
        XCTAssertTrue(FileManager.default.fileExists(atPath: folder.appendingPathComponent("topics/first/index.html").path))
        // Now it is Pamphlet's: the next build needs no --force.
        try site.buildCleanly(["--output", folder.path])
    }

    func testAFileIsRefusedUnlessForced() throws {
        let site = try FixtureSite(Fixtures.tinySite, testCase: self)
        let file = try scratchFolder().appendingPathComponent("report.pdf")
        try Data("a file".utf8).write(to: file)
        assertRefused(try site.build(["--output", file.path]), "\(file.path) is a file, not a folder, and a build would delete it")
        XCTAssertEqual(try String(contentsOf: file, encoding: .utf8), "a file")
        try site.buildCleanly(["--output", file.path, "--force"])
        XCTAssertTrue(FileManager.default.fileExists(atPath: file.appendingPathComponent("index.html").path))
    }

    func testEveryOutputIsMarkedAndAnEmptyFolderIsAccepted() throws {
        let site = try FixtureSite(Fixtures.tinySite, testCase: self)
        try FileManager.default.createDirectory(at: site.output, withIntermediateDirectories: true)
        try site.buildCleanly()
        XCTAssertTrue(site.output(".pamphlet-output").hasPrefix("pamphlet-output 1\n"))
        try site.buildCleanly()
    }

    func testAnOutputFromAnOlderPamphletWithoutTheMarkerIsReplaced() throws {
        let site = try FixtureSite(Fixtures.tinySite, testCase: self)
        try site.buildCleanly()
        try FileManager.default.removeItem(at: site.output.appendingPathComponent(".pamphlet-output"))
        try site.buildCleanly()
        XCTAssertTrue(site.outputExists(".pamphlet-output"))
        // Without the files every build writes at its top, it is not taken for one.
        try FileManager.default.removeItem(at: site.output.appendingPathComponent(".pamphlet-output"))
        try FileManager.default.removeItem(at: site.output.appendingPathComponent("robots.txt"))
        assertRefused(try site.build(), "is not empty and was not written by Pamphlet")
    }

    func testAnOutputHoldingAGitFolderNeedsForce() throws {
        let site = try FixtureSite(Fixtures.tinySite, testCase: self)
        try site.buildCleanly()
        try site.write("output/.git/HEAD", Data("ref: refs/heads/gh-pages\n".utf8))
        assertRefused(try site.build(), "holds a .git folder")
        XCTAssertTrue(site.outputExists(".git/HEAD"))
    }

    func testTheSiteAndItsSourceFoldersAreRefusedEvenWithForce() throws {
        var files = Fixtures.tinySite
        files["layouts/partials/footer.mustache"] = "<footer>Ours</footer>\n"
        files["i18n/en.yml"] = "home: Home\n"
        files[".git/HEAD"] = "ref: refs/heads/main\n"
        let site = try FixtureSite(files, testCase: self)
        let before = FixtureSite.snapshot(site.root)
        let cases: [(String, String)] = [
            (site.root.path, "it is the site folder"),
            (site.root.deletingLastPathComponent().path, "it contains the site folder"),
            (site.url("content").path, "it is the site's content/ folder"),
            (site.url("content/topics").path, "it is inside the site's content/ folder"),
            (site.url("layouts").path, "it is the site's layouts/ folder"),
            (site.url("themes").path, "it is the site's themes/ folder"),
            (site.url("i18n").path, "it is the site's i18n/ folder"),
            (site.url(".git").path, "it is the site's .git/ folder"),
            (site.url("site.yml").path, "it is the site's site.yml"),
            (site.url("output/../i18n").path, "it is the site's i18n/ folder"),
        ]
        for (output, reason) in cases {
            let result = try site.build(["--output", output, "--force"])
            assertRefused(result, reason)
            XCTAssertTrue(result.stderr.contains("(--force does not change this)"), result.stderr)
        }
        // A link to a protected folder is seen for what it is.
        try FileManager.default.createSymbolicLink(atPath: site.url("public").path, withDestinationPath: "i18n")
        assertRefused(try site.build(["--output", site.url("public").path, "--force"]), "(really \(site.url("i18n").path)): it is the site's i18n/ folder")
        try FileManager.default.removeItem(at: site.url("public"))
        XCTAssertTrue(FixtureSite.snapshot(site.root) == before, "the site's files changed")
    }

    func testTheHomeFolderIsRefusedEvenWithForce() throws {
        let site = try FixtureSite(Fixtures.tinySite, testCase: self)
        let home = try scratchFolder().appendingPathComponent("home")
        try FileManager.default.createDirectory(at: home.appendingPathComponent("Documents"), withIntermediateDirectories: true)
        try Data("precious".utf8).write(to: home.appendingPathComponent("Documents/thesis.txt"))
        let link = home.deletingLastPathComponent().appendingPathComponent("to-home")
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: "home")
        for output in [home.path, home.path + "/", link.path, home.appendingPathComponent("Documents/..").path] {
            let result = try Pamphlet.run(
                ["build", "--source", site.root.path, "--today", FixtureSite.today, "--output", output, "--force"],
                environment: ["HOME": home.path])
            assertRefused(result, "it is your home folder")
        }
        let above = try Pamphlet.run(
            ["build", "--source", site.root.path, "--output", home.deletingLastPathComponent().path, "--force"],
            environment: ["HOME": home.path])
        assertRefused(above, "it contains your home folder")
        XCTAssertEqual(try String(contentsOf: home.appendingPathComponent("Documents/thesis.txt"), encoding: .utf8), "precious")
    }

    /// The site.yml here does not parse, so a build that skipped the check
    /// would stop while reading it: the root folder is never at risk here.
    func testTheRootFolderIsRefusedBeforeTheSiteIsRead() throws {
        let site = try FixtureSite(["site.yml": "title: [unclosed\n", "content/_index.md": "---\ntitle: Home\n---\n"], testCase: self)
        let result = try site.build(["--output", "/", "--force"])
        assertRefused(result, "refusing to write the site into /: it is the root of the file system")
        XCTAssertFalse(result.stderr.contains("site.yml"), "the output is checked first:\n\(result.stderr)")
    }

    func testAnOutputUnderAFileIsAOneLineError() throws {
        let site = try FixtureSite(Fixtures.tinySite, testCase: self)
        let file = try scratchFolder().appendingPathComponent("plain")
        try Data("x".utf8).write(to: file)
        assertRefused(try site.build(["--output", file.appendingPathComponent("site").path]),
                      "cannot make the output folder \(file.path)/site: \(file.path) is a file, not a folder")
    }

    func testAReadOnlyOutputParentIsAOneLineError() throws {
        let site = try FixtureSite(Fixtures.tinySite, testCase: self)
        let parent = try scratchFolder().appendingPathComponent("locked")
        try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: parent.path)
        addTeardownBlock { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: parent.path) }
        // As root, without the capabilities that let root write into read-only folders (see Pamphlet.launcher).
        assertRefused(try site.build(["--output", parent.appendingPathComponent("site").path], respectingPermissions: true),
                      "\(parent.path) is not writable (Permission denied); choose an output folder you can write to")
    }
}
