import PamphletTestSupport
import XCTest
@testable import PamphletReadability

/// The shortcuts for plain ASCII text must give what the general paths
/// give: the cut into characters (`ClusterScanner`) and the word table's
/// first eight bytes read in one load (`WordTable.number(of:within:)`).
final class ASCIIFastPathTests: XCTestCase {
    private func bytes(_ random: inout SeededGenerator, count: Int, alphabet: [UInt8]) -> [UInt8] {
        (0..<count).map { _ in alphabet.randomElement(using: &random)! }
    }

    func testPlainASCIIIsEveryByteBelow0x80ExceptCarriageReturn() {
        var random = SeededGenerator(seed: 5)
        let alphabet: [UInt8] = [0x00, 0x0A, 0x0C, 0x0D, 0x0E, 0x1D, 0x20, 0x41, 0x7F, 0x80, 0x8D, 0xC3, 0xFF]
        for count in 0..<40 {
            for _ in 0..<60 {
                // Mostly plain, with one odd byte somewhere: every offset of an eight-byte word is tried.
                var text = bytes(&random, count: count, alphabet: [0x20, 0x61, 0x2E, 0x0A, 0x7F, 0x00])
                if count > 0, Bool.random(using: &random) {
                    text[Int.random(in: 0..<count, using: &random)] = alphabet.randomElement(using: &random)!
                }
                let expected = text.allSatisfy { $0 < 0x80 && $0 != 0x0D }
                XCTAssertEqual(text.withUnsafeBufferPointer { ClusterScanner.isPlainASCII($0) }, expected, "\(text)")
            }
        }
    }

    func testASCIICutIsTheCharacterCut() {
        var random = SeededGenerator(seed: 6)
        let alphabet = Array(0x00..<0x80).map(UInt8.init).filter { $0 != 0x0D }
        var reused: [TextCluster] = []
        for _ in 0..<500 {
            let text = String(decoding: bytes(&random, count: Int.random(in: 0...60, using: &random), alphabet: alphabet), as: UTF8.self)
            var copy = text
            var fast: [TextCluster] = []
            let count = copy.withUTF8 { ClusterScanner.scan($0, of: text[...], into: &fast).count }
            XCTAssertEqual(count, fast.count)
            // An array reused from a longer text keeps its length; the text's clusters are its first `count`.
            let reusedCount = copy.withUTF8 { ClusterScanner.scan($0, of: text[...], into: &reused).count }
            var slow: [TextCluster] = []
            ClusterScanner.scanCharacters(text[...], into: &slow)
            slow.append(TextCluster(start: text.utf8.count, flags: []))
            XCTAssertEqual(fast.map(\.start), slow.map(\.start), text.debugDescription)
            XCTAssertEqual(fast.map(\.flags.rawValue), slow.map(\.flags.rawValue), text.debugDescription)
            XCTAssertEqual(reused.prefix(reusedCount).map(\.start), slow.map(\.start), text.debugDescription)
            XCTAssertEqual(reused.prefix(reusedCount).map(\.flags.rawValue), slow.map(\.flags.rawValue), text.debugDescription)
        }
    }

    func testWordsReadInsideATextGetTheNumbersOfWordsReadAlone() {
        var random = SeededGenerator(seed: 7)
        var inside = WordTable(), alone = WordTable()
        let alphabet: [UInt8] = Array("abcdeé ".utf8)
        for _ in 0..<2_000 {
            let text = bytes(&random, count: Int.random(in: 1...30, using: &random), alphabet: alphabet)
            let start = Int.random(in: 0..<text.count, using: &random)
            let end = Int.random(in: start...text.count, using: &random)
            text.withUnsafeBufferPointer { all in
                let word = UnsafeBufferPointer(rebasing: all[start..<end])
                XCTAssertEqual(WordTable.head(word, within: all), WordTable.head(word))
                let a = inside.number(of: word, within: all), b = alone.number(of: word)
                XCTAssertEqual(a.number, b.number)
                XCTAssertEqual(a.isNew, b.isNew)
                // Either way of asking finds what the other put in.
                XCTAssertEqual(inside.number(of: word).number, a.number)
                XCTAssertEqual(alone.number(of: word, within: all).number, b.number)
            }
        }
        XCTAssertGreaterThan(inside.count, 500)
    }
}

