import PamphletEscaping
import PamphletMarkdown
import PamphletTestSupport
import XCTest

@testable import PamphletCore

/// `GlossaryLinker.link` reads each text in cmark's memory, splits it by byte
/// offsets and makes a table of element ids only when an id could be taken
/// twice. It must link exactly as the plain way does (a String per text, the
/// Character path's matches, `isolate` by String ranges, a table of ids per
/// page): same mentions, same HTML, on generated pages with ASCII and
/// non-ASCII text, "\r\n" line endings, hyphens, case-sensitive terms,
/// emphasis, links, code and headings whose ids a term's id may meet.
final class GlossaryLinkPathTests: XCTestCase {
    /// The plain way, as the linker worked before it read bytes.
    static func referenceLink(_ linker: GlossaryLinker, _ document: MarkdownDocument, reservedIDs: [String]) -> [GlossaryMention] {
        document.consolidateTextNodes()
        var usedIDs: [String: Int] = ["main": 0]
        for id in reservedIDs { usedIDs[id] = 0 }
        var linked: Set<Int> = []
        var mentions: [GlossaryMention] = []
        var work = 0
        for node in document.textNodes(excluding: GlossaryLinker.excludedKinds) {
            guard linked.count < linker.glossary.entries.count else { break }
            guard let literal = node.literal else { continue }
            let matches = linker.characterMatches(in: literal, linked: &linked, work: &work)
            guard !matches.isEmpty else { continue }
            let isolated = document.isolate(matches.map(\.range), in: node)
            for (match, term) in zip(matches, isolated) {
                let entry = linker.glossary.entries[match.entry]
                let elementID = MarkdownRenderer.uniqueID("term-" + entry.id, used: &usedIDs)
                document.wrapInline(
                    term, before: GlossaryLinker.openingHTML(entry, elementID: elementID, glossaryURL: linker.glossaryURL),
                    after: GlossaryLinker.closingHTML(escapedDefinition: HTMLEscaping.escape(entry.definition), elementID: elementID))
                mentions.append(GlossaryMention(entry: match.entry, term: entry.term, text: String(literal[match.range]), elementID: elementID))
            }
        }
        return mentions
    }

    static let pieces = GlossaryASCIIPathTests.words + [
        "gène", "gene\u{301}", "DN\u{212A}", "gene\u{A0}therapy", "x\u{2010}ray", "gene\u{2011}based", "é", "*gene*", "**DNA**",
        "[gene](other.md)", "`gene`", "<b>", "gene-based", "non-genetic testing", "Term-DNA", "\u{1F9EC}", "日本",
    ]
    static let separators = [" ", " ", " ", "\n", "\r\n", "\t", " - ", "-", ", ", ". ", "(", ")", "\r\n\r\n", "\n\n", "\n# ", "\n## DNA\n", "\n- "]

    static func page(using generator: inout SeededGenerator) -> String {
        var text = ""
        for _ in 0..<Int.random(in: 0...60, using: &generator) {
            text += pieces.randomElement(using: &generator)!
            text += separators.randomElement(using: &generator)!
        }
        return text
    }

    func assertSameLinks(_ glossary: Glossary, seed: UInt64, rounds: Int, file: StaticString = #filePath, line: UInt = #line) -> Int {
        let linker = GlossaryLinker(glossary: glossary, glossaryURL: "/glossary/")
        let page = GlossaryTests.page(url: "/page/")
        let reservable = ["term-dna", "term-dna-1", "term-gene", "term-a", "term-dup", "intro", "main", "term-x-ray-1"]
        var generator = SeededGenerator(seed: seed)
        var linkedCount = 0
        for _ in 0..<rounds {
            let markdown = Self.page(using: &generator)
            let reserved = reservable.filter { _ in Int.random(in: 0..<4, using: &generator) == 0 }
            let fast = MarkdownDocument(parsing: markdown), slow = MarkdownDocument(parsing: markdown)
            let fastMentions = linker.link(fast, page: page, reservedIDs: reserved)
            let slowMentions = Self.referenceLink(linker, slow, reservedIDs: reserved)
            XCTAssertEqual(fastMentions, slowMentions, markdown.debugDescription, file: file, line: line)
            XCTAssertEqual(fast.renderHTML(), slow.renderHTML(), markdown.debugDescription, file: file, line: line)
            linkedCount += fastMentions.count
        }
        return linkedCount
    }

    func testLinkingMatchesThePlainWay() {
        let linked = assertSameLinks(GlossaryASCIIPathTests.asciiGlossary, seed: 31, rounds: 1500)
        // The pages do mention terms, so the comparison is not of empty lists.
        XCTAssertGreaterThan(linked, 1500)
    }

    /// Entries that share an id (possible for a glossary made in code) take the table of ids at once.
    func testEntriesSharingAnIDMatchThePlainWay() {
        var entries = GlossaryASCIIPathTests.asciiGlossary.entries
        entries.append(GlossaryEntry(term: "therapy", definition: "d", id: "dup"))
        entries.append(GlossaryEntry(term: "testing", definition: "d", id: "dup"))
        entries.append(GlossaryEntry(term: "base", definition: "d", id: "dna"))
        let linked = assertSameLinks(Glossary(entries: entries), seed: 32, rounds: 1000)
        XCTAssertGreaterThan(linked, 1000)
    }

    /// A glossary with a phrase that sends every text down the Character path.
    func testCharacterPathGlossaryMatchesThePlainWay() {
        var entries = GlossaryASCIIPathTests.asciiGlossary.entries
        entries.append(GlossaryEntry(term: "gene\u{A0}based", definition: "d"))
        let glossary = Glossary(entries: entries)
        XCTAssertNil(GlossaryLinker(glossary: glossary, glossaryURL: "/glossary/").asciiMatcher)
        XCTAssertGreaterThan(assertSameLinks(glossary, seed: 33, rounds: 500), 500)
    }
}
