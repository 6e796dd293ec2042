import Foundation
import PamphletReadability
import PamphletTestSupport
import XCTest

@testable import PamphletCore

/// The shortcuts that count and cut a page's prose answer as the general
/// code they stand in front of, on random text made of the pieces that
/// decide their answers (separators, "\r\n", non-ASCII letters and marks).
final class ProseShortcutTests: XCTestCase {
    static let pieces = ["a", "Word", "don't", "2.5", " ", "  ", "\t", "\n", "\r\n", "\r", "\u{0B}", "é", "e\u{301}", "\u{A0}",
                         "\u{2019}", "👍", ".", "-", ",", "x1", "ÉCOLE", "ß"]

    static func randomTexts(seed: UInt64, count: Int = 4000, pieces: [String] = pieces) -> [String] {
        var generator = SeededGenerator(seed: seed)
        return (0..<count).map { _ in
            (0..<Int.random(in: 0...40, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
        }
    }

    func testWordCountIsTheSplitCount() {
        let asciiPieces = Self.pieces.filter { $0.utf8.allSatisfy { $0 < 0x80 } }
        for text in Self.randomTexts(seed: 7) + Self.randomTexts(seed: 8, pieces: asciiPieces) + ["", " ", "a", "abcdefgh ijklmnop"] {
            let expected = text.split(whereSeparator: { $0 == " " || $0 == "\n" }).count
            XCTAssertEqual(WordCount.count(text), expected, text.debugDescription)
            var copy = text
            let ascii = copy.withUTF8 { WordCount.countASCIIWithoutReturns($0) }
            if text.utf8.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) {
                XCTAssertEqual(ascii, expected, text.debugDescription)
            } else {
                XCTAssertNil(ascii, text.debugDescription)
            }
        }
    }
}

extension ProseShortcutTests {
    func testSearchWordsOfASCIITextAreTheGeneralCut() {
        let asciiPieces = Self.pieces.filter { $0.utf8.allSatisfy { $0 < 0x80 } } + ["_", "(", "Ab9", "~", "\u{7F}", "\0"]
        for text in Self.randomTexts(seed: 9, pieces: asciiPieces) + Self.randomTexts(seed: 10) {
            var copy = text
            copy.withUTF8 { bytes in
                var general: [[UInt8]] = []
                SearchWords.forEachWordOfBytes(bytes) { word, _ in general.append(Array(word)) }
                var all: [[UInt8]] = []
                SearchWords.forEachWordOfText(text) { word, _ in all.append(Array(word)) }
                XCTAssertEqual(all, general, text.debugDescription)
                XCTAssertEqual(SearchWords.isASCII(bytes), text.utf8.allSatisfy { $0 < 0x80 })
                guard SearchWords.isASCII(bytes) else { return }
                var fast: [[UInt8]] = []
                SearchWords.forEachASCIIWord(bytes) { word, _ in fast.append(Array(word)) }
                XCTAssertEqual(fast, general, text.debugDescription)
            }
        }
    }
}

extension ProseShortcutTests {
    static let pathPieces = ["a", "b.md", "/", "//", "..", ".", "#", "%20", "?", " ", "\t", "\u{A0}", "\u{2003}", "é", "e\u{301}", "{{", "{%",
                             "https:", "x+y-z.", ":", "_index.md", "👍", "\n"]

    func testLinkResolverShortcutsAnswerAsTheGeneralCalls() {
        for text in Self.randomTexts(seed: 11, count: 3000, pieces: Self.pathPieces) + ["", " ", "\u{A0}x", "a ", " a"] {
            XCTAssertEqual(LinkResolver.trimmingHorizontalSpaces(text), text.trimmingCharacters(in: CharacterSet.whitespaces),
                           text.debugDescription)
            XCTAssertEqual(LinkResolver.folder(of: text), text.parentPath, text.debugDescription)
            for byte in [UInt8(ascii: "?"), UInt8(ascii: "#"), UInt8(ascii: "%")] {
                XCTAssertEqual(LinkResolver.contains(byte, in: text), text.utf8.contains(byte), text.debugDescription)
            }
            XCTAssertEqual(LinkResolver.hasScheme(text), Self.hasSchemeByCharacters(text), text.debugDescription)
        }
    }

