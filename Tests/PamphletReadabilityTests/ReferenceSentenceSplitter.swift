@testable import PamphletReadability

// The sentence splitter and readability engine as they were before they read
// UTF-8 bytes (commit 6a430f3), one Character at a time: the reference that
// ReadingScannerEquivalenceTests compares the byte scanner with.

enum ReferenceReadability {
    static func analyze(_ blocks: [ProseBlock], language: String = "en") -> ReadabilityReport {
        let spanish = language.hasPrefix("es")
        let countSyllables: (String) -> Int = { spanish ? SpanishSyllables.count($0) : EnglishSyllables.count($0) }
        let hardSyllables = spanish ? 4 : 3
        var report = ReadabilityReport()
        var sentences: [ReadabilityReport.Sentence] = []
        var hard: [ReadabilityReport.HardWord] = []
        var seen: Set<String> = []
        for block in blocks {
            for sentence in ReferenceSentenceSplitter.sentences(in: block.text, firstLine: block.line) {
                let words = ReferenceSentenceSplitter.words(in: sentence.text)
                guard !words.isEmpty else { continue }
                report.sentences += 1
                report.words += words.count
                sentences.append(.init(text: sentence.text, line: sentence.line, words: words.count))
                for word in words {
                    let syllables = countSyllables(word)
                    report.syllables += syllables
                    if syllables >= 3 { report.polysyllables += 1 }
                    let key = Apostrophes.straightened(word.lowercased())
                    guard !seen.contains(key), key.contains(where: { $0.isLetterQuick }) else { continue }
                    let plainer = spanish ? nil : PlainWords.pairs[key]
                    if syllables >= hardSyllables || plainer != nil {
                        seen.insert(key)
                        hard.append(.init(word: key, syllables: syllables, plainer: plainer))
                    }
                }
            }
        }
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
        report.longestSentences = Array(
            sentences.enumerated()
                .sorted { $0.element.words != $1.element.words ? $0.element.words > $1.element.words : $0.offset < $1.offset }
                .prefix(3)
                .map(\.element))
        report.hardestWords = Array(
            hard.enumerated()
                .sorted { $0.element.syllables != $1.element.syllables ? $0.element.syllables > $1.element.syllables : $0.offset < $1.offset }
                .prefix(10)
                .map(\.element))
        return report
    }
}

enum ReferenceSentenceSplitter {
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

    private static let closers: Set<Character> = ["\"", "'", "\u{201D}", "\u{2019}", ")", "]", "}", "\u{00BB}", "*", "_"]
    private static let openers: Set<Character> = ["\"", "'", "\u{201C}", "\u{2018}", "(", "[", "\u{00AB}", "\u{00BF}", "\u{00A1}", "*", "_"]

    /// The sentences of one block, with their source lines.
    static func sentences(in block: ProseBlock) -> [Sentence] {
        sentences(in: block.text, firstLine: block.line)
    }

    static func sentences(in text: String, firstLine: Int) -> [Sentence] {
        let (chars, bounds) = characters(of: text)
        let n = chars.count
        var result: [Sentence] = []
        var start = 0
        var line = firstLine          // line of chars[i] while scanning
        var startLine = firstLine     // line of chars[start]

        func emit(_ end: Int) {
            // Skip leading whitespace, counting its newlines.
            var s = start
            var l = startLine
            while s < end, chars[s].isWhitespaceQuick {
                if chars[s].isNewlineQuick { l += 1 }
                s += 1
            }
            let raw = text[bounds[s]..<bounds[end]]
            let collapsed = raw.split(whereSeparator: { $0.isWhitespaceQuick }).joined(separator: " ")
            // `words(in:)` is not empty exactly when a letter or digit is there.
            if collapsed.contains(where: { $0.isLetterQuick || $0.isNumberQuick }) {
                result.append(Sentence(text: collapsed, line: l))
            }
        }

        var i = 0
        while i < n {
            let ch = chars[i]
            if ch.isSentenceEndMark {
                var j = i
                while j < n, chars[j].isSentenceEndMark { j += 1 }
                let run = chars[i..<j]
                var k = j
                while k < n, closers.contains(chars[k]) { k += 1 }
                var boundary = false
                if k == n {
                    boundary = true
                } else if chars[k].isWhitespaceQuick {
                    var m = k
                    while m < n, chars[m].isWhitespaceQuick { m += 1 }
                    if m == n {
                        boundary = true
                    } else {
                        let next = chars[m]
                        let startsSentence = next.isUppercase || next.isNumberQuick || openers.contains(next)
                        let ellipsis = run.contains("\u{2026}") || (run.count >= 3 && run.allSatisfy { $0 == "." })
                        boundary = startsSentence && !ellipsis
                        if boundary, run.count == 1, run.first == "." {
                            boundary = !isAbbreviation(before: i, in: chars, next: next)
                        }
                    }
                }
                if boundary {
                    emit(k)
                    // Advance the line counter over the consumed characters.
                    for c in chars[i..<k] where c.isNewlineQuick { line += 1 }
                    start = k
                    startLine = line
                    i = k
                    continue
                }
                for c in chars[i..<j] where c.isNewlineQuick { line += 1 }
                i = j
                continue
            }
            if ch.isNewlineQuick { line += 1 }
            i += 1
        }
        if start < n { emit(n) }
        return result
    }

