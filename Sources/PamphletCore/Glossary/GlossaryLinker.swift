import PamphletMarkdown

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
    /// The same phrases by their first character, lowercased: only these are tried at a position.
    let phrasesByFirst: [String: [Phrase]]

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
        phrasesByFirst = Dictionary(grouping: sorted) { $0.lowered[0] }
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
    func link(_ document: MarkdownDocument, page: Page, reservedIDs: Set<String>) -> [GlossaryMention] {
        guard !phrases.isEmpty, !isGlossaryPage(page) else { return [] }
        document.consolidateTextNodes()
        var usedIDs: [String: Int] = ["main": 0]
        for id in reservedIDs { usedIDs[id] = 0 }
        var linked: Set<Int> = []
        var mentions: [GlossaryMention] = []
        for node in document.textNodes(excluding: Self.excludedKinds) {
            guard linked.count < glossary.entries.count else { break }
            var current: MarkdownNode? = node
            // Each pass links at most one phrase, then goes on with the text after it.
            while let textNode = current, let literal = textNode.literal {
                guard let match = firstMatch(in: literal, skipping: linked) else { break }
                let entry = glossary.entries[match.entry]
                let elementID = MarkdownRenderer.uniqueID("term-" + entry.id, used: &usedIDs)
                let hasTextAfter = match.range.upperBound < literal.endIndex
                guard let isolated = document.isolate(match.range, in: textNode) else { break }
                document.wrapInline(isolated, before: openingHTML(entry, elementID: elementID), after: closingHTML(entry, elementID: elementID))
                linked.insert(match.entry)
                mentions.append(GlossaryMention(entry: match.entry, term: entry.term, text: String(literal[match.range]), elementID: elementID))
                // isolate leaves the text after the match as the wrapper's next sibling.
                current = hasTextAfter ? isolated.parent?.next : nil
            }
        }
        return mentions
    }

    func openingHTML(_ entry: GlossaryEntry, elementID: String) -> String {
        let href = HTMLEscaping.escape(glossaryURL + "#" + entry.id)
        return "<span class=\"term\"><a class=\"term__link\" href=\"\(href)\" aria-describedby=\"\(HTMLEscaping.escape(elementID))\">"
    }

    func closingHTML(_ entry: GlossaryEntry, elementID: String) -> String {
        "</a><span class=\"term__definition\" role=\"tooltip\" id=\"\(HTMLEscaping.escape(elementID))\">"
            + HTMLEscaping.escape(entry.definition) + "</span></span>"
    }

    /// The leftmost mention of a not-yet-linked term in `text`, at word
    /// boundaries. A longer phrase of an already-linked term still claims
    /// its words, so "gene therapy" mentioned twice never links "gene".
    func firstMatch(in text: String, skipping linked: Set<Int>) -> (range: Range<String.Index>, entry: Int)? {
        let characters = Array(text)
        guard !characters.isEmpty else { return nil }
        let lowered = characters.map { String($0).lowercased() }
        // Character offsets back to String indices.
        var indices: [String.Index] = []
        indices.reserveCapacity(characters.count + 1)
        var index = text.startIndex
        while index < text.endIndex {
            indices.append(index)
            index = text.index(after: index)
        }
        indices.append(text.endIndex)

        var start = 0
        while start < characters.count {
            if Self.isWordCharacter(characters[start]), Self.isBoundary(before: start, in: characters) {
                if let phrase = longestPhrase(at: start, characters: characters, lowered: lowered) {
                    let end = start + phrase.characters.count
                    if !linked.contains(phrase.entry) {
                        return (indices[start]..<indices[end], phrase.entry)
                    }
                    start = end
                    continue
                }
            }
            start += 1
        }
        return nil
    }

    private func longestPhrase(at start: Int, characters: [Character], lowered: [String]) -> Phrase? {
        // Dictionary(grouping:) keeps the longest-first order within each group.
        for phrase in phrasesByFirst[lowered[start]] ?? [] {
            let end = start + phrase.characters.count
            guard end <= characters.count else { continue }
            guard Self.isBoundary(before: end, in: characters) else { continue }
            var matches = true
            for offset in 0..<phrase.characters.count {
                let wanted = phrase.characters[offset]
                let found = characters[start + offset]
                if wanted == found || (wanted.isWhitespace && found.isWhitespace) { continue }
                if phrase.caseSensitive || phrase.lowered[offset] != lowered[start + offset] {
                    matches = false
                    break
                }
            }
            if matches { return phrase }
        }
        return nil
    }

    /// Letters and digits make up words.
    static func isWordCharacter(_ character: Character) -> Bool {
        character.isLetter || character.isNumber || character == "_"
    }

    /// True when a word can start or end between `characters[offset - 1]`
    /// and `characters[offset]`. A hyphen between two word characters joins
    /// them into one word, so "gene" is not found in "gene-based", nor
    /// "genetic testing" in "non-genetic testing".
    static func isBoundary(before offset: Int, in characters: [Character]) -> Bool {
        let left = offset > 0 ? characters[offset - 1] : nil
        let right = offset < characters.count ? characters[offset] : nil
        guard let left, let right else { return true }
        if isWordCharacter(left) && isWordCharacter(right) { return false }
        if Self.hyphens.contains(right), isWordCharacter(left), offset + 1 < characters.count, isWordCharacter(characters[offset + 1]) {
            return false
        }
        if Self.hyphens.contains(left), isWordCharacter(right), offset >= 2, isWordCharacter(characters[offset - 2]) {
            return false
        }
        return true
    }

    static let hyphens: Set<Character> = ["-", "\u{2010}", "\u{2011}"]
}
