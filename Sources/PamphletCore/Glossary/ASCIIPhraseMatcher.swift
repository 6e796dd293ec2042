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

    /// Each byte's token (see `token`).
    private static let tokens: [UInt8] = (0..<128).map { token(UInt8($0)) }

    /// The tables `matches` reads (one reference: the linker copies the matcher for every text).
    private let frozen: Frozen

    /// Nil when a phrase that is not plain ASCII could still match ASCII
    /// text (a Kelvin sign equals "K"; a no-break space matches a space):
    /// then every text takes the Character path.
    init?(phrases linkerPhrases: [GlossaryLinker.Phrase]) {
        // In the linker's order (longest first), or nil where a phrase can never match ASCII text.
        var phrases: [(bytes: [UInt8], entry: Int, caseSensitive: Bool)?] = []
        var trie = ByteTrie()
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
            phrases.append((plain, phrase.entry, phrase.caseSensitive))
            trie.insert(plain.map(Self.token), phrase: number)
        }
        frozen = Frozen(classes: Self.classes, tokens: Self.tokens, lowered: Self.lowered, trie: trie, phrases: phrases)
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

    /// The matches in `text` as byte offsets, as `GlossaryLinker.matches`
    /// finds them; nil when the text is not all ASCII or has a "\r".
    func matches(in text: UnsafeBufferPointer<UInt8>, entryCount: Int, linked: inout Set<Int>, work: inout Int) -> [(start: Int, end: Int, entry: Int)]? {
        guard text.isPlainASCII else { return nil }
        var found: [(start: Int, end: Int, entry: Int)] = []
        guard let bytes = text.baseAddress, linked.count < entryCount else { return found }
        let count = text.count
        let tables: Frozen = frozen
        let classes = tables.classes
        var nodes: [Int32] = []
        var start = 0
        while start < count {
            let byte = bytes[start]
            guard classes[Int(byte)] & Self.word != 0 else {
                start += 1
                continue
            }
            // Inside a word (a word byte before this one) is never a boundary: only a word's first byte is asked.
            // Most words start no phrase: the tables of the first two tokens say so before anything else is asked.
            if start == 0 || classes[Int(bytes[start - 1])] & Self.word == 0,
               tables.canStartPhrase(at: start, in: bytes, count: count),
               Self.isBoundary(before: start, in: bytes, count: count, classes: classes),
               let phrase = longestPhrase(at: start, in: bytes, count: count, nodes: &nodes, tables: tables, work: &work) {
                let end = start + Int(tables.phraseLengths[phrase])
                let entry = Int(tables.phraseEntries[phrase])
                if linked.insert(entry).inserted {
                    found.append((start, end, entry))
                    if linked.count >= entryCount { break }
                }
                start = end
                continue
            }
            // The rest of the word, at once.
            start += 1
            while start < count, classes[Int(bytes[start])] & Self.word != 0 { start += 1 }
        }
        return found
    }

    /// The number of the longest phrase that matches at `start` (a word's first byte), or nil.
    private func longestPhrase(
        at start: Int, in text: UnsafePointer<UInt8>, count: Int, nodes: inout [Int32], tables: Frozen, work: inout Int
    ) -> Int? {
        let tokens = tables.tokens, classes = tables.classes, lowered = tables.lowered
        nodes.removeAll(keepingCapacity: true)
        // The first two tokens from tables, the rest from the hash table.
        let first = Int(tokens[Int(text[start])])
        var node = tables.rootChildren[first]
        var offset = start + 1
        if tables.ends[Int(node)] { nodes.append(node) }
        if offset < count {
            let second = tables.secondChildren[first << 7 | Int(tokens[Int(text[offset])])]
            if second != 0 {
                node = second
                offset += 1
                if tables.ends[Int(node)] { nodes.append(node) }
                while offset < count, let next = tables.child(node, token: tokens[Int(text[offset])]) {
                    node = next
                    offset += 1
                    if tables.ends[Int(node)] { nodes.append(node) }
                }
            }
        }
        for node in nodes.reversed() {
            for index in Int(tables.endingStarts[Int(node)])..<Int(tables.endingStarts[Int(node) + 1]) {
                work += 1
                let number = Int(tables.endingPhrases[index])
                let length = Int(tables.phraseLengths[number])
                guard length > 0 else { continue }
                let end = start + length
                guard end <= count, Self.isBoundary(before: end, in: text, count: count, classes: classes) else { continue }
                let wanted = tables.phraseBytes + Int(tables.phraseStarts[number])
                let caseSensitive = tables.phraseCaseSensitive[number]
                var matches = true
                for offset in 0..<length {
                    let want = wanted[offset]
                    let found = text[start + offset]
                    if want == found || (classes[Int(want)] & classes[Int(found)] & Self.whitespace != 0) { continue }
                    if caseSensitive || lowered[Int(want)] != lowered[Int(found)] {
                        matches = false
                        break
                    }
                }
                if matches { return number }
            }
        }
        return nil
    }

    /// `GlossaryLinker.isBoundary` on bytes.
    private static func isBoundary(before offset: Int, in text: UnsafePointer<UInt8>, count: Int, classes: UnsafePointer<UInt8>) -> Bool {
        guard offset > 0, offset < count else { return true }
        let left = classes[Int(text[offset - 1])], right = classes[Int(text[offset])]
        if left & word != 0 && right & word != 0 { return false }
        if right & hyphen != 0, left & word != 0, offset + 1 < count, classes[Int(text[offset + 1])] & word != 0 {
            return false
        }
        if left & hyphen != 0, right & word != 0, offset >= 2, classes[Int(text[offset - 2])] & word != 0 {
            return false
        }
        return true
    }
}

