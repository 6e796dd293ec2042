import PamphletTestSupport
import XCTest
@testable import PamphletReadability

/// The byte scanner must cut sentences and words exactly as the Character
/// one did (`ReferenceSentenceSplitter`), on ordinary prose and on texts
/// made to hit its edges: line breaks of every kind, combining marks,
/// curly quotes, ellipses, and scripts it leaves to Swift's Characters.
final class ReadingScannerEquivalenceTests: XCTestCase {
    /// Pieces that random texts are made of.
    private let pieces: [String] = [
        "The", "doctor", "Dr", "e", "g", "U", "S", "J", "No", "no", "2", "5", "1", "000", "mg", "Medication",
        "physician", "don", "t", "follow", "up", "café", "cafe\u{301}", "E\u{301}", "Ä", "ß", "Ω", "Élan",
        "\u{301}", "\u{308}\u{301}", "\u{345}", "\u{20DD}", "\u{FE0F}",
        " ", " ", " ", "  ", "\n", "\r\n", "\r", "\t", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}",
        "\u{A0}", "\u{3000}", "\u{AD}", "\u{200B}", "\u{FEFF}", "\u{1}",
        ".", ".", ".", "!", "?", "...", "…", ",", ";", ":", "'", "\u{2019}", "-", "\u{2010}", "\u{2011}", "—",
        "\"", "\u{201C}", "\u{201D}", "\u{2018}", "(", ")", "[", "]", "{", "}", "«", "»", "¿", "¡", "*", "_",
        "½", "٣", "Ⅻ", "日本", "ǅ", "İ", "ﬁ", "K", "\u{212A}",
    ]
    /// Pieces whose joining the scanner leaves to Characters.
    private let unmodelled: [String] = [
        "\u{200D}", "👩\u{200D}👩", "👍\u{1F3FD}", "\u{1F1FA}\u{1F1F8}", "한국", "\u{1100}\u{1161}",
        "नमस्ते", "क्ष", "\u{0600}", "\u{0E33}", "\u{093F}", "😀",
    ]

    private func randomText(_ random: inout SeededGenerator, withUnmodelled: Bool) -> String {
        var text = ""
        for _ in 0..<Int.random(in: 0...40, using: &random) {
            if withUnmodelled, Int.random(in: 0..<20, using: &random) == 0 {
                text += unmodelled.randomElement(using: &random)!
            } else {
                text += pieces.randomElement(using: &random)!
            }
        }
        return text
    }

    private func assertSameAsReference(_ text: String, file: StaticString = #filePath, line: UInt = #line) {
        let expected = ReferenceSentenceSplitter.sentences(in: text, firstLine: 3)
        let actual = SentenceSplitter.sentences(in: text, firstLine: 3)
        XCTAssertEqual(actual.map(\.text), expected.map(\.text), "sentences of \(text.debugDescription)", file: file, line: line)
        XCTAssertEqual(actual.map(\.line), expected.map(\.line), "lines of \(text.debugDescription)", file: file, line: line)
        XCTAssertEqual(SentenceSplitter.words(in: text), ReferenceSentenceSplitter.words(in: text),
                       "words of \(text.debugDescription)", file: file, line: line)
        let blocks = [ProseBlock(text: text, line: 3, kind: .paragraph), ProseBlock(text: text + " Again.", line: 9, kind: .listItem)]
        for language in ["en", "es"] {
            XCTAssertEqual(Readability.analyze(blocks, language: language), ReferenceReadability.analyze(blocks, language: language),
                           "\(language) report of \(text.debugDescription)", file: file, line: line)
        }
    }

    func testRandomTextsMatchTheCharacterSplitter() {
        var random = SeededGenerator(seed: 1)
        for _ in 0..<1200 { assertSameAsReference(randomText(&random, withUnmodelled: false)) }
    }

    func testRandomASCIITextsMatchTheCharacterSplitter() {
        // ASCII sentences are collapsed byte by byte.
        let ascii = pieces.filter { $0.utf8.allSatisfy { $0 < 0x80 } }
        var random = SeededGenerator(seed: 4)
        for _ in 0..<600 {
            assertSameAsReference((0..<Int.random(in: 0...40, using: &random)).map { _ in ascii.randomElement(using: &random)! }.joined())
        }
    }

    func testRandomTextsWithUnmodelledScriptsMatchTheCharacterSplitter() {
        var random = SeededGenerator(seed: 2)
        for _ in 0..<400 { assertSameAsReference(randomText(&random, withUnmodelled: true)) }
    }

    func testRandomPagesMatchTheCharacterEngine() {
        // Many sentences of few lengths: ties among the longest sentences and repeated hard words.
        let words = ["The", "nurse", "checks", "medication", "physician", "Dr.", "you", "2.5", "mg", "approximately", "don’t", "cafe\u{301}"]
        var random = SeededGenerator(seed: 3)
        for _ in 0..<200 {
            let blocks = (0..<Int.random(in: 1...6, using: &random)).map { index in
                let text = (0..<Int.random(in: 0...40, using: &random)).map { _ -> String in
                    words.randomElement(using: &random)! + (Int.random(in: 0..<4, using: &random) == 0 ? ".\n" : " ")
                }.joined()
                return ProseBlock(text: text, line: 1 + 10 * index, kind: .paragraph)
            }
            for language in ["en", "es"] {
                XCTAssertEqual(Readability.analyze(blocks, language: language), ReferenceReadability.analyze(blocks, language: language))
            }
        }
    }

    func testProseMatchesTheCharacterSplitter() {
        assertSameAsReference("""
            Dr. Smith said: "Take 2.5 mg at 8 a.m. each day." Don’t stop—it’s a follow-up, e.g. for 1,000 people \
            in the U.S. who… wait... "Why?" (Ask J. Jones.) No. 5 is next. The end
            """)
    }

    func testAbbreviationsAndInitialsMatchTheCharacterSplitter() {
        // Every rule of a period after a word: the list in any case, "No."
        // before a number or not, initials, dotted initialisms, long words,
        // and tokens with letters outside ASCII (read through a String).
        let tokens = ["Dr", "dr", "DR", "e.g", "E.G", "i.e", "U.S", "u.s.a", "Ph.D", "approx", "Approx", "sept", "Sept", "No", "no",
                      "NOS", "nos", "J", "j", "A.B.C", "a.b", "AB.C", "ab", "medication", "abcdefghij", "a.b.c.d.e.f", "Ü", "É.U",
                      "e\u{301}", "Dr\u{301}", "ß", "St", "vs", "etc", "x", "X.Y"]
        for token in tokens {
            for next in ["Next", "5 pills", "next", "(See", "¿Qué"] {
                for before in ["", "See ", "see e.", "2.", "A."] {
                    assertSameAsReference("\(before)\(token). \(next) one.")
                }
            }
            assertSameAsReference("\(token).. Next")
            assertSameAsReference("\(token).")
        }
    }

    func testHardTextKeepsItsFigures() {
        // Hyphens, apostrophes, numbers, abbreviations, Spanish accents,
        // emoji and combining marks, with figures pinned from before the
        // word table read eight bytes at a time (the same as `pamphlet
        // check` gave for these paragraphs then).
        let english = [
            ProseBlock(text: "Don't stop your follow-up visits, e.g. at 8 a.m. with Dr. Smith; 1,000 people (approx. 2.5%) did. "
                + "It’s the physician’s co-operation 👩‍⚕️ that helps. Cafe\u{301} or café? No. 5 is next: medication, "
                + "medications, hypertension! 😀 Naïve U.S. patients... wait… The end", line: 4, kind: .paragraph),
            ProseBlock(text: "Cardiovascular rehabilitation — approximately 12 weeks", line: 9, kind: .heading),
        ]
        let spanish = [
            ProseBlock(text: "¿Qué es la hipertensión? Es la presión arterial alta; el médico (Dr. Pérez) le dará 2,5 mg. "
                + "¡Camine 30 minutos al día! Niños, pingüinos y acción: e\u{301}l decidió.", line: 2, kind: .paragraph),
        ]
        for (blocks, language) in [(english, "en"), (spanish, "es")] {
            XCTAssertEqual(Readability.analyze(blocks, language: language), ReferenceReadability.analyze(blocks, language: language), language)
        }
        let en = Readability.analyze(english, language: "en")
        XCTAssertEqual([en.words, en.sentences, en.syllables, en.polysyllables], [44, 5, 90, 11])
        XCTAssertEqual(en.hardestWords.map(\.word), ["cardiovascular", "rehabilitation", "co-operation", "approximately", "medication",
                                                  "medications", "hypertension", "follow-up", "physician's"])
        let es = Readability.analyze(spanish, language: "es")
        XCTAssertEqual([es.words, es.sentences, es.syllables, es.polysyllables], [28, 4, 53, 8])
        XCTAssertEqual(es.hardestWords.map(\.word), ["hipertensión"])
    }
}
