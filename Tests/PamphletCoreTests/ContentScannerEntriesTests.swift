import Foundation
import XCTest

@testable import PamphletCore

/// The content folder's walk takes each entry's type from the folder's listing
/// (`ContentScanner.entries`) and calls lstat only for the rest.
final class ContentScannerEntriesTests: TemporaryFolderTestCase {
    func testListingGivesNamesAndTypes() throws {
        let folder = root.appendingPathComponent("listed")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("topic"), withIntermediateDirectories: true)
        try "# Page".write(to: folder.appendingPathComponent("page.md"), atomically: false, encoding: .utf8)
        try "x".write(to: folder.appendingPathComponent("café.txt"), atomically: false, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("link.md").path, withDestinationPath: "page.md")
        let entries = try ContentScanner.entries(of: folder.path).get()
        let byName = Dictionary(uniqueKeysWithValues: entries.map { ($0.name, $0.kind) })
        XCTAssertEqual(Set(byName.keys), ["topic", "page.md", "café.txt", "link.md"])
        // A file system may answer DT_UNKNOWN; the walk then asks lstat.
        for (name, expected) in [("topic", DT_DIR), ("page.md", DT_REG), ("café.txt", DT_REG), ("link.md", DT_LNK)] {
            let kind = try XCTUnwrap(byName[name])
            XCTAssertTrue(kind == UInt8(expected) || kind == UInt8(DT_UNKNOWN), "\(name): \(kind)")
        }
        XCTAssertThrowsError(try ContentScanner.entries(of: root.appendingPathComponent("missing").path).get()) { error in
            XCTAssertEqual((error as? ContentScanner.Unlisted)?.reason, "No such file or directory")
        }
    }

    func testScanFindsPagesFilesAndLinksInOrder() throws {
        let site = root.appendingPathComponent("site")
        let content = site.appendingPathComponent("content")
        try FileManager.default.createDirectory(at: content.appendingPathComponent("b/c"), withIntermediateDirectories: true)
        for path in ["b/c/z.md", "b/a.md", "index.md", "b/photo.png", ".hidden.md", "b/.draft.md"] {
            try "text".write(to: content.appendingPathComponent(path), atomically: false, encoding: .utf8)
        }
        try FileManager.default.createSymbolicLink(atPath: content.appendingPathComponent("b/same.md").path, withDestinationPath: "a.md")
        XCTAssertEqual(mkfifo(content.appendingPathComponent("b/pipe.png").path, 0o644), 0)
        var diagnostics: [Diagnostic] = []
        let found = ContentScanner(folder: SiteFolder(root: site)).scan(diagnostics: &diagnostics)
        XCTAssertEqual(found.markdown, ["b/a.md", "b/c/z.md", "b/same.md", "index.md"])
        XCTAssertEqual(found.staticFiles, ["b/photo.png"])
        XCTAssertEqual(diagnostics.map(\.file), ["content/b/pipe.png"])
    }
}
