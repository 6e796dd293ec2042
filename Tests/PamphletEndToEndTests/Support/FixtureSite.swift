import Foundation
import XCTest

/// A site written into a fresh temporary folder from a dictionary of
/// relative path -> text, removed when the test ends.
final class FixtureSite {
    let root: URL
    /// Every build measures review dates against this day, so output never depends on the clock.
    static let today = "2025-06-01"

    init(_ files: [String: String], testCase: XCTestCase) throws {
        root = FileManager.default.temporaryDirectory
            .appendingPathComponent("pamphlet-e2e-\(UUID().uuidString)")
            .resolvingSymlinksInPath()
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        let root = self.root
        testCase.addTeardownBlock { try? FileManager.default.removeItem(at: root) }
        try write(files)
    }

    var output: URL { root.appendingPathComponent("output") }

    func url(_ relative: String) -> URL { root.appendingPathComponent(relative) }

    func write(_ files: [String: String]) throws {
        for (relative, text) in files {
            try write(relative, Data(text.utf8))
        }
    }

    func write(_ relative: String, _ data: Data) throws {
        let target = url(relative)
        try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: target)
    }

    func remove(_ relative: String) throws {
        try FileManager.default.removeItem(at: url(relative))
    }

    /// `pamphlet build --source <root> --today <today>` plus `arguments`.
    /// `respectingPermissions`: see `Pamphlet.launcher`.
    @discardableResult
    func build(
        _ arguments: [String] = [], respectingPermissions: Bool = false, file: StaticString = #filePath, line: UInt = #line
    ) throws -> CommandResult {
        try Pamphlet.run(
            ["build", "--source", root.path, "--today", Self.today] + arguments, respectingPermissions: respectingPermissions,
            file: file, line: line)
    }

    /// Builds and fails the test unless the build succeeded with no errors.
    /// (Warnings from content checks are allowed: the fixtures are not meant to be model pages.)
    @discardableResult
    func buildCleanly(_ arguments: [String] = [], file: StaticString = #filePath, line: UInt = #line) throws -> CommandResult {
        let result = try build(arguments, file: file, line: line)
        XCTAssertEqual(result.status, 0, "the build failed:\n\(result.stderr)", file: file, line: line)
        XCTAssertEqual(result.errorLines, [], file: file, line: line)
        XCTAssertFalse(result.stderr.contains("[broken-link]"), result.stderr, file: file, line: line)
        return result
    }

    /// A file of the built site, as text.
    func output(_ relative: String, in folder: URL? = nil, file: StaticString = #filePath, line: UInt = #line) -> String {
        let target = (folder ?? output).appendingPathComponent(relative)
        guard let data = FileManager.default.contents(atPath: target.path) else {
            XCTFail("\(relative) was not written; the output has: \(Self.files(in: folder ?? output).sorted().prefix(60))", file: file, line: line)
            return ""
        }
        return String(decoding: data, as: UTF8.self)
    }

    func outputExists(_ relative: String) -> Bool {
        FileManager.default.fileExists(atPath: output.appendingPathComponent(relative).path)
    }

    /// Relative path -> bytes of every file under `folder`.
    static func snapshot(_ folder: URL) -> [String: Data] {
        var result: [String: Data] = [:]
        for relative in files(in: folder) {
            result[relative] = FileManager.default.contents(atPath: folder.appendingPathComponent(relative).path)
        }
        return result
    }

    static func files(in folder: URL) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: folder.path) else { return [] }
        var files: [String] = []
        while let relative = enumerator.nextObject() as? String {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: folder.appendingPathComponent(relative).path, isDirectory: &isDirectory),
               !isDirectory.boolValue {
                files.append(relative)
            }
        }
        return files.sorted()
    }

    /// Paths of the HTML files in the output.
    var htmlFiles: [String] { Self.files(in: output).filter { $0.hasSuffix(".html") } }
}

/// Small readers for the HTML the default theme writes.
enum HTML {
    /// Every capture group 1 of `pattern` in `html`.
    static func matches(_ pattern: String, in html: String) -> [String] {
        let regex = try! NSRegularExpression(pattern: pattern, options: [.dotMatchesLineSeparators])
        let range = NSRange(html.startIndex..., in: html)
        return regex.matches(in: html, range: range).compactMap { match in
            Range(match.range(at: 1), in: html).map { String(html[$0]) }
        }
    }

    static func first(_ pattern: String, in html: String) -> String? {
        matches(pattern, in: html).first
    }

    /// Every href and src value.
    static func links(in html: String) -> [String] {
        matches(#"(?:href|src)="([^"]*)""#, in: html)
    }

    /// The text of the first element that opens with `opening` up to `closing`.
    static func block(_ opening: String, _ closing: String, in html: String) -> String? {
        guard let start = html.range(of: opening), let end = html.range(of: closing, range: start.upperBound..<html.endIndex) else {
            return nil
        }
        return String(html[start.lowerBound..<end.upperBound])
    }

    static func canonical(_ html: String) -> String? { first(#"<link rel="canonical" href="([^"]*)">"#, in: html) }
    static func ogURL(_ html: String) -> String? { first(#"<meta property="og:url" content="([^"]*)">"#, in: html) }
    static func visibleURL(_ html: String) -> String? { first(#"<span class="page-url__value">([^<]*)</span>"#, in: html) }
    static func h1(_ html: String) -> String? { first(#"<h1>([^<]*)</h1>"#, in: html) }

    /// Titles of the child list (home and section pages), in order.
    static func childTitles(_ html: String) -> [String] {
        matches(#"<h3 class="child-list__title"><a href="[^"]*">([^<]*)</a></h3>"#, in: html)
    }

    /// The breadcrumb trail as (title, is current) pairs.
    static func breadcrumbs(_ html: String) -> [String] {
        guard let nav = block(#"<nav class="breadcrumbs""#, "</nav>", in: html) else { return [] }
        return matches(#"<li>(.*?)</li>"#, in: nav)
    }
}
