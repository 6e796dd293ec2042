import PamphletReadability

/// The glossary's phrases as bytes, for text that is all ASCII (most
/// paragraphs): the same matches as `GlossaryLinker`'s Character path,
/// without making an Array of Characters, a String per character and a
/// String.Index per character of every text node (that was half of a build
/// on a site whose pages use glossary terms).
///
/// In text that is all ASCII and has no "\r" (so no "\r\n" Character), each
/// byte is one Character, and ASCII characters are equal only when their
/// bytes are; so the rules are those of the Character path, byte for byte.
struct ASCIIPhraseMatcher: Sendable {
    /// What a byte is, from the Character path's own answers.
    private static let word: UInt8 = 1, whitespace: UInt8 = 2, hyphen: UInt8 = 4
    private static let classes: [UInt8] = (0..<128).map { byte in
        let character = Character(Unicode.Scalar(UInt8(byte)))
        var kind: UInt8 = 0
        if GlossaryLinker.isWordCharacter(character) { kind |= word }
        if character.isWhitespaceQuick { kind |= whitespace }
        if GlossaryLinker.isHyphen(character) { kind |= hyphen }
        return kind
    }
    private static let lowered: [UInt8] = (0..<128).map { byte in
        GlossaryLinker.lowercased(Character(Unicode.Scalar(UInt8(byte)))).utf8.first!
    }

    private struct Phrase: Sendable {
        var bytes: [UInt8]
        var entry: Int
        var caseSensitive: Bool
    }

    /// In the linker's order (longest first), or nil where a phrase can never match ASCII text.
    private var phrases: [Phrase?] = []
    /// The trie of `PhraseTrie` with byte tokens: a child by `node << 7 | token`.
    private var children = TrieChildren()
    /// The root's children by token (0: none), to pass over words no phrase starts with at once.
    private var rootChildren = [Int32](repeating: 0, count: 128)
    /// The node after two tokens, by `first << 7 | second` (0: none): most
    /// words that start like a phrase part from it at their second letter,
    /// and this answers without hashing.
    private var secondChildren = [Int32](repeating: 0, count: 128 * 128)
    private var ending: [[Int]] = [[]]
    /// Whether any phrase ends at each node (`ending[node]` is not empty).
    private var ends: [Bool] = [false]

    /// Nil when a phrase that is not plain ASCII could still match ASCII
    /// text (a Kelvin sign equals "K"; a no-break space matches a space):
    /// then every text takes the Character path.
    init?(phrases linkerPhrases: [GlossaryLinker.Phrase]) {
        for (number, phrase) in linkerPhrases.enumerated() {
            let bytes = phrase.characters.map { character -> UInt8? in
                let utf8 = character.utf8
                guard utf8.count == 1, let byte = utf8.first, byte < 0x80, byte != 0x0D else { return nil }
                return byte
            }
            guard bytes.allSatisfy({ $0 != nil }) else {
                if Self.couldMatchASCII(phrase) { return nil }
                phrases.append(nil)
                continue
            }
            let plain = bytes.map { $0! }
            phrases.append(Phrase(bytes: plain, entry: phrase.entry, caseSensitive: phrase.caseSensitive))
            insert(plain.map(Self.token), phrase: number)
        }
    }

    /// True unless some character of the phrase matches no ASCII character
    /// by the Character path's rules (equal, both whitespace, or equal
    /// lowercased in a phrase of any case).
    private static func couldMatchASCII(_ phrase: GlossaryLinker.Phrase) -> Bool {
        for (character, lowered) in zip(phrase.characters, phrase.lowered) {
            let matchesSome = (0..<128).contains { byte in
                let ascii = Character(Unicode.Scalar(UInt8(byte)))
                return ascii == character || (ascii.isWhitespaceQuick && character.isWhitespaceQuick)
                    || (!phrase.caseSensitive && GlossaryLinker.lowercased(ascii) == lowered)
            }
            if !matchesSome { return false }
        }
        return true
    }

    private static func token(_ byte: UInt8) -> UInt8 {
        classes[Int(byte)] & whitespace != 0 ? 0x20 : lowered[Int(byte)]
    }

    private mutating func insert(_ tokens: [UInt8], phrase: Int) {
        var node = 0
        for (depth, token) in tokens.enumerated() {
            let key = node << 7 | Int(token)
            if let next = children.child(key) {
                node = next
            } else {
                ending.append([])
                ends.append(false)
                let next = ending.count - 1
                children.insert(key, next)
                if node == 0 { rootChildren[Int(token)] = Int32(next) }
                if depth == 1 { secondChildren[Int(tokens[0]) << 7 | Int(token)] = Int32(next) }
                node = next
            }
        }
        ending[node].append(phrase)
        ends[node] = true
    }

