import PamphletTestSupport
import XCTest

@testable import PamphletCore

/// The byte path for ASCII text (`ASCIIPhraseMatcher`) must find exactly what
/// the Character path finds: the same mentions at the same ranges, the same
/// terms marked linked and the same count of phrases compared, on generated
/// texts with terms in every case, hyphens, punctuation and runs of whitespace.
final class GlossaryASCIIPathTests: XCTestCase {
    static let asciiGlossary = Glossary(entries: [
        GlossaryEntry(term: "DNA", definition: "d"),
        GlossaryEntry(term: "gene", forms: ["genes"], definition: "d"),
        GlossaryEntry(term: "gene therapy", forms: ["gene therapies", "gene\ttherapy x"], definition: "d"),
        GlossaryEntry(term: "mRNA", definition: "d"),
        GlossaryEntry(term: "CRISPR-Cas9", definition: "d"),
        GlossaryEntry(term: "genetic testing", forms: ["Genetic Testing 2"], definition: "d"),
        GlossaryEntry(term: "x-ray", forms: ["X-rays"], definition: "d"),
        GlossaryEntry(term: "A", definition: "d"),
        GlossaryEntry(term: "type_2 diabetes", definition: "d"),
        GlossaryEntry(term: "carrier (gene)", definition: "d"),
        GlossaryEntry(term: "-odd", forms: ["odd-"], definition: "d"),
    ])

    static let words = [
        "DNA", "dna", "Dna", "gene", "Gene", "GENE", "genes", "gEnEs", "therapy", "Therapy", "therapies", "mRNA", "MRNA", "mrna",
        "CRISPR", "Cas9", "CRISPR-Cas9", "crispr-cas9", "genetic", "Genetic", "testing", "Testing", "2", "x", "X", "ray", "rays",
        "x-ray", "X-rays", "A", "a", "type_2", "diabetes", "carrier", "(gene)", "odd", "non", "the", "and", "of", "genetically",
        "_", "9", "base",
    ]
    static let separators = [" ", " ", " ", "  ", "\n", "\t", " \n ", "-", " - ", "--", ", ", ". ", "(", ")", "'s ", "\u{0B}", "\u{0C}", "_", "/", ""]

    static func text(using generator: inout SeededGenerator, extras: [String] = []) -> String {
        var text = ""
        for _ in 0..<Int.random(in: 0...40, using: &generator) {
            text += (words + extras).randomElement(using: &generator)!
            text += separators.randomElement(using: &generator)!
        }
        return text
    }

    /// Both paths on `text`, from the same terms already linked.
    func assertSamePaths(_ linker: GlossaryLinker, _ text: String, prelinked: Set<Int>, sameWork: Bool = true, file: StaticString = #filePath, line: UInt = #line) {
        var linkedFast = prelinked, linkedSlow = prelinked
        var workFast = 0, workSlow = 0
        let fast = linker.matches(in: text, linked: &linkedFast, work: &workFast)
        let slow = linker.characterMatches(in: text, linked: &linkedSlow, work: &workSlow)
        func described(_ matches: [(range: Range<String.Index>, entry: Int)]) -> [String] {
            matches.map { "\(text.utf8.distance(from: text.startIndex, to: $0.range.lowerBound))..<\(text.utf8.distance(from: text.startIndex, to: $0.range.upperBound)) \($0.entry) \(text[$0.range])" }
        }
        XCTAssertEqual(described(fast), described(slow), text.debugDescription, file: file, line: line)
        XCTAssertEqual(fast.map(\.range), slow.map(\.range), text.debugDescription, file: file, line: line)
        XCTAssertEqual(linkedFast, linkedSlow, text.debugDescription, file: file, line: line)
        if sameWork { XCTAssertEqual(workFast, workSlow, text.debugDescription, file: file, line: line) }
    }

    func testASCIITextMatchesTheCharacterPath() {
        let linker = GlossaryLinker(glossary: Self.asciiGlossary, glossaryURL: "/glossary/")
        XCTAssertNotNil(linker.asciiMatcher)
        var generator = SeededGenerator(seed: 19)
        var matched = 0
        for round in 0..<3000 {
            let text = Self.text(using: &generator)
            let prelinked: Set<Int> = round % 3 == 0 ? [1, 7] : []
            assertSamePaths(linker, text, prelinked: prelinked)
            var linked = prelinked, work = 0
            matched += linker.matches(in: text, linked: &linked, work: &work).count
        }
        // The texts do mention terms, so the comparison is not of empty lists.
        XCTAssertGreaterThan(matched, 3000)
    }