    /// The scheme rule as written before it read bytes: letter, then letters, digits, "+", "-" or ".", then ":".
    static func hasSchemeByCharacters(_ text: String) -> Bool {
        guard let colon = text.unicodeScalars.firstIndex(of: ":") else { return false }
        let scheme = text.unicodeScalars[..<colon]
        guard let first = scheme.first, first.isASCII, first.properties.isAlphabetic else { return false }
        return scheme.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || "+-.".unicodeScalars.contains($0)) }
    }
}

extension ProseShortcutTests {
    /// A full build's search reads each page's words as its reading level is
    /// worked out (`ProseWords`); the documents are those of reading each
    /// block again, spellings and all, page after page on one worker.
    func testSearchWordsReadWithTheReadingLevelAreTheBlocksOwn() {
        let words = ["Help", "helps", "helping", "don't", "follow-up", "2.5", "1,000", "e.g.", "U.S.", "Dr.", "the", "and", "medicine",
                     "Medicines", "A", "x", "café", "cafe\u{301}", "Médico", "niños", "ÉCOLE", "x1", "3rd", "it's", "rock'n'roll"]
        let joins = [" ", " ", " ", ". ", ", ", "! ", "? ", "\n", "\r\n", " — ", " (", ") ", "'", "-", "\u{2019}", "  ", "."]
        var generator = SeededGenerator(seed: 12)
        func text(_ most: Int) -> String {
            (0..<Int.random(in: 0...most, using: &generator)).map { _ in
                words.randomElement(using: &generator)! + joins.randomElement(using: &generator)!
            }.joined()
        }
        for language in ["en", "es", "fr"] {
            var general = SearchDocuments.collector(language, stopWords: ["help"])
            var fused = general
            var memo = Readability.Memo()
            var kept = ProseWords()
            for number in 0..<150 {
                var page = makePage("a/p\(number).md", title: text(4))
                page.language = language
                page.frontMatter.description = text(6)
                let kinds: [ProseBlock.Kind] = [.paragraph, .heading, .listItem, .blockQuote]
                page.rendered.prose = (0..<Int.random(in: 0...6, using: &generator)).map { line in
                    ProseBlock(text: text(30), line: line + 1, kind: kinds.randomElement(using: &generator)!)
                }
                let terms = [text(2)]
                let expected = general.document(for: page, index: number, glossaryTerms: terms)
                fused.begin(page, glossaryTerms: terms)
                let report = Readability.analyze(page.rendered.prose, language: language, memo: &memo, words: &kept)
                fused.add(page.rendered.prose, readAs: kept, memo: memo)
                let document = fused.finish(page, index: number)
                XCTAssertEqual(report, Readability.analyze(page.rendered.prose, language: language))
                XCTAssertEqual(document.page, expected.page)
                XCTAssertEqual(document.stems, expected.stems, "\(language) page \(number)")
                XCTAssertEqual(document.scores, expected.scores, "\(language) page \(number)")
                XCTAssertEqual(document.selfs, expected.selfs, "\(language) page \(number)")
                XCTAssertEqual(document.text, expected.text, "\(language) page \(number)")
                XCTAssertEqual(document.spellings.map { [$0.stem, $0.word] }, expected.spellings.map { [$0.stem, $0.word] })
            }
        }
    }
}

extension ProseShortcutTests {
    /// `SearchCollector.cut` as it was written on an Array of the bytes.
    static func cutByArray(_ text: String, at limit: Int) -> String {
        guard text.utf8.count > limit else { return text }
        var bytes = Array(text.utf8.prefix(limit + 1))
        while let last = bytes.last, last & 0xC0 == 0x80 || last >= 0xC0 { bytes.removeLast(); if last >= 0xC0 { break } }
        if let space = bytes.lastIndex(of: 0x20) { bytes.removeSubrange(space...) }
        return String(decoding: bytes, as: UTF8.self)
    }

    func testExcerptCutInPlaceIsTheArrayCut() {
        for text in Self.randomTexts(seed: 13) {
            for limit in [0, 1, 2, 3, 5, 8, 13, 40] {
                XCTAssertEqual(SearchCollector.cut(text, at: limit), Self.cutByArray(text, at: limit), "\(limit) \(text.debugDescription)")
            }
        }
    }
}
