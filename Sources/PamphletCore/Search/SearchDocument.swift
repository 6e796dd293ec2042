import PamphletReadability

/// What the search index keeps of one page: each stem it uses with a score
/// that weighs where the word stands (title and other names above headings,
/// headings above the description and glossary terms, those above body
/// text), and the text its result shows.
struct SearchDocument: Sendable {
    var page: Int
    var stems: [String] = []
    /// Parallel to `stems`, at most `SearchDocument.maximumScore`.
    var scores: [UInt8] = []
    /// How stems met on this page are written (folded), when the worker that
    /// read it had not seen them so before, for "Did you mean ...?": the stem
    /// itself once it is a word, else the first word met.
    var spellings: [(stem: String, word: String)] = []
    /// Parallel to `stems`: whether this page writes the stem as a word of
    /// its own ("help"), whatever the worker read before, so the preview can
    /// tell when no page does any more (`SearchIndexModel`).
    var selfs: [Bool] = []
    /// Body text for excerpts, cut at `excerptLength` bytes.
    var text = ""

    static let maximumScore = 255
    static let excerptLength = 1_000

    /// Points a word earns each time it appears in a part of the page.
    enum Weight {
        static let title = 40
        static let otherName = 32
        static let heading = 12
        static let description = 8
        static let glossaryTerm = 6
        static let body = 1
        /// Body text stops adding after this many uses, so a long page does not drown a short one.
        static let bodyCap = 12
    }
}

/// Reads pages into `SearchDocument`s. One per worker thread: it remembers
/// every word it has met, so each distinct word is folded and stemmed once;
/// a word met again costs a hash of its bytes (`WordTable`), no String.
struct SearchCollector {
    let spanish: Bool
    let stopWords: Set<String>
    /// Words as written, numbered; `stemOf[number]`: the word's stem.
    private var written = WordTable()
    private var stemOf: [WrittenWord] = []
    private var stems: [String] = []
    private var stemNumbers: [String: Int32] = [:]
    /// Per stem number: 0 not written yet, 1 written as another word, 2 written as itself.
    private var spelled: [UInt8] = []
    /// Per stem number, what this page gave it so far; reset through `touched`.
    private var onPage: [StemOnPage] = []
    private var touched: [Int32] = []

    /// What a written word stands for. (One entry per word and one per stem,
    /// not an array per field: each word met is one read and one write.)
    private struct WrittenWord {
        /// Its stem's number, or -1 for a stop word or a word too short.
        var stem: Int32
        /// Whether it folds to its own stem.
        var isStem: Bool
    }

    private struct StemOnPage {
        var points: Int32 = 0
        var bodyUses: UInt8 = 0
        /// Whether this page writes the stem as a word of its own.
        var selfHere = false
    }
    private var newSpellings: [(stem: String, word: String)] = []
    /// For the words a reading-level pass kept (`ProseWords`): per
    /// word number in `numbering`, the one written word it is, as its stem's
    /// number times 2 plus 1 when it is the stem (`fromReadingEntry`), so a
    /// word met again is one read less; -3 when that word has no stem (a stop
    /// word), -2 when it is several ("don't"), -1 when not met yet.
    private var fromReading: [Int32] = []
    private var numbering = -1

    init(spanish: Bool, extraStopWords: [String]) {
        self.spanish = spanish
        stopWords = Set((SearchWords.stopWords(spanish: spanish) + extraStopWords).map(SearchWords.fold))
    }

    mutating func document(for page: Page, index: Int, glossaryTerms: [String]) -> SearchDocument {
        begin(page, glossaryTerms: glossaryTerms)
        for block in page.rendered.prose { add(block) }
        return finish(page, index: index)
    }

    /// A page's words before its prose: its title and other names, description and glossary terms.
    mutating func begin(_ page: Page, glossaryTerms: [String]) {
        typealias W = SearchDocument.Weight
        add(page.title, weight: W.title)
        for name in page.frontMatter.alsoCalled { add(name, weight: W.otherName) }
        for alias in page.frontMatter.aliases { add(alias.value, weight: W.otherName) }
        if let description = page.frontMatter.description { add(description, weight: W.description) }
        for term in glossaryTerms { add(term, weight: W.glossaryTerm) }
    }

    private mutating func add(_ block: ProseBlock) {
        add(block.text, weight: block.kind == .heading ? SearchDocument.Weight.heading : SearchDocument.Weight.body)
    }

    /// The page's document, once all its words are read.
    mutating func finish(_ page: Page, index: Int) -> SearchDocument {
        var text = ""
        for block in page.rendered.prose where block.kind != .heading && text.utf8.count < SearchDocument.excerptLength {
            if !text.isEmpty { text += " " }
            text += block.text
        }
        var document = SearchDocument(page: index)
        document.text = Self.cut(text, at: SearchDocument.excerptLength)
        // In the order first met: postings are made per stem, so a document's order does not reach the index.
        document.stems.reserveCapacity(touched.count)
        document.scores.reserveCapacity(touched.count)
        document.selfs.reserveCapacity(touched.count)
        for stem in touched {
            let here = onPage[Int(stem)]
            document.stems.append(stems[Int(stem)])
            document.scores.append(UInt8(min(Int(here.points), SearchDocument.maximumScore)))
            document.selfs.append(here.selfHere)
            onPage[Int(stem)] = StemOnPage()
        }
        touched.removeAll(keepingCapacity: true)
        document.spellings = newSpellings
        newSpellings.removeAll()
        return document
    }

