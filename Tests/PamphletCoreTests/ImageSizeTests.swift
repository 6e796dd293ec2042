import XCTest
@testable import PamphletCore

final class ImageSizeTests: XCTestCase {
    func testReadsPNGHeader() {
        var bytes: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13] + Array("IHDR".utf8)
        bytes += [0, 0, 0x04, 0xB0, 0, 0, 0x02, 0x76, 8, 2, 0, 0, 0]
        let size = ImageSize.of(Data(bytes))
        XCTAssertEqual(size?.width, 1200)
        XCTAssertEqual(size?.height, 630)
    }

    func testReadsJPEGStartOfFrameAfterOtherSegments() {
        var bytes: [UInt8] = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10] + Array(repeating: 0, count: 14)
        bytes += [0xFF, 0xC4, 0x00, 0x04, 0x00, 0x00] // a Huffman table first: not a frame
        bytes += [0xFF, 0xC2, 0x00, 0x11, 0x08, 0x01, 0x2C, 0x01, 0x90, 0x03] + Array(repeating: 0, count: 9)
        let size = ImageSize.of(Data(bytes))
        XCTAssertEqual(size?.width, 400)
        XCTAssertEqual(size?.height, 300)
    }

    func testReadsSVGWidthHeightOrViewBox() {
        let sized = ImageSize.of(Data(#"<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="160px" height="48" viewBox="0 0 10 10">"#.utf8))
        XCTAssertEqual(sized?.width, 160)
        XCTAssertEqual(sized?.height, 48)
        let boxed = ImageSize.of(Data("<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 32 24.4'></svg>".utf8))
        XCTAssertEqual(boxed?.width, 32)
        XCTAssertEqual(boxed?.height, 24)
        XCTAssertNil(ImageSize.of(Data(#"<svg width="100%" height="100%"></svg>"#.utf8)), "no pixel size and no viewBox")
        XCTAssertNil(ImageSize.of(Data("GIF89a".utf8)))
    }
}