/// The trie of `PhraseTrie` with byte tokens, as `init` builds it.
private struct ByteTrie {
    /// A child by `node << 7 | token`.
    var children = TrieChildren()
    /// The root's children by token (0: none), to pass over words no phrase starts with at once.
    var rootChildren = [Int32](repeating: 0, count: 128)
    /// The node after two tokens, by `first << 7 | second` (0: none): most
    /// words that start like a phrase part from it at their second letter,
    /// and this answers without hashing.
    var secondChildren = [Int32](repeating: 0, count: 128 * 128)
    var ending: [[Int]] = [[]]
    /// Whether any phrase ends at each node (`ending[node]` is not empty).
    var ends: [Bool] = [false]

    mutating func insert(_ tokens: [UInt8], phrase: Int) {
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

}

/// The matcher's tables copied out of their Arrays once it is built, and
/// read through pointers: `matches` runs over every byte of every text of
/// every page, where an Array's bounds check at each read and its retain at
/// each call showed in profiles. Never changed after `init`.
private final class Frozen: @unchecked Sendable {
    let classes: UnsafePointer<UInt8>, tokens: UnsafePointer<UInt8>, lowered: UnsafePointer<UInt8>
    let rootChildren: UnsafePointer<Int32>, secondChildren: UnsafePointer<Int32>
    /// Whether the root's child by a token is the end of a phrase (a one-letter phrase such as "A").
    let rootEnds: UnsafePointer<Bool>
    let ends: UnsafePointer<Bool>
    /// The phrases ending at node `n` are `endingPhrases[endingStarts[n]..<endingStarts[n + 1]]`.
    let endingStarts: UnsafePointer<Int32>, endingPhrases: UnsafePointer<Int32>
    /// Phrase `p`'s bytes are `phraseBytes[phraseStarts[p]...]`, `phraseLengths[p]` of them (0: the phrase never matches ASCII).
    let phraseBytes: UnsafePointer<UInt8>, phraseStarts: UnsafePointer<Int32>, phraseLengths: UnsafePointer<Int32>
    let phraseEntries: UnsafePointer<Int32>, phraseCaseSensitive: UnsafePointer<Bool>
    let childKeys: UnsafePointer<Int>, childValues: UnsafePointer<Int32>, childMask: Int
    /// The tokens node `n` has a child by, as 128 bits at `childTokens[2 * n]`: most words part
    /// from the trie after a few letters, and a bit answers that before the hash table is asked.
    let childTokens: UnsafePointer<UInt64>
    private var allocations: [UnsafeMutableRawPointer] = []