    /// A glossary of hundreds of terms that share their first letters (the
    /// byte path's tables for the first two letters, and its hash table of
    /// the rest as it grows) finds what the Character path finds.
    func testLargeGlossaryMatchesTheCharacterPath() {
        var generator = SeededGenerator(seed: 22)
        let syllables = ["ge", "ne", "th", "er", "a", "py", "D", "NA", "x", "-", "ra", "y", "re", "s"]
        var phrases: Set<String> = []
        while phrases.count < 600 {
            var phrase = ""
            for _ in 0..<Int.random(in: 1...5, using: &generator) { phrase += syllables.randomElement(using: &generator)! }
            if Int.random(in: 0..<4, using: &generator) == 0 { phrase += " " + syllables.randomElement(using: &generator)! }
            if phrase.first != "-", phrase.last != "-" { phrases.insert(phrase) }
        }
        let sorted = phrases.sorted()
        let entries = stride(from: 0, to: sorted.count, by: 2).map { index in
            GlossaryEntry(term: sorted[index], forms: index + 1 < sorted.count ? [sorted[index + 1]] : [], definition: "d")
        }
        let linker = GlossaryLinker(glossary: Glossary(entries: entries), glossaryURL: "/glossary/")
        XCTAssertNotNil(linker.asciiMatcher)
        var matched = 0
        for _ in 0..<1500 {
            var text = ""
            for _ in 0..<Int.random(in: 0...30, using: &generator) {
                text += Bool.random(using: &generator) ? sorted.randomElement(using: &generator)! : Self.words.randomElement(using: &generator)!
                text += Self.separators.randomElement(using: &generator)!
            }
            assertSamePaths(linker, text, prelinked: [])
            var linked: Set<Int> = [], work = 0
            matched += linker.matches(in: text, linked: &linked, work: &work).count
        }
        XCTAssertGreaterThan(matched, 1500)
    }

    /// Text that is not plain ASCII (accents, "\r\n", a Kelvin sign that equals
    /// "K", a no-break space, Unicode hyphens) takes the Character path.
    func testNonASCIITextMatchesTheCharacterPath() {
        let linker = GlossaryLinker(glossary: Self.asciiGlossary, glossaryURL: "/glossary/")
        var generator = SeededGenerator(seed: 20)
        let extras = ["gène", "gene\u{301}", "\u{212A}", "DN\u{212A}", "gene\u{A0}therapy", "gene\r\ntherapy", "x\u{2010}ray", "gene\u{2011}based", "é", "\r\n", "\r"]
        for _ in 0..<1500 {
            assertSamePaths(linker, Self.text(using: &generator, extras: extras), prelinked: [])
        }
    }

    /// A non-ASCII phrase that can never match ASCII text is left out of the
    /// byte path; one that can (a Kelvin sign equals "K", a no-break space
    /// matches a space, "\r\n" is whitespace) sends every text down the Character path.
    func testNonASCIIPhrases() {
        var entries = Self.asciiGlossary.entries
        entries.append(GlossaryEntry(term: "Ménière disease", forms: ["gène"], definition: "d"))
        let excluding = GlossaryLinker(glossary: Glossary(entries: entries), glossaryURL: "/glossary/")
        XCTAssertNotNil(excluding.asciiMatcher)
        var generator = SeededGenerator(seed: 21)
        for _ in 0..<1000 {
            assertSamePaths(excluding, Self.text(using: &generator, extras: ["Ménière disease", "gène"]), prelinked: [], sameWork: false)
        }
        for phrase in ["\u{212A}ey", "wild\u{A0}type", "wild\r\ntype", "wild\rtype"] {
            var withPhrase = Self.asciiGlossary.entries
            withPhrase.append(GlossaryEntry(term: phrase, definition: "d"))
            let linker = GlossaryLinker(glossary: Glossary(entries: withPhrase), glossaryURL: "/glossary/")
            XCTAssertNil(linker.asciiMatcher, phrase.debugDescription)
            var linked: Set<Int> = [], work = 0
            let found = linker.matches(in: "the Key gene and wild type", linked: &linked, work: &work)
            XCTAssertTrue(found.contains { $0.entry == withPhrase.count - 1 }, phrase.debugDescription)
        }
    }
}
