import Foundation
import PamphletTestSupport
import XCTest

@testable import PamphletCore

/// The search index's and the A to Z page's shortcuts answer as the general
/// code they stand in front of: stems numbered by their bytes, Varint
/// characters worked out, and ASCII titles' sort keys made byte by byte.
final class IndexShortcutTests: XCTestCase {
    func testVarintCharactersAreTheAlphabets() {
        for digit in 0..<64 { XCTAssertEqual(Varint.character(digit), Varint.alphabet[digit], "\(digit)") }
        for value in [0, 1, 31, 32, 33, 1_023, 1_024, 99_999, 1 << 40] {
            XCTAssertEqual(Varint.decode(String(decoding: Varint.encode(value), as: UTF8.self)), [value])
        }
    }

    /// A stem's number is the same for every String equal to it, ASCII or
    /// not (canonically equivalent spellings included), and new for every other.
    func testStemNumbersFollowStringEquality() {
        let pieces = ["a", "b", "diabet", "e", "é", "e\u{301}", "\u{212B}", "Å", "n", "ñ", "n\u{303}", "x1", "K", "\u{212A}"]
        var generator = SeededGenerator(seed: 51)
        var numbers = StemNumbers()
        var byString: [String: Int] = [:]
        for _ in 0..<4000 {
            let stem = (0..<Int.random(in: 1...5, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let expected = byString[stem] ?? byString.count
            if expected == byString.count { byString[stem] = expected }
            XCTAssertEqual(numbers.number(of: stem), expected, stem.debugDescription)
            XCTAssertEqual(numbers.stems.count, byString.count)
            XCTAssertEqual(numbers.stems[expected], byString.first { $0.value == expected }!.key)
        }
    }

    func testASCIISortKeysAreFoundationsFolding() {
        let every = (0..<128).map { String(UnicodeScalar(UInt8($0))) }
        let pieces = ["A", "z", "Zinc", " ", "\r\n", "\t", "(", "\"", "1", "09", "-", "é", "É", "ß", "ﬁ", "\u{301}", "İ", "ſ", "K", "\u{212A}"]
        var generator = SeededGenerator(seed: 52)
        let texts = (0..<3000).map { _ in
            (0..<Int.random(in: 0...6, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
        } + every + every.map { $0 + "Ab" + $0 } + every.map { "\r\n" + $0 + "x" }
        for text in texts {
            XCTAssertEqual(Alphabet.sortKey(text), Alphabet.sortKeyByFoundation(text), text.debugDescription)
            if text.utf8.allSatisfy({ $0 < 0x80 }) {
                XCTAssertNotNil(Alphabet.asciiSortKey(text), text.debugDescription)
            } else {
                XCTAssertNil(Alphabet.asciiSortKey(text), text.debugDescription)
            }
        }
    }
}

extension IndexShortcutTests {
    /// A results file's entries are written as `JSONValue.object` writes them.
    func testResultsAreWrittenAsJSONObjects() {
        let pieces = ["a", "Word", " ", "\"", "\\", "<", ">", "&", "\n", "\r", "\t", "\u{1}", "\u{2028}", "é", "👍", "/", "{", ""]
        var generator = SeededGenerator(seed: 53)
        func text() -> String { (0..<Int.random(in: 0...6, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined() }
        let results = (0..<400).map { _ in
            SearchIndexFiles.Result(
                title: text(), url: text(), section: text(), description: text(), reviewed: Bool.random(using: &generator) ? text() : nil,
                alsoCalled: (0..<Int.random(in: 0...2, using: &generator)).map { _ in text() }, text: text())
        }
        for result in results {
            var out: [UInt8] = []
            SearchIndexFiles.write(result, into: &out)
            XCTAssertEqual(String(decoding: out, as: UTF8.self), SearchIndexFiles.resultObject(result).scriptSafeText)
        }
        for number in 0..<(results.count / SearchIndexFiles.resultsPerFile) {
            let first = number * SearchIndexFiles.resultsPerFile
            let expected = "[" + results[first..<first + SearchIndexFiles.resultsPerFile].map { SearchIndexFiles.resultObject($0).scriptSafeText }
                .joined(separator: ",") + "]"
            XCTAssertEqual(SearchIndexFiles.resultsFile(number, results: results).text, expected)
        }
    }
}
