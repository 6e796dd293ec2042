/// What `Readability.analyze` gathers from one page's blocks, read one after another.
struct PageReading {
    /// Tells this page from the others the worker read (`Readability.Words.page`).
    let page: Int
    let hardSyllables: Int
    /// Whether hard words are offered plainer ones (`PlainWords`, English).
    let plainWords: Bool
    var report = ReadabilityReport()
    /// Where each counted sentence is; only the longest become text.
    var sentences: [(block: Int, bytes: Range<Int>, line: Int, words: Int)] = []
    /// Hard-word candidates in order of first use.
    var hard: [ReadabilityReport.HardWord] = []

    /// Counts the sentences, words and syllables of one block (its bytes and
    /// characters), its new words worked out in `memo`; stores its words'
    /// numbers from `keepingIn` when given, and returns how many it stored.
    /// Written once for both kinds of `TextClusters`: plain ASCII is read from its bytes in place.
    @inline(__always)
    mutating func read<Chars: TextClusters>(
        _ bytes: UnsafeBufferPointer<UInt8>, _ chars: Chars, block: Int, line: Int,
        memo: inout Readability.Words, keepingIn kept: UnsafeMutablePointer<Int32>?
    ) -> Int {
        var stored = 0
        SentenceSplitter.forEachSentence(bytes, chars, firstLine: line) { first, end, line in
            var words = 0
            SentenceSplitter.forEachWord(chars, first..<end, asCollapsed: true) { range in
                words &+= 1
                let word = UnsafeBufferPointer(rebasing: bytes[range])
                let (number, isNew) = memo.table.number(of: word, within: bytes)
                if let kept {
                    kept[stored] = Int32(truncatingIfNeeded: number)
                    stored &+= 1
                }
                if isNew { learn(word, memo: &memo) }
                count(number, memo: &memo)
            }
            guard words > 0 else { return }
            report.sentences += 1
            report.words += words
            sentences.append((block, chars.start(first)..<chars.start(end), line, words))
        }
        return stored
    }

    /// Works out what the word just numbered adds to a report, once per worker.
    @inline(never)
    private func learn(_ word: UnsafeBufferPointer<UInt8>, memo: inout Readability.Words) {
        memo.known.append(KnownWord(String(decoding: word, as: UTF8.self), syllableMemo: memo.syllables,
                                    hardSyllables: hardSyllables, plainWords: plainWords))
        memo.settledOn.append(0)
        let known = memo.known[memo.known.count - 1]
        memo.figures.append(known.syllables << 1 | (known.isCandidate ? 1 : 0))
        if known.isCandidate {
            let key = memo.keyNumbers[known.key] ?? memo.keyListedOn.count
            if key == memo.keyListedOn.count {
                memo.keyNumbers[known.key] = key
                memo.keyListedOn.append(0)
            }
            memo.keyOf.append(key)
        } else {
            memo.keyOf.append(-1)
        }
    }

    /// Adds a use of the word `number` to the report.
    @inline(__always)
    private mutating func count(_ number: Int, memo: inout Readability.Words) {
        let figures = memo.figures[number]
        let syllables = figures >> 1
        report.syllables += syllables
        if syllables >= 3 { report.polysyllables += 1 }
        // A hard word is listed once, the first time its key is seen.
        if figures & 1 == 1, memo.settledOn[number] != page {
            memo.settledOn[number] = page
            let key = memo.keyOf[number]
            if memo.keyListedOn[key] != page {
                memo.keyListedOn[key] = page
                let known = memo.known[number]
                hard.append(.init(word: known.key, syllables: known.syllables, plainer: known.plainer))
            }
        }
    }
}