extension ASCIIFastPathTests {
    /// Plain ASCII read in place (`PlainASCIIClusters`) gives the sentence
    /// and word rules what the cut into `TextCluster`s gives them.
    func testPlainASCIIReadInPlaceIsTheCut() {
        var random = SeededGenerator(seed: 8)
        let alphabet = Array(0x00..<0x80).map(UInt8.init).filter { $0 != 0x0D }
        let prose = Array("Dr. J. Smith said: \"Take 2.5 mg...\" Don't! e.g. U.S. (No. 4) follow-up?\n\t'A' 1,000 x.".utf8)
        for round in 0..<800 {
            let source = round % 2 == 0 ? alphabet : prose
            let text = String(decoding: bytes(&random, count: Int.random(in: 0...60, using: &random), alphabet: source), as: UTF8.self)
            var copy = text
            copy.withUTF8 { bytes in
                XCTAssertTrue(ClusterScanner.isPlainASCII(bytes))
                var cut: [TextCluster] = []
                let count = ClusterScanner.scanNotPlain(bytes, of: text[...], into: &cut)
                cut.withUnsafeBufferPointer { all in
                    let scanned = UnsafeBufferPointer(rebasing: all[..<count])
                    PlainASCIIClusters.with(bytes) { plain in
                        XCTAssertEqual(plain.characterCount, scanned.characterCount, text.debugDescription)
                        for index in 0..<plain.characterCount {
                            XCTAssertEqual(plain.flags(index), scanned.flags(index), text.debugDescription)
                            XCTAssertEqual(plain.start(index), scanned.start(index), text.debugDescription)
                        }
                        XCTAssertEqual(plain.start(plain.characterCount), scanned.start(scanned.characterCount))
                        XCTAssertEqual(Self.sentencesAndWords(bytes, plain), Self.sentencesAndWords(bytes, scanned), text.debugDescription)
                    }
                }
            }
        }
    }

    /// Each sentence's characters and line, and its words' byte ranges.
    private static func sentencesAndWords<Chars: TextClusters>(_ bytes: UnsafeBufferPointer<UInt8>, _ chars: Chars) -> [[Int]] {
        var found: [[Int]] = []
        SentenceSplitter.forEachSentence(bytes, chars, firstLine: 4) { first, end, line in
            var sentence = [first, end, line]
            SentenceSplitter.forEachWord(chars, first..<end, asCollapsed: true) { sentence += [$0.lowerBound, $0.upperBound] }
            found.append(sentence)
        }
        return found
    }
}

extension ASCIIFastPathTests {
    /// The word loops give the words the one-character-at-a-time rules give,
    /// in any part of a text, ASCII or not, read as collapsed or not.
    func testWordRunsAreTheReferenceWords() {
        var random = SeededGenerator(seed: 9)
        let pieces = ["a", "B", "e", "g", "U", "S", "1", "2", "5", "00", ".", ",", "'", "-", "\u{2019}", "\u{2010}", " ", "\n", "\t", "!",
                      "?", "é", "e\u{301}", "\n\u{301}", " \u{308}x", "\u{301}", "(", "\"", "…", "½", "日", "—"]
        for round in 0..<3000 {
            let ascii = round % 3 == 0
            let text = (0..<Int.random(in: 0...24, using: &random)).map { _ -> String in
                var piece = pieces.randomElement(using: &random)!
                while ascii, !piece.utf8.allSatisfy({ $0 < 0x80 }) { piece = pieces.randomElement(using: &random)! }
                return piece
            }.joined()
            var copy = text
            copy.withUTF8 { bytes in
                var cut: [TextCluster] = []
                let count = ClusterScanner.scan(bytes, of: text[...], into: &cut).count
                cut.withUnsafeBufferPointer { all in
                    let chars = UnsafeBufferPointer(rebasing: all[..<count])
                    let n = count - 1
                    let lower = Int.random(in: 0...n, using: &random)
                    let upper = Int.random(in: lower...n, using: &random)
                    for range in [0..<n, lower..<upper] {
                        for collapsed in [true, false] {
                            var expected: [Range<Int>] = []
                            ReferenceWordRules.forEachWord(chars, range, asCollapsed: collapsed) { expected.append($0) }
                            var actual: [Range<Int>] = []
                            SentenceSplitter.forEachWord(chars, range, asCollapsed: collapsed) { actual.append($0) }
                            XCTAssertEqual(actual, expected, "\(range) \(collapsed) \(text.debugDescription)")
                            if ClusterScanner.isPlainASCII(bytes) {
                                var plain: [Range<Int>] = []
                                PlainASCIIClusters.with(bytes) { SentenceSplitter.forEachWord($0, range, asCollapsed: collapsed) { plain.append($0) } }
                                XCTAssertEqual(plain, expected, "\(range) \(collapsed) \(text.debugDescription)")
                            }
                        }
                    }
                }
            }
        }
    }
}

