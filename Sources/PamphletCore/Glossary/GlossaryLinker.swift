import PamphletEscaping
import PamphletMarkdown
import PamphletReadability

/// A glossary term a page links to, in the order the page first mentions it.
public struct GlossaryMention: Sendable, Equatable {
    /// Index of the entry in `Glossary.entries`.
    public var entry: Int
    public var term: String
    /// The words as the page wrote them ("genes").
    public var text: String
    /// The id of the definition element on this page (`term-dna`).
    public var elementID: String
}

/// Links the first mention of each glossary term on a page to its entry on
/// the glossary page, with the short definition beside it for hover,
/// keyboard focus and screen readers (`aria-describedby`).
///
/// Works on the cmark tree: text nodes are matched, the words are split off
/// with `isolate` and wrapped with `wrapInline`, so headings, links, images,
/// code and raw HTML are never touched and the writer's Markdown is never
/// re-parsed as HTML.
///
/// Matching rules:
/// - whole words only: "gene" does not match inside "genetic" or "genes"
///   (list "genes" as a form of the term to link it), and a hyphenated word
///   is one word ("gene" is not linked in "gene-based");
/// - the longest phrase wins where terms overlap ("gene therapy" before "gene"),
///   and words that belong to a term already linked are not linked again as
///   a shorter term;
/// - case: a phrase written all in capitals (DNA), or with a capital after
///   its first letter (mRNA, CRISPR-Cas9), matches only with that exact case;
///   any other phrase matches in any case ("Gene" at the start of a sentence).
struct GlossaryLinker: Sendable {
    struct Phrase: Sendable {
        var characters: [Character]
        /// Each character lowercased, for phrases that match in any case.
        var lowered: [String]
        var entry: Int
        var caseSensitive: Bool
    }

    let glossary: Glossary
    /// Root-relative address of the glossary page: `/glossary/`.
    let glossaryURL: String
    /// Longest first, so the longest phrase at a position wins.
    let phrases: [Phrase]
    /// The same phrases by their characters: only those that can start at a position are tried there.
    let trie: PhraseTrie
    /// The same phrases as bytes, for text that is all ASCII; nil when the glossary needs the Character path for all text.
    let asciiMatcher: ASCIIPhraseMatcher?
    /// Each entry's definition escaped for HTML once, not at every page that mentions it.
    let escapedDefinitions: [String]
    /// Each entry's definition element id where nothing else on the page has it (`term-dna`).
    let elementIDBases: [String]
    /// The HTML before and after each entry's words with that id, made once.
    let baseOpeningHTML: [String], baseClosingHTML: [String]
    /// No two entries share an id (a glossary read from glossary.yml never has them share one).
    let entryIDsAreUnique: Bool

    /// Nodes whose text is never linked.
    static let excludedKinds: Set<MarkdownNode.Kind> = [
        .heading, .link, .image, .code, .codeBlock, .htmlBlock, .htmlInline, .customBlock, .customInline,
    ]

    init(glossary: Glossary, glossaryURL: String) {
        self.glossary = glossary
        self.glossaryURL = glossaryURL
        var phrases: [Phrase] = []
        for (index, entry) in glossary.entries.enumerated() {
            for phrase in entry.phrases {
                let characters = Array(phrase)
                guard !characters.isEmpty else { continue }
                phrases.append(Phrase(
                    characters: characters, lowered: characters.map { String($0).lowercased() },
                    entry: index, caseSensitive: Self.isCaseSensitive(phrase)))
            }
        }
        let sorted = phrases.sorted { $0.characters.count > $1.characters.count }
        self.phrases = sorted
        var trie = PhraseTrie()
        for (number, phrase) in sorted.enumerated() {
            trie.insert(zip(phrase.characters, phrase.lowered).map(PhraseTrie.token), phrase: number)
        }
        self.trie = trie
        self.asciiMatcher = ASCIIPhraseMatcher(phrases: sorted)
        let escapedDefinitions = glossary.entries.map { HTMLEscaping.escape($0.definition) }
        self.escapedDefinitions = escapedDefinitions
        let bases = glossary.entries.map { "term-" + $0.id }
        elementIDBases = bases
        baseOpeningHTML = zip(glossary.entries, bases).map { Self.openingHTML($0, elementID: $1, glossaryURL: glossaryURL) }
        baseClosingHTML = zip(escapedDefinitions, bases).map { Self.closingHTML(escapedDefinition: $0, elementID: $1) }
        entryIDsAreUnique = Set(glossary.entries.map(\.id)).count == glossary.entries.count
    }

