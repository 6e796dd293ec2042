import Foundation
import PamphletCore
@testable import PamphletServer
import XCTest

/// What the kernel's change notifications tell the watcher: the entries
/// that changed, as a snapshot names them, or that only a whole look will do.
final class ChangeNotificationsTests: XCTestCase {
    #if os(Linux)
    func testNamesTheChangedEntriesOrAsksForAWholeLook() throws {
        let site = FileManager.default.temporaryDirectory.appendingPathComponent("pamphlet-notify-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: site) }
        try FileManager.default.createDirectory(at: site.appendingPathComponent("content/genes"), withIntermediateDirectories: true)
        func write(_ path: String, _ text: String) throws { try Data(text.utf8).write(to: site.appendingPathComponent(path)) }
        try write("site.yml", "title: x\n")
        try write("content/genes/dna.md", "DNA")
        let notifications = ChangeNotifications()
        XCTAssertTrue(notifications.watch(site: site.path, folders: SourceSnapshot.topFolders))
        XCTAssertEqual(notifications.take(), ChangeNotifications.Hint())

        try write("content/genes/dna.md", "DNA, edited")
        try write("content/genes/.dna.md.swp", "scratch")
        try write("site.yml", "title: y\n")
        try write("unwatched.txt", "x")
        XCTAssertEqual(notifications.take(), ChangeNotifications.Hint(paths: ["content/genes/dna.md", "site.yml"], complete: true))
        XCTAssertEqual(notifications.take(), ChangeNotifications.Hint(), "taken once")

        // A new folder: its files are unknown until it is watched.
        try FileManager.default.createDirectory(at: site.appendingPathComponent("content/more"), withIntermediateDirectories: true)
        XCTAssertFalse(notifications.take().complete)
        XCTAssertTrue(notifications.watch(site: site.path, folders: SourceSnapshot.topFolders))
        try write("content/more/rna.md", "RNA")
        XCTAssertEqual(notifications.take(), ChangeNotifications.Hint(paths: ["content/more/rna.md"], complete: true))
        try FileManager.default.removeItem(at: site.appendingPathComponent("content/more"))
        XCTAssertFalse(notifications.take().complete)
    }
    #endif
}