    /// The matches in `text` as byte offsets, as `GlossaryLinker.matches`
    /// finds them; nil when the text is not all ASCII or has a "\r".
    func matches(in text: UnsafeBufferPointer<UInt8>, entryCount: Int, linked: inout Set<Int>, work: inout Int) -> [(start: Int, end: Int, entry: Int)]? {
        guard text.isPlainASCII else { return nil }
        var found: [(start: Int, end: Int, entry: Int)] = []
        var nodes: [Int] = []
        // The tables once, not through a lazy global's check at every byte.
        let tables = Tables(classes: Self.classes, tokens: Self.tokens, lowered: Self.lowered)
        tables.classes.withUnsafeBufferPointer { classes in
            var start = 0
            while start < text.count, linked.count < entryCount {
                let byte = text[start]
                guard classes[Int(byte)] & Self.word != 0 else {
                    start += 1
                    continue
                }
                // Inside a word (a word byte before this one) is never a boundary: only a word's first byte is asked.
                if start == 0 || classes[Int(text[start - 1])] & Self.word == 0,
                   rootChildren[Int(tables.tokens[Int(byte)])] != 0,
                   Self.isBoundary(before: start, in: text, classes: tables.classes),
                   let phrase = longestPhrase(at: start, in: text, nodes: &nodes, tables: tables, work: &work) {
                    let end = start + phrase.bytes.count
                    if linked.insert(phrase.entry).inserted {
                        found.append((start, end, phrase.entry))
                    }
                    start = end
                    continue
                }
                // The rest of the word, at once.
                start += 1
                while start < text.count, classes[Int(text[start])] & Self.word != 0 { start += 1 }
            }
        }
        return found
    }

    /// The byte tables `matches` reads, held by one caller.
    private struct Tables {
        let classes: [UInt8]
        let tokens: [UInt8]
        let lowered: [UInt8]
    }

    /// Each byte's token (see `token`).
    private static let tokens: [UInt8] = (0..<128).map { token(UInt8($0)) }

    private func longestPhrase(at start: Int, in text: UnsafeBufferPointer<UInt8>, nodes: inout [Int], tables: Tables, work: inout Int) -> Phrase? {
        nodes.removeAll(keepingCapacity: true)
        // The first two tokens from tables, the rest from the hash table.
        var node = Int(rootChildren[Int(tables.tokens[Int(text[start])])])
        var offset = start + 1
        if ends[node] { nodes.append(node) }
        if offset < text.count {
            let second = Int(secondChildren[Int(tables.tokens[Int(text[start])]) << 7 | Int(tables.tokens[Int(text[offset])])])
            if second != 0 {
                node = second
                offset += 1
                if ends[node] { nodes.append(node) }
                while offset < text.count, let next = children.child(node << 7 | Int(tables.tokens[Int(text[offset])])) {
                    node = next
                    offset += 1
                    if ends[node] { nodes.append(node) }
                }
            }
        }
        for node in nodes.reversed() {
            for number in ending[node] {
                work += 1
                guard let phrase = phrases[number] else { continue }
                let end = start + phrase.bytes.count
                guard end <= text.count, Self.isBoundary(before: end, in: text, classes: tables.classes) else { continue }
                var matches = true
                for offset in 0..<phrase.bytes.count {
                    let wanted = phrase.bytes[offset]
                    let found = text[start + offset]
                    if wanted == found || (tables.classes[Int(wanted)] & tables.classes[Int(found)] & Self.whitespace != 0) { continue }
                    if phrase.caseSensitive || tables.lowered[Int(wanted)] != tables.lowered[Int(found)] {
                        matches = false
                        break
                    }
                }
                if matches { return phrase }
            }
        }
        return nil
    }

    /// `GlossaryLinker.isBoundary` on bytes.
    private static func isBoundary(before offset: Int, in text: UnsafeBufferPointer<UInt8>, classes: [UInt8]) -> Bool {
        guard offset > 0, offset < text.count else { return true }
        let left = classes[Int(text[offset - 1])], right = classes[Int(text[offset])]
        if left & word != 0 && right & word != 0 { return false }
        if right & hyphen != 0, left & word != 0, offset + 1 < text.count, classes[Int(text[offset + 1])] & word != 0 {
            return false
        }
        if left & hyphen != 0, right & word != 0, offset >= 2, classes[Int(text[offset - 2])] & word != 0 {
            return false
        }
        return true
    }
}

/// The trie's children by `node << 7 | token`: open addressing on plain
/// integers (a Dictionary hashed each key with SipHash, most of the time
/// spent walking the trie).
private struct TrieChildren: Sendable {
    private var keys = [Int](repeating: -1, count: 64)
    private var values = [Int32](repeating: 0, count: 64)
    private var count = 0

    func child(_ key: Int) -> Int? {
        let mask = keys.count - 1
        var slot = Self.slot(key, mask: mask)
        while true {
            let here = keys[slot]
            if here == key { return Int(values[slot]) }
            if here < 0 { return nil }
            slot = (slot + 1) & mask
        }
    }

    mutating func insert(_ key: Int, _ value: Int) {
        if (count + 1) * 2 > keys.count { grow() }
        let mask = keys.count - 1
        var slot = Self.slot(key, mask: mask)
        while keys[slot] >= 0 { slot = (slot + 1) & mask }
        keys[slot] = key
        values[slot] = Int32(value)
        count += 1
    }

    private mutating func grow() {
        let old = (keys, values)
        keys = [Int](repeating: -1, count: old.0.count * 2)
        values = [Int32](repeating: 0, count: old.0.count * 2)
        count = 0
        for (key, value) in zip(old.0, old.1) where key >= 0 { insert(key, Int(value)) }
    }

    @inline(__always)
    private static func slot(_ key: Int, mask: Int) -> Int {
        Int(truncatingIfNeeded: (UInt64(bitPattern: Int64(key)) &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }
}
