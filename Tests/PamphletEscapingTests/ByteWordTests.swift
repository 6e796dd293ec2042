import XCTest

import PamphletEscaping

/// `ByteWord`'s look for marker bytes eight at a time.
final class ByteWordTests: XCTestCase {
    /// The first flagged byte is the first zero byte, whatever follows it: a
    /// 0x01 after a zero byte is flagged too (the borrow), never one before it.
    func testFirstFlaggedIsTheFirstZeroByteInTextOrder() {
        let fillers: [UInt8] = [0x01, 0x7f, 0x80, 0x81, 0xff, UInt8(ascii: "a")]
        for first in 0..<8 {
            for filler in fillers {
                for after in [UInt8(0x00), 0x01, filler] {
                    var bytes = [UInt8](repeating: filler, count: 8)
                    bytes[first] = 0
                    if first + 1 < 8 { bytes[first + 1] = after }
                    let flags = bytes.withUnsafeBufferPointer { ByteWord.zeroBytes(ByteWord.load($0, at: 0)) }
                    XCTAssertNotEqual(flags, 0, "\(bytes)")
                    XCTAssertEqual(ByteWord.firstFlagged(flags), first, "\(bytes)")
                }
            }
        }
        let none = [UInt8](repeating: 0x01, count: 8).withUnsafeBufferPointer { ByteWord.zeroBytes(ByteWord.load($0, at: 0)) }
        XCTAssertEqual(none, 0)
    }

    /// The load reads from the offset, unaligned, the first byte lowest.
    func testLoadPutsTheFirstByteLowest() {
        let bytes: [UInt8] = [9, 1, 2, 3, 4, 5, 6, 7, 8]
        let word = bytes.withUnsafeBufferPointer { ByteWord.load($0, at: 1) }
        XCTAssertEqual(word, 0x0807_0605_0403_0201)
    }
}
