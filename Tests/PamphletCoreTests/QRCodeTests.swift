import Foundation
import XCTest

@testable import PamphletCore

/// The QR code libqrencode draws for a printout, and the SVG path made from it.
final class QRCodeTests: XCTestCase {
    private let address = "https://health.example.org/genes-and-dna/what-is-dna/"

    func testCodeHasTheFinderAndTimingPatternsScannersLookFor() throws {
        let code = try XCTUnwrap(QRCode(address))
        XCTAssertEqual((code.size - 21) % 4, 0, "a QR code is 21 modules plus 4 per version above 1")
        XCTAssertGreaterThan(code.size, 21, "\(address.count) bytes need more than version 1")
        func dark(_ row: Int, _ column: Int) -> Bool { code.dark[row * code.size + column] }
        // Finder patterns in three corners: a dark ring, a light ring, a dark 3x3 centre.
        for (top, left) in [(0, 0), (0, code.size - 7), (code.size - 7, 0)] {
            for row in 0..<7 {
                for column in 0..<7 {
                    let ring = max(abs(row - 3), abs(column - 3))
                    XCTAssertEqual(dark(top + row, left + column), ring != 2, "finder at \(top),\(left): \(row),\(column)")
                }
            }
        }
        for column in 8..<(code.size - 8) {
            XCTAssertEqual(dark(6, column), column % 2 == 0, "timing pattern at column \(column)")
        }
    }

    func testSVGPathDrawsExactlyTheDarkModules() throws {
        let code = try XCTUnwrap(QRCode(address))
        var drawn = [Bool](repeating: false, count: code.size * code.size)
        let pattern = try NSRegularExpression(pattern: #"M(\d+) (\d+)h(\d+)v1h-(\d+)z"#)
        let path = code.svgPath
        let matches = pattern.matches(in: path, range: NSRange(path.startIndex..., in: path))
        XCTAssertEqual(matches.map { $0.range.length }.reduce(0, +), path.utf16.count, "nothing but runs")
        for match in matches {
            let number = { (group: Int) in Int((path as NSString).substring(with: match.range(at: group)))! }
            let (x, y, run) = (number(1) - QRCode.quietZone, number(2) - QRCode.quietZone, number(3))
            XCTAssertEqual(run, number(4))
            for column in x..<(x + run) { drawn[y * code.size + column] = true }
        }
        XCTAssertEqual(drawn, code.dark)
        XCTAssertEqual(code.sideWithQuietZone, code.size + 8)
    }

    /// `svgPath` stores precomputed pieces whole (`QRPathPieces`): it must write what
    /// writing each run's numbers out does, for one- to three-digit columns, rows and
    /// runs, and rows narrower and wider than 64 modules.
    func testSVGPathIsTheRunsWrittenOut() throws {
        let texts = [
            "https://example.org/genes/", address,
            "https://www.example.org/en/library/" + String(repeating: "section/", count: 30),
            String(repeating: "0", count: 1500) + String(repeating: "x", count: 800),
        ]
        var sizes: [Int] = []
        for text in texts {
            let code = try XCTUnwrap(QRCode(text))
            sizes.append(code.size)
            let dark = code.dark
            var expected = ""
            for row in 0..<code.size {
                var column = 0
                while column < code.size {
                    guard dark[row * code.size + column] else {
                        column += 1
                        continue
                    }
                    var run = 1
                    while column + run < code.size, dark[row * code.size + column + run] { run += 1 }
                    let (x, y) = (column + QRCode.quietZone, row + QRCode.quietZone)
                    expected += "M\(x) \(y)h\(run)v1h-\(run)z"
                    column += run
                }
            }
            XCTAssertEqual(code.svgPath, expected, text)
        }
        XCTAssertEqual(sizes.last, 177, "the widest code, with three-digit numbers everywhere")
    }

    /// Vendor/libqrencode carries a faster mask choice that must not change a code: these are
    /// the sizes and FNV-1a hashes (of a byte 1 or 0 per module, row by row) of the codes that
    /// Debian's unpatched libqrencode 4.1.1 draws for the same texts at level M. The last is
    /// wider than 64 modules (rows of two words in the patched mask choice).
    func testCodesAreThoseOfTheUnpatchedLibrary() throws {
        let long = "https://www.example.org/en/library/"
            + (1...30).map { String(format: "section-%02d/", $0) }.joined() + "page.html"
        let expected: [(text: String, size: Int, hash: UInt64)] = [
            ("https://example.org/genes/", 25, 0xc3e1_ace5_4bab_525d),
            (address, 33, 0xc5b5_4a25_5a7f_8a88),
            ("https://example.org/es/salud/diabetes/como-medir-el-azucar-en-la-sangre-en-casa/?v=2#paso-3", 41, 0x281c_2c06_43d7_f973),
            (long, 77, 0xbc9b_1073_9499_d22f),
        ]
        for (text, size, hash) in expected {
            let code = try XCTUnwrap(QRCode(text))
            XCTAssertEqual(code.size, size, text)
            var fnv: UInt64 = 0xcbf2_9ce4_8422_2325
            for dark in code.dark {
                fnv ^= dark ? 1 : 0
                fnv = fnv &* 0x100_0000_01b3
            }
            XCTAssertEqual(fnv, hash, "another code than libqrencode 4.1.1's for \(text)")
        }
    }

    func testTooLongAnAddressHasNoCode() {
        XCTAssertNil(QRCode(String(repeating: "a", count: 5000)), "level M holds at most 2331 bytes")
        XCTAssertNil(QRCodeValues.values(address: "https://example.org/" + String(repeating: "a", count: 5000)))
    }

    func testShortAddressLeavesOutTheScheme() {
        XCTAssertEqual(QRCodeValues.shortAddress("https://example.org/genes/"), "example.org/genes/")
        XCTAssertEqual(QRCodeValues.shortAddress("http://127.0.0.1:8000/"), "127.0.0.1:8000/")
    }
}
