/// Splits prose into sentences and sentences into words.
///
/// A sentence ends at `.`, `!` or `?` (a run of them, like "?!"), optionally
/// followed by closing quotes or brackets, when what follows is the end of
/// the text, or whitespace and then an uppercase letter, a digit, an
/// opening quote or bracket, or Spanish "¿" or "¡". It does not end:
/// - after a known abbreviation ("Dr.", "e.g.", "U.S.", "Jan.", "approx.";
///   "No." only before a number), or a single capital initial ("J. Smith");
/// - inside a number ("2.5 mg": no whitespace after the point);
/// - at an ellipsis ("..." or "…"), which never ends a sentence except at
///   the end of the text.
/// Whatever is left after the last end is a sentence too, so a heading or a
/// list item without a final period is one sentence. Sentences never run
/// across blocks. A sentence without a word ("—") is dropped.
///
/// "Character" here is Swift's `Character`, and "\r\n" is one line break.
/// The rules run on the text's bytes cut into `TextCluster`s
/// (`ClusterScanner`), so that only the words and sentences that are kept
/// become Strings.
enum SentenceSplitter {
    struct Sentence: Equatable {
        /// The sentence, with its whitespace runs (newlines included) collapsed to one space.
        var text: String
        /// The source line where it starts.
        var line: Int
    }

    /// Abbreviations (lowercase, without their final period) after which a
    /// period does not end a sentence.
    static let abbreviations: Set<String> = [
        "dr", "mr", "mrs", "ms", "prof", "st", "vs", "etc", "e.g", "i.e", "u.s", "u.k", "a.m", "p.m",
        "approx", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "jr", "sr", "fig", "cf", "al", "inc", "ltd", "co", "dept", "est", "min", "max", "mt", "ave",
        "u.s.a", "n.b", "ph.d", "b.a", "m.d", "r.n", "hosp", "tel", "ext", "wt", "ht", "temp",
    ]

    /// The sentences of one block, with their source lines.
    static func sentences(in block: ProseBlock) -> [Sentence] {
        sentences(in: block.text, firstLine: block.line)
    }

    static func sentences(in text: String, firstLine: Int) -> [Sentence] {
        var copy = text
        return copy.withUTF8 { bytes in
            withClusters(bytes, of: text) { clusters in
                var result: [Sentence] = []
                forEachSentence(bytes, clusters, firstLine: firstLine) { first, end, line in
                    var found = false
                    forEachWord(clusters, first..<end, asCollapsed: true) { _ in found = true }
                    if found {
                        result.append(Sentence(text: collapsed(text, bytes: clusters.start(first)..<clusters.start(end)), line: line))
                    }
                }
                return result
            }
        }
    }

    /// Calls `body` with the characters of `bytes` (the UTF-8 of `text`):
    /// read from the bytes as they are when they are plain ASCII, else cut by `ClusterScanner`.
    static func withClusters<R>(
        _ bytes: UnsafeBufferPointer<UInt8>, of text: String, _ body: (any TextClusters) -> R
    ) -> R {
        if ClusterScanner.isPlainASCII(bytes) { return PlainASCIIClusters.with(bytes) { body($0) } }
        var clusters: [TextCluster] = []
        let count = ClusterScanner.scan(bytes, of: text[...], into: &clusters).count
        return clusters.withUnsafeBufferPointer { all in body(UnsafeBufferPointer(rebasing: all[..<count])) }
    }