    private mutating func add(_ text: String, weight: Int) {
        SearchWords.forEachWordOfText(text) { word, text in
            add(writtenNumber(word, within: text), weight: weight)
        }
    }

    /// The number of a word as written (in `text`), learnt the first time it is met.
    @inline(__always)
    private mutating func writtenNumber(_ word: UnsafeBufferPointer<UInt8>, within text: UnsafeBufferPointer<UInt8>) -> Int {
        let (number, isNew) = written.number(of: word, within: text)
        if isNew {
            let learnt = learn(word)
            stemOf.append(WrittenWord(stem: learnt.stem, isStem: learnt.isStem))
        }
        return number
    }

    /// Counts a use of the written word `number` on this page.
    @inline(__always)
    private mutating func add(_ number: Int, weight: Int) {
        add(stemOf[number], weight: weight)
    }

    /// Counts a use of a written word whose stem is `entry`'s.
    @inline(__always)
    private mutating func add(_ entry: WrittenWord, weight: Int) {
        guard entry.stem >= 0 else { return }
        let at = Int(entry.stem)
        var here = onPage[at]
        if here.points == 0 { touched.append(entry.stem) }
        if entry.isStem { here.selfHere = true }
        if weight == SearchDocument.Weight.body {
            guard here.bodyUses < SearchDocument.Weight.bodyCap else {
                onPage[at] = here
                return
            }
            here.bodyUses += 1
            // A page whose only use is in the body still counts.
        }
        here.points += Int32(weight)
        onPage[at] = here
    }

    /// Folds and stems a word met for the first time: its stem's number, and whether the word is the stem.
    private mutating func learn(_ word: UnsafeBufferPointer<UInt8>) -> (stem: Int32, isStem: Bool) {
        let folded = SearchWords.fold(word)
        guard folded.unicodeScalars.count >= SearchWords.minimumLength, !stopWords.contains(folded) else { return (-1, false) }
        let stem = SearchWords.stem(folded, spanish: spanish)
        if let known = stemNumbers[stem] {
            spell(Int(known), stem: stem, as: folded)
            return (known, folded == stem)
        }
        let number = Int32(stems.count)
        stems.append(stem)
        stemNumbers[stem] = number
        onPage.append(StemOnPage())
        spelled.append(0)
        spell(Int(number), stem: stem, as: folded)
        return (number, folded == stem)
    }

    /// Notes how a stem is written: as itself when it is a word, else as the first word met.
    private mutating func spell(_ number: Int, stem: String, as word: String) {
        let state: UInt8 = word == stem ? 2 : 1
        guard state > spelled[number] else { return }
        spelled[number] = state
        newSpellings.append((stem, word))
    }

    /// At most `limit` bytes, ending at a space when there is one.
    static func cut(_ text: String, at limit: Int) -> String {
        guard text.utf8.count > limit else { return text }
        var text = text
        // The bytes in place (copying a prefix through the UTF-8 view cost more than reading the page's words).
        return text.withUTF8 { all in
            var end = limit + 1
            // Never end inside a character's bytes.
            while end > 0, all[end - 1] & 0xC0 == 0x80 || all[end - 1] >= 0xC0 {
                end -= 1
                if all[end] >= 0xC0 { break }
            }
            if let space = all[..<end].lastIndex(of: 0x20) { end = space }
            return String(decoding: UnsafeBufferPointer(rebasing: all[..<end]), as: UTF8.self)
        }
    }
}

/// The words of a page's prose as its reading level is worked out
/// (`Stages.checkContent`), instead of cutting each block again: between
/// `begin` and `finish`, what `document(for:)` would read, in the same order.
extension SearchCollector {
    /// Reads `prose` from the words its reading level kept (`words`, numbered in `memo`, which read it last).
    mutating func add(_ prose: [ProseBlock], readAs words: ProseWords, memo: Readability.Memo) {
        precondition(words.ends.count == prose.count, "the words kept of this prose")
        if words.numbering != numbering {
            numbering = words.numbering
            fromReading.removeAll(keepingCapacity: true)
        }
        var start = 0
        for (block, end) in zip(prose, words.ends) {
            guard end >= 0 else {
                add(block)
                continue
            }
            let weight = block.kind == .heading ? SearchDocument.Weight.heading : SearchDocument.Weight.body
            for index in start..<end {
                add(reading: words.number(at: index), weight: weight, of: words, memo: memo)
            }
            start = end
        }
    }

    /// A use of the word `number` of `words`.
    @inline(__always)
    private mutating func add(reading number: Int, weight: Int, of words: ProseWords, memo: Readability.Memo) {
        if number < fromReading.count {
            let known = fromReading[number]
            if known >= 0 {
                add(WrittenWord(stem: known >> 1, isStem: known & 1 == 1), weight: weight)
                return
            }
            if known == -3 { return }
        } else {
            fromReading.append(contentsOf: repeatElement(-1, count: number + 1 - fromReading.count))
        }
        // Met for the first time in this numbering, or several written words: cut as `SearchWords` cuts ASCII.
        var parts = 0
        var only = -1
        memo.withWord(number, of: words) { bytes in
            SearchWords.forEachASCIIWord(bytes) { part, all in
                only = writtenNumber(part, within: all)
                parts += 1
                add(only, weight: weight)
            }
        }
        fromReading[number] = parts == 1 ? Self.fromReadingEntry(stemOf[only]) : -2
    }

    /// A `fromReading` entry for one written word.
    private static func fromReadingEntry(_ entry: WrittenWord) -> Int32 {
        entry.stem < 0 ? -3 : entry.stem << 1 | (entry.isStem ? 1 : 0)
    }
}
