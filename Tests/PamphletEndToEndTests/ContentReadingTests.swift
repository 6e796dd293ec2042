import Foundation
import XCTest

/// Nothing under content/ is left out of the site without a word: a folder
/// or file that cannot be read, or that is no plain file, stops the build.
final class ContentReadingTests: XCTestCase {
    func testUnreadableFolderIsAnError() throws {
        try assertBuildRejected([
            "content/topics/: error: this folder cannot be read (Permission denied), so its pages would be missing from the site; "
                + "give yourself read access (chmod u+rx 'content/topics') or move it out of content/ [content]",
        ], respectingPermissions: true) {
            try self.setPermissions(0o000, of: $0.url("content/topics"))
        }
    }

    func testFolderThatCannotBeEnteredIsAnError() throws {
        // Listed (r) but not entered (x): each file in it is named.
        try assertBuildRejected([
            "content/topics/first.md: error: this file cannot be read (Permission denied)",
        ], respectingPermissions: true) {
            try self.setPermissions(0o644, of: $0.url("content/topics"))
        }
    }

    func testUnreadableStaticFileIsAnError() throws {
        try assertBuildRejected([
            "content/images/a.svg: error: this file cannot be read (Permission denied), so it would be missing from the site; "
                + "give read access (chmod a+r) or remove it [content]",
        ], respectingPermissions: true) {
            try self.setPermissions(0o000, of: $0.url("content/images/a.svg"))
        }
    }

    func testPipeInContentIsAnError() throws {
        // Copying a named pipe would wait forever for a writer.
        try assertBuildRejected([
            "content/images/feed.png: error: this is not a regular file (a pipe, socket or device); remove it from content/ [content]",
        ]) {
            XCTAssertEqual(mkfifo($0.url("content/images/feed.png").path, 0o644), 0)
        }
    }
}