    /// All capitals (DNA, A) or a capital after the first letter of a word (mRNA, CRISPR-Cas9).
    static func isCaseSensitive(_ phrase: String) -> Bool {
        let letters = phrase.filter(\.isLetter)
        guard letters.contains(where: \.isUppercase) else { return false }
        if letters.allSatisfy({ !$0.isLowercase }) { return true }
        for word in phrase.split(whereSeparator: { !$0.isLetter && !$0.isNumber }) {
            if word.dropFirst().contains(where: \.isUppercase) { return true }
        }
        return false
    }

    /// True for the page the glossary is shown on: its own terms are not linked there.
    func isGlossaryPage(_ page: Page) -> Bool {
        page.url == glossaryURL
    }

    /// Links the first mention of each term in `document`. `reservedIDs`
    /// (the page's heading ids) are avoided when naming definition elements.
    func link(_ document: MarkdownDocument, page: Page, reservedIDs: [String]) -> [GlossaryMention] {
        guard !phrases.isEmpty, !isGlossaryPage(page) else { return [] }
        document.consolidateTextNodes()
        var elementIDs = ElementIDs(reserved: reservedIDs, entryIDsAreUnique: entryIDsAreUnique)
        var linked: Set<Int> = []
        var mentions: [GlossaryMention] = []
        var work = 0
        for node in document.textNodes(excluding: Self.excludedKinds) {
            guard linked.count < glossary.entries.count else { break }
            // All of a text's mentions at once, and the text split once: a
            // search and a split per mention went over the rest of the text
            // each time, quadratic in a paragraph that mentions many terms.
            // Read in cmark's memory: most texts mention no new term, and need no String.
            guard let found = node.withLiteralBytes({ bytes -> [(range: Range<Int>, entry: Int, text: String)] in
                byteMatches(in: bytes, linked: &linked, work: &work).map { match in
                    (match.range, match.entry, String(decoding: UnsafeBufferPointer(rebasing: bytes[match.range]), as: UTF8.self))
                }
            }), !found.isEmpty else { continue }
            let isolated = document.isolate(byteRanges: found.map { $0.range }, in: node)
            for (match, term) in zip(found, isolated) {
                let entry = glossary.entries[match.entry]
                let base = elementIDBases[match.entry]
                let elementID = elementIDs.unique(base)
                if elementID == base {
                    document.wrapInline(term, before: baseOpeningHTML[match.entry], after: baseClosingHTML[match.entry])
                } else {
                    document.wrapInline(
                        term, before: Self.openingHTML(entry, elementID: elementID, glossaryURL: glossaryURL),
                        after: Self.closingHTML(escapedDefinition: escapedDefinitions[match.entry], elementID: elementID))
                }
                mentions.append(GlossaryMention(entry: match.entry, term: entry.term, text: match.text, elementID: elementID))
            }
        }
        return mentions
    }

    static func openingHTML(_ entry: GlossaryEntry, elementID: String, glossaryURL: String) -> String {
        let href = HTMLEscaping.escape(glossaryURL + "#" + entry.id)
        return "<span class=\"term\"><a class=\"term__link\" href=\"\(href)\" aria-describedby=\"\(HTMLEscaping.escape(elementID))\">"
    }

    static func closingHTML(escapedDefinition: String, elementID: String) -> String {
        "</a><span class=\"term__definition\" role=\"tooltip\" id=\"\(HTMLEscaping.escape(elementID))\">"
            + escapedDefinition + "</span></span>"
    }

    /// The mentions of not-yet-linked terms in `text`, left to right, at
    /// word boundaries; each term found is added to `linked`. A longer
    /// phrase of an already-linked term still claims its words, so "gene
    /// therapy" mentioned twice never links "gene". `work` counts the
    /// phrases compared, for tests: at most the phrases that start at each
    /// place in the text, whatever the glossary's size.
    func matches(in text: String, linked: inout Set<Int>, work: inout Int) -> [(range: Range<String.Index>, entry: Int)] {
        var contiguous = text
        let found = contiguous.withUTF8 { byteMatches(in: $0, linked: &linked, work: &work) }
        let utf8 = contiguous.utf8
        return found.map { match in
            (utf8.index(utf8.startIndex, offsetBy: match.range.lowerBound)..<utf8.index(utf8.startIndex, offsetBy: match.range.upperBound), match.entry)
        }
    }

    /// `matches(in:linked:work:)` on a text's UTF-8 bytes, with the ranges
    /// as byte offsets: the byte path for ASCII text, else the Character path
    /// on a String made of them.
    func byteMatches(in bytes: UnsafeBufferPointer<UInt8>, linked: inout Set<Int>, work: inout Int) -> [(range: Range<Int>, entry: Int)] {
        let entryCount = glossary.entries.count
        if let asciiMatcher, let offsets = asciiMatcher.matches(in: bytes, entryCount: entryCount, linked: &linked, work: &work) {
            return offsets.map { ($0.start..<$0.end, $0.entry) }
        }
        let text = String(decoding: bytes, as: UTF8.self)
        let utf8 = text.utf8
        return characterMatches(in: text, linked: &linked, work: &work).map { match in
            (utf8.distance(from: utf8.startIndex, to: match.range.lowerBound)..<utf8.distance(from: utf8.startIndex, to: match.range.upperBound), match.entry)
        }
    }

