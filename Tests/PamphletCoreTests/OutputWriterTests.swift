import Foundation
import XCTest

@testable import PamphletCore

final class OutputWriterTests: TemporaryFolderTestCase {
    func testWritesBelowItsFolderOnly() throws {
        let output = root.appendingPathComponent("output")
        let writer = OutputWriter(root: output)
        for allowed in ["index.html", "genes/dna/index.html", "a//b.txt", "..notes/x.txt", "a/..b/c.txt", "./here.txt"] {
            XCTAssertNoThrow(try writer.write(allowed, "text"), allowed)
        }
        XCTAssertEqual(try String(contentsOf: output.appendingPathComponent("genes/dna/index.html"), encoding: .utf8), "text")
        XCTAssertTrue(FileManager.default.fileExists(atPath: output.appendingPathComponent("a/b.txt").path))
        for refused in ["", "/", "/etc/passwd", "../escape.txt", "a/../../escape.txt", "a/..", "..", "a\\b.txt", "a\0b.txt"] {
            XCTAssertThrowsError(try writer.write(refused, "text"), refused) { error in
                XCTAssertTrue(error is OutputWriter.OutsideRoot, "\(refused): \(error)")
            }
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: root.appendingPathComponent("escape.txt").path))
    }
}
