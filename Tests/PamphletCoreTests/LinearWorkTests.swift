import Foundation
import PamphletMarkdown
import PamphletTestSupport
import XCTest

@testable import PamphletCore

/// Hostile and clumsy input must cost work in proportion to its size: one
/// very long word, a glossary of thousands of terms on one paragraph,
/// thousands of broken links. Work is counted, not timed; where it is not
/// counted, the input is one that would take hours if the work were quadratic.
final class LinearWorkTests: XCTestCase {
    // MARK: - Glossary

    /// 4,000 terms that share their first letters, all on one paragraph: each
    /// place in the text is tried only against the terms that can start there.
    func testGlossaryTermsTriedAtAPlaceAreOnlyThoseThatStartThere() {
        let terms = (1...4000).map { String(format: "marker%04d", $0) }
        let glossary = Glossary(entries: terms.map { GlossaryEntry(term: $0, definition: "A sign.") })
        let linker = GlossaryLinker(glossary: glossary, glossaryURL: "/glossary/")
        let text = "See " + terms.reversed().joined(separator: ", ") + " and marker0001 again."
        var linked: Set<Int> = []
        var work = 0
        let matches = linker.matches(in: text, linked: &linked, work: &work)
        XCTAssertEqual(matches.count, 4000)
        XCTAssertEqual(linked.count, 4000)
        // One phrase per mention (4,001), not 4,000 per word.
        XCTAssertLessThanOrEqual(work, 4001)
        XCTAssertEqual(matches.first.map { String(text[$0.range]) }, "marker4000")
    }

    func testEveryTermOnOneParagraphIsLinkedOnce() {
        let terms = (1...4000).map { String(format: "marker%04d", $0) }
        let glossary = Glossary(entries: terms.map { GlossaryEntry(term: $0, definition: "A sign.") })
        let document = MarkdownDocument(parsing: "See " + terms.joined(separator: ", ") + " and *marker0002* again.\n")
        let linker = GlossaryLinker(glossary: glossary, glossaryURL: "/glossary/")
        let mentions = linker.link(document, page: GlossaryTests.page(url: "/page/"), reservedIDs: [])
        XCTAssertEqual(mentions.map(\.text), terms)
        let html = document.renderHTML()
        XCTAssertEqual(html.components(separatedBy: "class=\"term__link\"").count - 1, 4000)
        XCTAssertTrue(html.hasSuffix("</span></span> and <em>marker0002</em> again.</p>\n"), String(html.suffix(120)))
    }

    // MARK: - Did you mean

    /// Candidates whose length alone puts them too far away are never compared.
    func testSuggestionsSkipCandidatesOfAFarLength() {
        let candidates = (1...1500).map { "topic/" + String(repeating: "x", count: 40 + $0 % 20) + "-\($0).md" }
        let index = SuggestionIndex(candidates)
        var work = 0
        XCTAssertNil(index.closest(to: "topic/old-page.md", work: &work))
        XCTAssertEqual(work, 0)
    }

    /// Candidates of a near length are compared only near the diagonal and
    /// given up as soon as they cannot be near enough: far less than full
    /// comparisons (1,500 × 60 × 60 characters).
    func testSuggestionsCompareLittleOfEachCandidate() {
        var generator = SeededGenerator(seed: 6)
        let candidates = (1...1500).map { _ in String((0..<60).map { _ in "abcdefghijklmnopqrstuvwxyz".randomElement(using: &generator)! }) }
        let index = SuggestionIndex(candidates)
        var work = 0
        let typo = "zz" + candidates[700].dropFirst(2)
        XCTAssertEqual(index.closest(to: String(typo), work: &work), candidates[700])
        XCTAssertLessThan(work, 1500 * 60 * 60 / 20)
    }

    /// The same answers as comparing every candidate in full, in order.
    func testSuggestionsMatchTheFullComparison() {
        var generator = SeededGenerator(seed: 9)
        let alphabet = Array("abcde-/")
        for _ in 0..<300 {
            let candidates = (0..<20).map { _ in String((0..<Int.random(in: 0...12, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }) }
            let word = String((0..<Int.random(in: 0...12, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! })
            var expected: (String, Int)?
            for candidate in candidates {
                let distance = referenceEditDistance(Array(word), Array(candidate))
                if distance <= max(2, min(word.count, candidate.count) / 3), distance < (expected?.1 ?? .max) { expected = (candidate, distance) }
            }
            XCTAssertEqual(Suggestion.closest(to: word, in: candidates), expected?.0, "\(word) in \(candidates)")
        }
    }
}
