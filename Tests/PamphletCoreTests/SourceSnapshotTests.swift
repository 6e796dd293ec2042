import Foundation
import XCTest
@testable import PamphletCore

final class SourceSnapshotTests: XCTestCase {
    /// A fresh folder for the test, holding `site/` and whatever it links to.
    private var work: URL!
    private var site: URL { work.appendingPathComponent("site") }

    override func setUpWithError() throws {
        work = FileManager.default.temporaryDirectory.appendingPathComponent("pamphlet-snapshot-\(UUID().uuidString)")
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: work)
    }

    private func makeFolders(_ folders: [String]) throws {
        for folder in folders {
            try FileManager.default.createDirectory(at: work.appendingPathComponent(folder), withIntermediateDirectories: true)
        }
    }

    private func write(_ path: String, _ text: String) throws { try Data(text.utf8).write(to: work.appendingPathComponent(path)) }

    func testSeesAddsEditsRenamesAndDeletes() throws {
        let theme = work.appendingPathComponent("shared-theme")
        try makeFolders(["site/content/genes", "shared-theme/templates", "site/themes", "site/layouts"])
        try write("site/site.yml", "title: x\n")
        try write("site/content/genes/dna.md", "---\ntitle: DNA\n---\n")
        try write("site/content/genes/.dna.md.swp", "editor scratch")
        try write("shared-theme/templates/page.mustache", "{{page.title}}")
        try write("site/output-not-watched.txt", "x")
        // A linked theme is followed; a link loop is not a trap.
        try FileManager.default.createSymbolicLink(at: site.appendingPathComponent("themes/default"), withDestinationURL: theme)
        try FileManager.default.createSymbolicLink(at: theme.appendingPathComponent("templates/loop"), withDestinationURL: theme)
        let folder = SiteFolder(root: site)

        let first = SourceSnapshot.take(of: folder)
        XCTAssertEqual(Set(first.files.keys), ["site.yml", "content/genes/dna.md", "themes/default/templates/page.mustache"])
        XCTAssertNotNil(first.stamp(of: "themes/default/templates/page.mustache"))
        XCTAssertNil(first.stamp(of: "content/genes/.dna.md.swp"), "hidden files are not watched")
        XCTAssertNil(first.stamp(of: "output-not-watched.txt"))
        XCTAssertEqual(SourceSnapshot.take(of: folder), first, "nothing changed")

        try write("site/content/genes/dna.md", "---\ntitle: DNA, longer\n---\n")
        try write("site/layouts/page.mustache", "{{page.title}}!")
        try FileManager.default.moveItem(at: theme.appendingPathComponent("templates/page.mustache"),
                                         to: theme.appendingPathComponent("templates/section.mustache"))
        try FileManager.default.removeItem(at: site.appendingPathComponent("site.yml"))
        let changes = SourceSnapshot.take(of: folder).changes(since: first)
        XCTAssertEqual(changes.modified, ["content/genes/dna.md"])
        XCTAssertTrue(changes.added.contains("layouts/page.mustache"))
        XCTAssertTrue(changes.added.contains("themes/default/templates/section.mustache"))
        XCTAssertTrue(changes.removed.contains("site.yml"))
        XCTAssertTrue(changes.removed.contains("themes/default/templates/page.mustache"))
    }

    func testUpdatingTheNamedEntriesMatchesAWholeLook() throws {
        try makeFolders(["site/content/genes", "outside/notes"])
        try write("site/site.yml", "title: x\n")
        try write("site/content/genes/dna.md", "DNA")
        try write("site/content/genes/rna.md", "RNA")
        try write("outside/notes/note.md", "note")
        try FileManager.default.createSymbolicLink(
            at: site.appendingPathComponent("content/notes"), withDestinationURL: work.appendingPathComponent("outside/notes"))
        let folder = SiteFolder(root: site)
        let first = SourceSnapshot.take(of: folder)
        XCTAssertEqual(first.updating(["content/genes/dna.md", "site.yml"], in: folder), first, "nothing changed")

        try write("site/content/genes/dna.md", "DNA, longer")
        try FileManager.default.removeItem(at: site.appendingPathComponent("content/genes/rna.md"))
        try write("site/content/genes/new.md", "new")
        try write("site/content/genes/.new.md.swp", "scratch")
        try write("site/site.yml", "title: y, longer\n")
        let named: Set = ["content/genes/dna.md", "content/genes/rna.md", "content/genes/new.md", "content/genes/.new.md.swp",
                          "site.yml", "content/genes/4913"]
        let updated = try XCTUnwrap(first.updating(named, in: folder))
        let whole = SourceSnapshot.take(of: folder)
        XCTAssertEqual(updated, whole)
        XCTAssertNotEqual(first, whole)
        XCTAssertNotEqual(updated, first)
        XCTAssertNotEqual(first, updated)
        // Changes since the snapshot it was made from are found among the named paths alone: the same as a whole comparison.
        XCTAssertEqual(updated.changes(since: first), whole.changes(since: first))
        XCTAssertEqual(updated.changes(since: first).modified, ["content/genes/dna.md", "site.yml"])
        XCTAssertEqual(updated.changes(since: first).added, ["content/genes/new.md"])
        XCTAssertEqual(updated.changes(since: first).removed, ["content/genes/rna.md"])
        // Made in two steps, the changes since the first still count both.
        try write("site/content/genes/new.md", "new, longer")
        let twice = try XCTUnwrap(updated.updating(["content/genes/new.md"], in: folder))
        XCTAssertEqual(twice.changes(since: first), SourceSnapshot.take(of: folder).changes(since: first))
        XCTAssertEqual(twice.changes(since: updated).modified, ["content/genes/new.md"])
        XCTAssertEqual(twice.updating(["content/genes/dna.md"], in: folder), twice)

        // Folders, and links to folders that went away, need a whole look.
        try FileManager.default.createDirectory(at: site.appendingPathComponent("content/more"), withIntermediateDirectories: true)
        XCTAssertNil(first.updating(["content/more"], in: folder))
        XCTAssertNil(first.updating(["content"], in: folder))
        try FileManager.default.removeItem(at: site.appendingPathComponent("content/notes"))
        XCTAssertNil(first.updating(["content/notes"], in: folder))
    }
}