    /// Is the period at `index` the end of an abbreviation or an initial?
    private static func isAbbreviation(before index: Int, in chars: [Character], next: Character) -> Bool {
        // The token before the period: letters and inner periods ("e.g", "U.S").
        var s = index
        while s > 0, chars[s - 1].isLetterQuick || (chars[s - 1] == "." && s - 2 >= 0 && chars[s - 2].isLetterQuick) {
            s -= 1
        }
        guard s < index else { return false }
        let token = String(chars[s..<index])
        let lower = token.lowercased()
        if lower == "no" || lower == "nos" { return next.isNumberQuick }
        if abbreviations.contains(lower) { return true }
        // A single capital initial: "J. Smith".
        if token.count == 1, token.first!.isUppercase { return true }
        // Dotted initialisms not in the list: "A.B.C".
        if token.contains("."), token.split(separator: ".").allSatisfy({ $0.count == 1 }) { return true }
        return false
    }

    /// The words of a sentence: runs of letters and digits, with inner
    /// apostrophes or hyphens ("don't", "follow-up"). Two extensions: a
    /// period or comma between digits stays inside the word ("2.5", "1,000"),
    /// and so does a period after a single letter followed by a letter
    /// ("e.g", "U.S").
    static func words(in text: String) -> [String] {
        let (chars, bounds) = characters(of: text)
        let n = chars.count
        var result: [String] = []
        // The word being read is always a run of characters: chars[wordStart..<i].
        var wordStart: Int?
        var runLength = 0     // letters since the last inner period
        func isWordChar(_ c: Character) -> Bool { c.isLetterQuick || c.isNumberQuick }
        func flush(_ end: Int) {
            if let first = wordStart { result.append(String(text[bounds[first]..<bounds[end]])) }
            wordStart = nil
            runLength = 0
        }
        var i = 0
        while i < n {
            let c = chars[i]
            if isWordChar(c) {
                if wordStart == nil { wordStart = i }
                runLength += 1
            } else if wordStart != nil, i + 1 < n, isWordChar(chars[i + 1]) {
                let prev = chars[i - 1]
                let next = chars[i + 1]
                let joiner: Bool
                if c.quickASCII == 0x20 {
                    joiner = false  // A space, the usual case: no need to compare Characters.
                } else {
                    switch c {
                    case "'", "\u{2019}", "-", "\u{2010}", "\u{2011}":
                        joiner = true
                    case ".", ",":
                        if prev.isNumberQuick && next.isNumberQuick {
                            joiner = true
                        } else {
                            joiner = c == "." && prev.isLetterQuick && next.isLetterQuick && runLength == 1
                        }
                    default:
                        joiner = false
                    }
                }
                if joiner {
                    runLength = 0
                } else {
                    flush(i)
                }
            } else {
                flush(i)
            }
            i += 1
        }
        flush(n)
        return result
    }

    /// The characters of `text`, and where each starts in it (then its end),
    /// so that runs of characters can be cut from `text` instead of being
    /// put together again one character at a time.
    private static func characters(of text: String) -> ([Character], [String.Index]) {
        var chars: [Character] = []
        var bounds: [String.Index] = []
        chars.reserveCapacity(text.utf8.count)
        bounds.reserveCapacity(text.utf8.count + 1)
        var index = text.startIndex
        while index < text.endIndex {
            let next = text.index(after: index)
            chars.append(text[index])
            bounds.append(index)
            index = next
        }
        bounds.append(text.endIndex)
        return (chars, bounds)
    }
}

extension Character {
    /// `==` to ".", "!", "?" or "…", as the old splitter asked it (only this reference copy does now).
    fileprivate var isSentenceEndMark: Bool {
        if let a = quickASCII { return a == 0x2E || a == 0x21 || a == 0x3F }
        return self == "\u{2026}"
    }
}