    init(classes: [UInt8], tokens: [UInt8], lowered: [UInt8], trie: ByteTrie, phrases: [(bytes: [UInt8], entry: Int, caseSensitive: Bool)?]) {
        let rootChildren = trie.rootChildren, ends = trie.ends, ending = trie.ending, children = trie.children
        var allocations: [UnsafeMutableRawPointer] = []
        func copy<Element>(_ array: [Element]) -> UnsafePointer<Element> {
            let buffer = UnsafeMutableBufferPointer<Element>.allocate(capacity: max(array.count, 1))
            _ = buffer.initialize(from: array)
            allocations.append(UnsafeMutableRawPointer(buffer.baseAddress!))
            return UnsafePointer(buffer.baseAddress!)
        }
        self.classes = copy(classes)
        self.tokens = copy(tokens)
        self.lowered = copy(lowered)
        self.rootChildren = copy(rootChildren)
        self.secondChildren = copy(trie.secondChildren)
        self.rootEnds = copy(rootChildren.map { ends[Int($0)] && $0 != 0 })
        self.ends = copy(ends)
        var starts: [Int32] = [0], list: [Int32] = []
        for numbers in ending {
            list += numbers.map { Int32($0) }
            starts.append(Int32(list.count))
        }
        endingStarts = copy(starts)
        endingPhrases = copy(list)
        var bytes: [UInt8] = [], phraseStarts: [Int32] = [], lengths: [Int32] = [], entries: [Int32] = [], caseSensitive: [Bool] = []
        for phrase in phrases {
            phraseStarts.append(Int32(bytes.count))
            bytes += phrase?.bytes ?? []
            lengths.append(Int32(phrase?.bytes.count ?? 0))
            entries.append(Int32(phrase?.entry ?? 0))
            caseSensitive.append(phrase?.caseSensitive ?? false)
        }
        phraseBytes = copy(bytes)
        self.phraseStarts = copy(phraseStarts)
        phraseLengths = copy(lengths)
        phraseEntries = copy(entries)
        phraseCaseSensitive = copy(caseSensitive)
        childKeys = copy(children.keys)
        childValues = copy(children.values)
        childMask = children.keys.count - 1
        var masks = [UInt64](repeating: 0, count: 2 * ends.count)
        for key in children.keys where key >= 0 {
            let token = key & 0x7F
            masks[2 * (key >> 7) + (token >> 6)] |= 1 << UInt64(token & 63)
        }
        childTokens = copy(masks)
        self.allocations = allocations
    }

    deinit {
        for pointer in allocations { pointer.deallocate() }
    }

    /// Whether a phrase can start with the word at `start`: its first token
    /// is a one-letter phrase, or its first two tokens start one.
    @inline(__always)
    func canStartPhrase(at start: Int, in text: UnsafePointer<UInt8>, count: Int) -> Bool {
        let first = Int(tokens[Int(text[start])])
        if rootEnds[first] { return true }
        guard start + 1 < count, rootChildren[first] != 0 else { return false }
        let second = secondChildren[first << 7 | Int(tokens[Int(text[start + 1])])]
        guard second != 0 else { return false }
        if ends[Int(second)] { return true }
        return start + 2 < count && hasChild(second, token: tokens[Int(text[start + 2])])
    }

    @inline(__always)
    func hasChild(_ node: Int32, token: UInt8) -> Bool {
        childTokens[2 * Int(node) + Int(token >> 6)] & (1 << UInt64(token & 63)) != 0
    }

    /// `TrieChildren.child`, on the copied table.
    @inline(__always)
    func child(_ node: Int32, token: UInt8) -> Int32? {
        guard hasChild(node, token: token) else { return nil }
        let key = Int(node) << 7 | Int(token)
        var slot = TrieChildren.slot(key, mask: childMask)
        while true {
            let here = childKeys[slot]
            if here == key { return childValues[slot] }
            if here < 0 { return nil }
            slot = (slot + 1) & childMask
        }
    }
}

/// The trie's children by `node << 7 | token`: open addressing on plain
/// integers (a Dictionary hashed each key with SipHash, most of the time
/// spent walking the trie).
private struct TrieChildren: Sendable {
    private(set) var keys = [Int](repeating: -1, count: 64)
    private(set) var values = [Int32](repeating: 0, count: 64)
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
    static func slot(_ key: Int, mask: Int) -> Int {
        Int(truncatingIfNeeded: (UInt64(bitPattern: Int64(key)) &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }
}