extension ASCIIFastPathTests {
    /// A word of digits alone is counted as the number read aloud, as the
    /// general path (by parts and Characters) counts it.
    func testDigitWordsCountAsTheGeneralPath() {
        var random = SeededGenerator(seed: 10)
        let words = (0..<3000).map(String.init) + ["00", "007", "0", "1000000", "999999999999", "1000000000000", "12345678901234567890"]
            + (0..<2000).map { _ in String((0..<Int.random(in: 1...16, using: &random)).map { _ in "0123456789".randomElement(using: &random)! }) }
        for word in words {
            XCTAssertEqual(EnglishSyllables.digitsSyllables(word), EnglishSyllables.countInParts(word, useExceptions: true), word)
        }
        for word in ["", "2.5", "1,000", "4th", "x1", "1-2", "٣"] { XCTAssertNil(EnglishSyllables.digitsSyllables(word), word) }
    }
}

extension ASCIIFastPathTests {
    /// Plain ASCII finds the next sentence or line end eight bytes at a time
    /// where the character-at-a-time search finds it, from any start, before any end.
    func testNextStopIsTheFirstStop() {
        var random = SeededGenerator(seed: 11)
        let every = Array(0x00..<0x80).map(UInt8.init).filter { $0 != 0x0D }
        let rare: [UInt8] = Array("abc XYZ 019,;'\"-()".utf8)
        for round in 0..<600 {
            var text = bytes(&random, count: Int.random(in: 0...70, using: &random), alphabet: round % 2 == 0 ? every : rare)
            if !text.isEmpty, round % 3 == 0 { text[Int.random(in: 0..<text.count, using: &random)] = every.randomElement(using: &random)! }
            text.withUnsafeBufferPointer { bytes in
                PlainASCIIClusters.with(bytes) { plain in
                    let end = Int.random(in: 0...bytes.count, using: &random)
                    for start in 0...end {
                        var expected = start
                        while expected < end, plain.flags(expected).isDisjoint(with: .stops) { expected += 1 }
                        XCTAssertEqual(plain.nextStop(from: start, to: end), expected, "\(start) \(end) \(text)")
                    }
                }
            }
        }
        for byte in every {
            let text = [UInt8](repeating: 0x61, count: 9) + [byte] + [UInt8](repeating: 0x61, count: 9)
            text.withUnsafeBufferPointer { bytes in
                PlainASCIIClusters.with(bytes) { plain in
                    let stops = !plain.flags(9).isDisjoint(with: .stops)
                    XCTAssertEqual(plain.nextStop(from: 0, to: bytes.count), stops ? 9 : bytes.count, "\(byte)")
                    XCTAssertEqual(PlainASCIIClusters.stopBytes(UInt64(byte)) != 0, stops, "\(byte)")
                }
            }
        }
    }

    /// The bit filter before the abbreviation list never turns an abbreviation away.
    func testAbbreviationFilterAnswersAsTheList() {
        func key(_ word: String) -> UInt64 { Array(word.utf8).withUnsafeBufferPointer { SentenceSplitter.packed($0)! } }
        var listed = 0
        for word in SentenceSplitter.abbreviations where word.utf8.count <= 8 {
            XCTAssertTrue(SentenceSplitter.isPackedAbbreviation(key(word)), word)
            listed += 1
        }
        XCTAssertGreaterThan(listed, 40)
        let letters = Array("abcdefghijklmnopqrstuvwxyz.")
        var turnedAway = 0
        for a in letters { for b in letters { for c in ["", "r", "t", "p"] {
            let k = key(String(a) + String(b) + c)
            XCTAssertEqual(SentenceSplitter.isPackedAbbreviation(k), SentenceSplitter.isListedAbbreviation(k), "\(a)\(b)\(c)")
            if !SentenceSplitter.isPackedAbbreviation(k) { turnedAway += 1 }
        } } }
        for word in ["the", "patient", "doctor", "medicine", "Dr", "MRS", "e.G", "etc", "sept", "hosp"] {
            XCTAssertEqual(SentenceSplitter.isPackedAbbreviation(key(word)), SentenceSplitter.isListedAbbreviation(key(word)), word)
        }
        XCTAssertGreaterThan(turnedAway, 2_000)
    }
}
