@testable import PamphletReadability

/// `SentenceSplitter.forEachWord` as it was written before it read runs in
/// tight loops: one character at a time, with a count of the letters since
/// the last joiner. What the faster loops must give.
enum ReferenceWordRules {
    static func forEachWord(
        _ chars: UnsafeBufferPointer<TextCluster>, _ range: Range<Int>, asCollapsed: Bool, _ body: (Range<Int>) -> Void
    ) {
        let n = range.upperBound
        func flags(_ i: Int) -> TextCluster.Flags {
            let f = chars[i].flags
            if asCollapsed, f.contains(.leadingMark), i > range.lowerBound, chars[i - 1].flags.contains(.whitespace) {
                return .whitespace
            }
            return f
        }
        func isWordChar(_ f: TextCluster.Flags) -> Bool { !f.isDisjoint(with: [.letter, .number]) }
        var wordStart = -1
        var runLength = 0
        var i = range.lowerBound
        while i < n {
            let c = flags(i)
            if isWordChar(c) {
                if wordStart < 0 { wordStart = i }
                runLength += 1
            } else {
                var joiner = false
                if wordStart >= 0, i + 1 < n, !c.isDisjoint(with: [.innerJoiner, .period, .comma]) {
                    let next = flags(i + 1)
                    if isWordChar(next) {
                        if c.contains(.innerJoiner) {
                            joiner = true
                        } else {
                            let prev = flags(i - 1)
                            if prev.contains(.number) && next.contains(.number) {
                                joiner = true
                            } else {
                                joiner = c.contains(.period) && prev.contains(.letter) && next.contains(.letter) && runLength == 1
                            }
                        }
                    }
                }
                if joiner {
                    runLength = 0
                } else {
                    if wordStart >= 0 { body(chars[wordStart].start..<chars[i].start) }
                    wordStart = -1
                    runLength = 0
                }
            }
            i += 1
        }
        if wordStart >= 0 { body(chars[wordStart].start..<chars[n].start) }
    }
}