    /// `matches(in:linked:work:)` by Characters: for any text, and what the ASCII path is tested against.
    func characterMatches(in text: String, linked: inout Set<Int>, work: inout Int) -> [(range: Range<String.Index>, entry: Int)] {
        let characters = Array(text)
        guard !characters.isEmpty else { return [] }
        let lowered = characters.map(Self.lowercased)
        let tokens = zip(characters, lowered).map(PhraseTrie.token)
        // Character offsets back to String indices.
        var indices: [String.Index] = []
        indices.reserveCapacity(characters.count + 1)
        var index = text.startIndex
        while index < text.endIndex {
            indices.append(index)
            index = text.index(after: index)
        }
        indices.append(text.endIndex)

        var found: [(range: Range<String.Index>, entry: Int)] = []
        var start = 0
        while start < characters.count, linked.count < glossary.entries.count {
            if Self.isWordCharacter(characters[start]), Self.isBoundary(before: start, in: characters) {
                if let phrase = longestPhrase(at: start, characters: characters, lowered: lowered, tokens: tokens, work: &work) {
                    let end = start + phrase.characters.count
                    if linked.insert(phrase.entry).inserted {
                        found.append((indices[start]..<indices[end], phrase.entry))
                    }
                    start = end
                    continue
                }
            }
            start += 1
        }
        return found
    }

    private func longestPhrase(at start: Int, characters: [Character], lowered: [String], tokens: [String], work: inout Int) -> Phrase? {
        for number in trie.candidates(tokens, from: start) {
            work += 1
            let phrase = phrases[number]
            let end = start + phrase.characters.count
            guard end <= characters.count else { continue }
            guard Self.isBoundary(before: end, in: characters) else { continue }
            var matches = true
            for offset in 0..<phrase.characters.count {
                let wanted = phrase.characters[offset]
                let found = characters[start + offset]
                if wanted == found || (wanted.isWhitespaceQuick && found.isWhitespaceQuick) { continue }
                if phrase.caseSensitive || phrase.lowered[offset] != lowered[start + offset] {
                    matches = false
                    break
                }
            }
            if matches { return phrase }
        }
        return nil
    }

    /// Letters and digits make up words. (ASCII answered without Unicode's
    /// tables: asked of every character of every paragraph, they were a third
    /// of a build on a site whose paragraphs use glossary terms.)
    static func isWordCharacter(_ character: Character) -> Bool {
        character.isLetterQuick || character.isNumberQuick || character == "_"
    }

    /// `String(character).lowercased()`, with one-byte ASCII characters from a table.
    static func lowercased(_ character: Character) -> String {
        let bytes = character.utf8
        if bytes.count == 1, let byte = bytes.first, byte < 0x80 { return asciiLowercased[Int(byte)] }
        return String(character).lowercased()
    }

    private static let asciiLowercased: [String] = (0..<128).map { String(Character(Unicode.Scalar(UInt8($0)))).lowercased() }

    /// True when a word can start or end between `characters[offset - 1]`
    /// and `characters[offset]`. A hyphen between two word characters joins
    /// them into one word, so "gene" is not found in "gene-based", nor
    /// "genetic testing" in "non-genetic testing".
    static func isBoundary(before offset: Int, in characters: [Character]) -> Bool {
        let left = offset > 0 ? characters[offset - 1] : nil
        let right = offset < characters.count ? characters[offset] : nil
        guard let left, let right else { return true }
        if isWordCharacter(left) && isWordCharacter(right) { return false }
        if isHyphen(right), isWordCharacter(left), offset + 1 < characters.count, isWordCharacter(characters[offset + 1]) {
            return false
        }
        if isHyphen(left), isWordCharacter(right), offset >= 2, isWordCharacter(characters[offset - 2]) {
            return false
        }
        return true
    }

    /// `-`, U+2010 hyphen or U+2011 non-breaking hyphen. (Compared, not
    /// looked up in a Set: hashing the Character at every word's edge was a
    /// twelfth of a build on a site whose pages use many glossary terms.)
    static func isHyphen(_ character: Character) -> Bool {
        if let ascii = character.quickASCII { return ascii == UInt8(ascii: "-") }
        return character == "\u{2010}" || character == "\u{2011}"
    }
}
