import PamphletTestSupport
import XCTest

@testable import PamphletReadability

/// One very long word costs work in proportion to its length. Where work is
/// not counted, the input is one that would take hours if it were quadratic.
final class ReadabilityLinearWorkTests: XCTestCase {
    /// 100,000-character runs of the shapes each rule used to walk or copy
    /// again at every step: vowel pairs, endings, compounds, apostrophes.
    /// Past `longestWord` letters a run is counted by its vowel groups.
    func testVeryLongRunsAreCountedInOnePass() {
        let runs: [(String, Int)] = [
            (String(repeating: "a", count: 100_000), 1),
            (String(repeating: "ing", count: 33_000), 33_000),
            (String(repeating: "every", count: 20_000), 40_001),
            (String(repeating: "some", count: 25_000), 49_999),
            (String(repeating: "line", count: 25_000), 49_999),
            (String(repeating: "ien", count: 33_000), 33_001),
            (String(repeating: "a's", count: 33_000), 33_000),
        ]
        for (run, expected) in runs {
            XCTAssertEqual(EnglishSyllables.count(run), expected, String(run.prefix(12)))
        }
        var generator = SeededGenerator(seed: 14)
        let dna = String((0..<200_000).map { _ in "acgt".randomElement(using: &generator)! })
        XCTAssertGreaterThan(EnglishSyllables.count(dna), 10_000)
    }

    /// Words up to `longestWord` letters keep the rules' counts.
    func testDictionaryWordsKeepTheirCounts() {
        XCTAssertEqual(EnglishSyllables.count("pneumonoultramicroscopicsilicovolcanoconiosis"), 18)
        XCTAssertEqual(EnglishSyllables.count("somethings"), 2)
        XCTAssertEqual(EnglishSyllables.count("everybody's"), 4)
    }

    func testAPageOfOneLongWordIsChecked() {
        let word = String(repeating: "acgt", count: 50_000)
        let report = Readability.analyze([ProseBlock(text: word + ".", line: 5, kind: .paragraph)])
        XCTAssertEqual(report.words, 1)
        XCTAssertEqual(report.sentences, 1)
        XCTAssertEqual(report.syllables, 50_000)
    }
}
