import Foundation
import XCTest

@testable import PamphletCore

/// A page's index.html has its folder made before it is opened (`OutputWriter.isPageFile`):
/// every case the old open-then-make-the-folder order handled still works.
final class OutputWriterPageFolderTests: TemporaryFolderTestCase {
    func testPageFilesAreNamedByTheirLastPart() {
        for page in ["/out/index.html", "/out/genes/dna/index.html", "a/index.html"] {
            XCTAssertTrue(OutputWriter.isPageFile(page), page)
        }
        for other in ["index.html", "/out/index.htm", "/out/myindex.html", "/out/index.html/", "/out/.index.html.pamphlet-new", "/out/índex.html", ""] {
            XCTAssertFalse(OutputWriter.isPageFile(other), other)
        }
    }

    func testPagesInNewExistingAndNestedFolders() throws {
        let output = root.appendingPathComponent("output")
        let writer = OutputWriter(root: output)
        try writer.write("index.html", "home")
        try writer.write("genes/index.html", "section")
        try writer.write("genes/dna/rna/index.html", "deep")
        try writer.write("genes/index.html", "section again")
        try writer.write("genes/dna/index.html", "after its child")
        let read = { (path: String) in try String(contentsOf: output.appendingPathComponent(path), encoding: .utf8) }
        XCTAssertEqual(try read("index.html"), "home")
        XCTAssertEqual(try read("genes/index.html"), "section again")
        XCTAssertEqual(try read("genes/dna/rna/index.html"), "deep")
        XCTAssertEqual(try read("genes/dna/index.html"), "after its child")
    }

    func testAPageWhoseFolderIsAFileFailsAndLeavesTheFile() throws {
        let output = root.appendingPathComponent("output")
        let writer = OutputWriter(root: output)
        try writer.write("genes", "a file where the folder would be")
        XCTAssertThrowsError(try writer.write("genes/index.html", "page")) { error in
            XCTAssertTrue(error is OutputWriter.WriteFailed, "\(error)")
        }
        XCTAssertEqual(try String(contentsOf: output.appendingPathComponent("genes"), encoding: .utf8), "a file where the folder would be")
    }
}
