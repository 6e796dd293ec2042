import Foundation

/// Readability statistics for a page's prose.
public struct ReadabilityReport: Sendable, Equatable {
    public var words = 0, sentences = 0, syllables = 0, polysyllables = 0   // polysyllables: words with 3+ syllables
    public var fleschKincaidGrade = 0.0   // 0.39*(w/s) + 11.8*(syl/w) - 15.59
    public var fleschReadingEase = 0.0    // 206.835 - 1.015*(w/s) - 84.6*(syl/w)
    public var smogGrade = 0.0            // 1.0430*sqrt(poly*30/s) + 3.1291
    /// Spanish pages only: Fernández-Huerta reading ease (higher is easier).
    public var fernandezHuerta: Double?
    public var longestSentences: [Sentence] = []  // three longest by word count, longest first (ties: earlier first)
    public var hardestWords: [HardWord] = []      // distinct lowercased words with 3+ syllables or on the plain-word list; most syllables first; at most 10

    public struct Sentence: Sendable, Equatable {
        public var text: String
        public var line: Int
        public var words: Int
        public init(text: String, line: Int, words: Int) {
            self.text = text
            self.line = line
            self.words = words
        }
    }

    public struct HardWord: Sendable, Equatable {
        public var word: String
        public var syllables: Int
        public var plainer: String?
        public init(word: String, syllables: Int, plainer: String? = nil) {
            self.word = word
            self.syllables = syllables
            self.plainer = plainer
        }
    }

    public init() {}
}

/// The plain-language engine: counts words, sentences and syllables in a
/// page's prose and scores it with Flesch-Kincaid, Flesch Reading Ease and
/// SMOG.
///
/// - Sentences and words come from `SentenceSplitter` (each heading and list
///   item is at least one sentence), read from each block's bytes once;
///   syllables from `EnglishSyllables`, looked up once per distinct word of a page.
/// - Numbers count as words, with the syllables of the number said aloud,
///   but are never listed as hard words.
/// - Scores are the published formulas without clamping (a very easy text
///   can have a negative grade). Without a word or a sentence every number is
///   zero.
public enum Readability {
    static let longestSentenceCount = 3
    static let hardestWordCount = 10
    private static let englishSyllables = WordMemo { EnglishSyllables.count($0) }
    private static let spanishSyllables = WordMemo { SpanishSyllables.count($0) }

    /// Spanish text counts syllables by Spanish rules and adds the
    /// Fernández-Huerta score; the English word list is not used for it.
    public static func analyze(_ blocks: [ProseBlock], language: String = "en") -> ReadabilityReport {
        var memo = Memo()
        return analyze(blocks, language: language, memo: &memo)
    }

    /// What a worker thread keeps for all the pages it checks. Pages share
    /// most of their words, and what a word adds to a report is a pure
    /// function of its bytes and the language: each distinct word is worked
    /// out once per worker, and its syllables counted once per build
    /// (`WordMemo`, shared by the workers and kept by `pamphlet serve`).
    public struct Memo {
        var english = Words(syllables: englishSyllables, numbering: 0)
        var spanish = Words(syllables: spanishSyllables, numbering: 1)
        /// Reused for each block's characters.
        var clusters: [TextCluster] = []

        public init() {}

        /// Calls `body` with the bytes of word `number` of `words` (the numbers of a page just read).
        public func withWord<R>(_ number: Int, of words: ProseWords, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
            if english.numbering == words.numbering { return english.table.withBytes(of: number, body) }
            precondition(spanish.numbering == words.numbering, "the words of the page this memo read last")
            return spanish.table.withBytes(of: number, body)
        }
    }

    /// The words met so far in one language, numbered by their exact bytes.
    struct Words {
        let syllables: WordMemo
        /// Which numbering `table` is (see `ProseWords`): it changes when the table starts again.
        var numbering: Int
        var table = WordTable()
        var known: [KnownWord] = []
        /// Per word, what every use of it needs, packed: syllables << 1 | 1 when a
        /// hard-word candidate. Eight bytes a word instead of `known`'s whole
        /// entry, so the pass over a page's words stays in cache.
        var figures: [Int] = []
        /// The page on which each word was last looked at for the hard-word list.
        var settledOn: [Int] = []
        /// Per word, its key's number (see `KnownWord.key`) when it is a hard-word
        /// candidate, else -1; per key number, the page on which it was last listed.
        /// (A Set of the keys listed per page hashed each key's String.)
        var keyOf: [Int] = []
        var keyNumbers: [String: Int] = [:]
        var keyListedOn: [Int] = []
        var page = 0
        /// Past this many words a worker starts again rather than keep growing.
        static let limit = 200_000
    }

