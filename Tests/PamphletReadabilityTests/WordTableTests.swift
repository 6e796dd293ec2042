import XCTest
@testable import PamphletReadability

/// `WordTable` numbers words in the order first met, by their exact bytes:
/// the search index and the reading-level reports depend on those numbers.
final class WordTableTests: XCTestCase {
    private func number(_ word: String, in table: inout WordTable) -> (Int, Bool) {
        var copy = word
        return copy.withUTF8 { table.number(of: $0) }
    }

    func testWordsAreNumberedInTheOrderFirstMet() {
        var table = WordTable()
        let words = ["the", "nurse", "the", "", "checks", "nurse", "", "a"]
        let numbers = words.map { number($0, in: &table) }
        XCTAssertEqual(numbers.map(\.0), [0, 1, 0, 2, 3, 1, 2, 4])
        XCTAssertEqual(numbers.map(\.1), [true, true, false, true, true, false, false, true])
        XCTAssertEqual(table.count, 5)
    }

    func testExactBytesTellWordsApart() {
        var table = WordTable()
        // Composed and decomposed "café", and words that differ only past eight bytes or in their length.
        let words = ["café", "cafe\u{301}", "medication", "medicatioN", "medicatio", "medications", "12345678", "123456780",
                     "a\u{0}", "a", "\u{1F600}", "don’t", "don't"]
        for (index, word) in words.enumerated() {
            XCTAssertEqual(number(word, in: &table).0, index, word.debugDescription)
        }
        for (index, word) in words.enumerated() {
            XCTAssertEqual(number(word, in: &table).0, index, word.debugDescription)
            XCTAssertFalse(number(word, in: &table).1)
        }
    }

    func testManyWordsKeepTheirNumbersAsTheTableGrows() {
        var table = WordTable()
        let words = (0..<5_000).map { "w\($0)" + String(repeating: "x", count: $0 % 19) }
        for (index, word) in words.enumerated() { XCTAssertEqual(number(word, in: &table).0, index) }
        for (index, word) in words.enumerated().reversed() { XCTAssertEqual(number(word, in: &table).0, index) }
        XCTAssertEqual(table.count, words.count)
    }
}