    /// The words of a sentence: runs of letters and digits, with inner
    /// apostrophes or hyphens ("don't", "follow-up"). Two extensions: a
    /// period or comma between digits stays inside the word ("2.5", "1,000"),
    /// and so does a period after a single letter followed by a letter
    /// ("e.g", "U.S").
    static func words(in text: String) -> [String] {
        var copy = text
        return copy.withUTF8 { bytes in
            withClusters(bytes, of: text) { clusters in
                var result: [String] = []
                forEachWord(clusters, 0..<clusters.characterCount, asCollapsed: false) { range in
                    result.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self))
                }
                return result
            }
        }
    }

    /// `text[bytes]` with its whitespace runs collapsed to one space, and none at either end.
    static func collapsed(_ text: String, bytes: Range<Int>) -> String {
        var copy = text
        let ascii = copy.withUTF8 { all -> String? in
            let raw = UnsafeBufferPointer(rebasing: all[bytes])
            guard !raw.contains(where: { $0 >= 0x80 }) else { return nil }
            // ASCII: a character is a byte ("\r\n" is whitespace as its bytes are).
            var result: [UInt8] = []
            result.reserveCapacity(raw.count)
            var space = false
            for b in raw {
                if b == 0x20 || (b >= 0x09 && b <= 0x0D) {
                    space = !result.isEmpty
                } else {
                    if space { result.append(0x20) }
                    space = false
                    result.append(b)
                }
            }
            return String(decoding: result, as: UTF8.self)
        }
        if let ascii { return ascii }
        let utf8 = text.utf8
        let raw = text[utf8.index(utf8.startIndex, offsetBy: bytes.lowerBound)..<utf8.index(utf8.startIndex, offsetBy: bytes.upperBound)]
        return raw.split(whereSeparator: { $0.isWhitespaceQuick }).joined(separator: " ")
    }

    /// Calls `body` with each sentence of a text's characters: its first
    /// character after leading whitespace, its end, and the line of that first character.
    /// Sentences without a word are passed too: `forEachWord` finds none in them.
    @inline(__always)
    static func forEachSentence<Chars: TextClusters>(
        _ bytes: UnsafeBufferPointer<UInt8>, _ chars: Chars, firstLine: Int,
        _ body: (_ first: Int, _ end: Int, _ line: Int) -> Void
    ) {
        let n = chars.characterCount
        var start = 0
        var line = firstLine          // line of chars[i] while scanning
        var startLine = firstLine     // line of chars[start]

        func emit(_ end: Int) {
            // Skip leading whitespace, counting its newlines.
            var s = start
            var l = startLine
            while s < end, chars.flags(s).contains(.whitespace) {
                if chars.flags(s).contains(.newline) { l += 1 }
                s += 1
            }
            if s < end { body(s, end, l) }
        }

        var i = 0
        while i < n {
            // Most characters neither end a sentence nor a line.
            i = chars.nextStop(from: i, to: n)
            guard i < n else { break }
            let flags = chars.flags(i)
            if flags.contains(.sentenceEnd) {
                var j = i
                while j < n, chars.flags(j).contains(.sentenceEnd) { j += 1 }
                var k = j
                while k < n, chars.flags(k).contains(.closer) { k += 1 }
                var boundary = false
                if k == n {
                    boundary = true
                } else if chars.flags(k).contains(.whitespace) {
                    var m = k
                    while m < n, chars.flags(m).contains(.whitespace) { m += 1 }
                    if m == n {
                        boundary = true
                    } else {
                        let next = chars.flags(m)
                        let startsSentence = next.contains(.number) || next.contains(.opener) || isUppercase(m, bytes, chars)
                        let ellipsis = (i..<j).contains { chars.flags($0).contains(.ellipsis) }
                            || (j - i >= 3 && (i..<j).allSatisfy { chars.flags($0).contains(.period) })
                        boundary = startsSentence && !ellipsis
                        if boundary, j - i == 1, flags.contains(.period) {
                            boundary = !isAbbreviation(before: i, bytes, chars, nextIsNumber: next.contains(.number))
                        }
                    }
                }
                if boundary {
                    emit(k)
                    // Advance the line counter over the consumed characters.
                    for c in i..<k where chars.flags(c).contains(.newline) { line += 1 }
                    start = k
                    startLine = line
                    i = k
                    continue
                }
                for c in i..<j where chars.flags(c).contains(.newline) { line += 1 }
                i = j
                continue
            }
            if flags.contains(.newline) { line += 1 }
            i += 1
        }
        if start < n { emit(n) }
    }

    /// `Character.isUppercase` of chars[index].
    private static func isUppercase<Chars: TextClusters>(_ index: Int, _ bytes: UnsafeBufferPointer<UInt8>, _ chars: Chars) -> Bool {
        let flags = chars.flags(index)
        guard flags.contains(.caseNeedsCharacter) else { return flags.contains(.uppercase) }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[chars.start(index)..<chars.start(index + 1)]), as: UTF8.self)
        return text.first?.isUppercase ?? false
    }

    /// Is the period at `index` the end of an abbreviation or an initial?
    private static func isAbbreviation<Chars: TextClusters>(
        before index: Int, _ bytes: UnsafeBufferPointer<UInt8>, _ chars: Chars, nextIsNumber: Bool
    ) -> Bool {
        // The token before the period: letters and inner periods ("e.g", "U.S").
        var s = index
        while s > 0, chars.flags(s - 1).contains(.letter)
            || (chars.flags(s - 1).contains(.period) && s - 2 >= 0 && chars.flags(s - 2).contains(.letter)) {
            s -= 1
        }
        guard s < index else { return false }
        if let answer = asciiAbbreviation(UnsafeBufferPointer(rebasing: bytes[chars.start(s)..<chars.start(index)]), nextIsNumber: nextIsNumber) {
            return answer
        }
        let token = String(decoding: UnsafeBufferPointer(rebasing: bytes[chars.start(s)..<chars.start(index)]), as: UTF8.self)
        let lower = token.lowercased()
        if lower == "no" || lower == "nos" { return nextIsNumber }
        if abbreviations.contains(lower) { return true }
        // A single capital initial: "J. Smith".
        if token.count == 1, token.first!.isUppercase { return true }
        // Dotted initialisms not in the list: "A.B.C".
        // (`utf8.contains`: `contains(".")` on a String is Foundation's search, through NSString.)
        if token.utf8.contains(0x2E), token.split(separator: ".").allSatisfy({ $0.count == 1 }) { return true }
        return false
    }

    /// `abbreviations`, each packed into a number (see `packed`), sorted:
    /// found by halving, as a Set hashed each key (this runs at every period).
    private static let packedAbbreviations = abbreviations.compactMap { word in
        Array(word.utf8).withUnsafeBufferPointer { packed($0) }
    }.sorted()

    /// One bit per `filterSlot` of any packed abbreviation: most words
    /// before a period are none, and are told so by one bit, not by halving.
    private static let abbreviationFilter: [UInt64] = packedAbbreviations.reduce(into: Array(repeating: 0, count: 8)) { bits, key in
        let slot = filterSlot(key)
        bits[slot >> 6] |= 1 << UInt64(slot & 63)
    }

    @inline(__always)
    private static func filterSlot(_ key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 55)
    }

    static func isPackedAbbreviation(_ key: UInt64) -> Bool {
        let slot = filterSlot(key)
        guard abbreviationFilter.withUnsafeBufferPointer({ $0[slot >> 6] & (1 << UInt64(slot & 63)) != 0 }) else { return false }
        return isListedAbbreviation(key)
    }

    /// `isPackedAbbreviation` by halving the list alone (kept for the tests).
    static func isListedAbbreviation(_ key: UInt64) -> Bool {
        packedAbbreviations.withUnsafeBufferPointer { sorted in
            var low = 0, high = sorted.count
            while low < high {
                let middle = (low &+ high) >> 1
                if sorted[middle] < key { low = middle &+ 1 } else { high = middle }
            }
            return low < sorted.count && sorted[low] == key
        }
    }

    /// Up to eight ASCII bytes lowercased into one number, first byte lowest; nil when longer.
    @inline(__always)
    static func packed(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64? {
        guard bytes.count <= 8 else { return nil }
        var key: UInt64 = 0
        for (i, b) in bytes.enumerated() {
            key |= UInt64(b >= 0x41 && b <= 0x5A ? b | 0x20 : b) << (8 * UInt64(i))
        }
        return key
    }

    /// `isAbbreviation`'s rules on a token of ASCII letters and periods, read
    /// from its bytes without making a String (this runs at every sentence end);
    /// nil when the token is not ASCII.
    private static func asciiAbbreviation(_ token: UnsafeBufferPointer<UInt8>, nextIsNumber: Bool) -> Bool? {
        guard token.allSatisfy({ $0 < 0x80 }) else { return nil }
        if let key = packed(token) {
            if key == 0x6F6E || key == 0x736F6E { return nextIsNumber }   // "no", "nos"
            if isPackedAbbreviation(key) { return true }
        }
        // A single capital initial: "J. Smith".
        if token.count == 1 { return token[0] >= 0x41 && token[0] <= 0x5A }
        // Dotted initialisms not in the list: "A.B.C" (a period, and never two letters in a row).
        guard token.contains(0x2E) else { return false }
        for i in 1..<token.count where token[i] != 0x2E && token[i - 1] != 0x2E { return false }
        return true
    }

    /// Calls `body` with the bytes of each word in `chars[range]`.
    ///
    /// `asCollapsed` reads a sentence as its collapsed text, where every
    /// whitespace run is one space: a character that starts with a combining
    /// mark (possible after a line break or tab) joins that space there, so
    /// it is whitespace too.
    @inline(__always)
    static func forEachWord<Chars: TextClusters>(
        _ chars: Chars, _ range: Range<Int>, asCollapsed: Bool,
        _ body: (Range<Int>) -> Void
    ) {
        let n = range.upperBound
        @inline(__always) func flags(_ i: Int) -> TextCluster.Flags {
            let f = chars.flags(i)
            if Chars.mayHaveLeadingMarks, asCollapsed, f.contains(.leadingMark), i > range.lowerBound,
               chars.flags(i &- 1).contains(.whitespace) {
                return .whitespace
            }
            return f
        }
        @inline(__always) func isWordChar(_ f: TextCluster.Flags) -> Bool { !f.isDisjoint(with: [.letter, .number]) }
        // Runs of letters and digits read in tight loops (every character of every page is read here).
        var i = range.lowerBound
        while i < n {
            // Between words nothing joins.
            while i < n, !isWordChar(flags(i)) { i &+= 1 }
            guard i < n else { return }
            let wordStart = i
            // A run of letters and digits, then what ends it: a joiner, and another run, or the word's end.
            while true {
                let run = i
                i &+= 1
                while i < n, isWordChar(flags(i)) { i &+= 1 }
                guard i &+ 1 < n else { break }
                let c = flags(i)
                guard !c.isDisjoint(with: [.innerJoiner, .period, .comma]) else { break }
                let next = flags(i &+ 1)
                guard isWordChar(next) else { break }
                if !c.contains(.innerJoiner) {
                    let prev = flags(i &- 1)
                    let inNumber = prev.contains(.number) && next.contains(.number)
                    // "e.g", "U.S": a period after a single letter, before a letter.
                    let afterInitial = c.contains(.period) && prev.contains(.letter) && next.contains(.letter) && i &- run == 1
                    guard inNumber || afterInitial else { break }
                }
                i &+= 1
            }
            body(chars.start(wordStart)..<chars.start(i))
            i &+= 1
        }
    }
}