    public static func analyze(_ blocks: [ProseBlock], language: String = "en", memo: inout Memo) -> ReadabilityReport {
        var none = ProseWords()
        return analyze(blocks, language: language, memo: &memo, keep: false, words: &none)
    }

    /// `analyze`, keeping in `words` the words it reads, for the site search (see `ProseWords`).
    public static func analyze(
        _ blocks: [ProseBlock], language: String = "en", memo: inout Memo, words: inout ProseWords
    ) -> ReadabilityReport {
        analyze(blocks, language: language, memo: &memo, keep: true, words: &words)
    }

    private static func analyze(
        _ blocks: [ProseBlock], language: String, memo: inout Memo, keep: Bool, words: inout ProseWords
    ) -> ReadabilityReport {
        language.hasPrefix("es")
            ? analyze(blocks, spanish: true, words: &memo.spanish, clusters: &memo.clusters, keep: keep, kept: &words)
            : analyze(blocks, spanish: false, words: &memo.english, clusters: &memo.clusters, keep: keep, kept: &words)
    }

    private static func analyze(
        _ blocks: [ProseBlock], spanish: Bool, words memo: inout Words, clusters: inout [TextCluster], keep: Bool, kept: inout ProseWords
    ) -> ReadabilityReport {
        if memo.known.count > Words.limit { memo = Words(syllables: memo.syllables, numbering: memo.numbering + 2) }
        memo.page += 1
        // Spanish words run longer; four syllables marks a hard one there.
        var reading = PageReading(page: memo.page, hardSyllables: spanish ? 4 : 3, plainWords: !spanish)
        if keep { kept.start(numbering: memo.numbering) }

        for (blockIndex, block) in blocks.enumerated() {
            var text = block.text
            text.withUTF8 { bytes in
                if ClusterScanner.isPlainASCII(bytes) {
                    PlainASCIIClusters.with(bytes) { chars in
                        guard keep else {
                            _ = reading.read(bytes, chars, block: blockIndex, line: block.line, memo: &memo, keepingIn: nil)
                            return
                        }
                        // A word and the character that ends it take two bytes at least.
                        kept.keep(room: bytes.count / 2 + 1) { room in
                            reading.read(bytes, chars, block: blockIndex, line: block.line, memo: &memo, keepingIn: room)
                        }
                    }
                    return
                }
                let count = ClusterScanner.scanNotPlain(bytes, of: block.text[...], into: &clusters)
                clusters.withUnsafeBufferPointer { all in
                    let chars = UnsafeBufferPointer(rebasing: all[..<count])
                    _ = reading.read(bytes, chars, block: blockIndex, line: block.line, memo: &memo, keepingIn: nil)
                }
                if keep { kept.skip() }
            }
        }
        var report = reading.report
        let sentences = reading.sentences
        let hard = reading.hard
        guard report.words > 0, report.sentences > 0 else { return ReadabilityReport() }

        let w = Double(report.words)
        let s = Double(report.sentences)
        let syl = Double(report.syllables)
        let poly = Double(report.polysyllables)
        report.fleschKincaidGrade = 0.39 * (w / s) + 11.8 * (syl / w) - 15.59
        report.fleschReadingEase = 206.835 - 1.015 * (w / s) - 84.6 * (syl / w)
        report.smogGrade = 1.0430 * (poly * 30 / s).squareRoot() + 3.1291
        if spanish {
            report.fernandezHuerta = FernandezHuerta.score(words: report.words, sentences: report.sentences, syllables: report.syllables)
        }

        // The longest, earlier first among equals: what a stable sort by length would put first.
        var longest: [Int] = []
        for (index, sentence) in sentences.enumerated() {
            guard longest.count < longestSentenceCount || sentence.words > sentences[longest.last!].words else { continue }
            let place = longest.firstIndex { sentences[$0].words < sentence.words } ?? longest.count
            longest.insert(index, at: place)
            if longest.count > longestSentenceCount { longest.removeLast() }
        }
        report.longestSentences = longest.map {
            let sentence = sentences[$0]
            return ReadabilityReport.Sentence(text: SentenceSplitter.collapsed(blocks[sentence.block].text, bytes: sentence.bytes),
                                              line: sentence.line, words: sentence.words)
        }
        // Stable sort: ties keep the earlier one first.
        report.hardestWords = Array(
            hard.enumerated()
                .sorted { $0.element.syllables != $1.element.syllables ? $0.element.syllables > $1.element.syllables : $0.offset < $1.offset }
                .prefix(hardestWordCount)
                .map(\.element))
        return report
    }
}
