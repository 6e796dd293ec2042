/// The words a reading-level pass read (`Readability.analyze(_:language:memo:words:)`),
/// kept for a second reader of the same prose, the site search, so that it
/// need not cut it into words again: every word of every page was read twice.
///
/// The words are kept only for a block of plain ASCII (no "\r"), where a
/// word as the reading level counts it ("don't", "2.5", "follow-up") is one
/// or more whole runs of letters and digits, and every such run of the
/// block is inside one: a reader that cuts at anything but letters and
/// digits gets its words, in order, by cutting these. Other blocks it reads itself.
///
/// Kept as numbers (the same bytes, the same number; `Readability.Memo.withWord`
/// gives a number's bytes), not told one at a time: a call per word across
/// the module boundary could not be specialized, and cost more than the keeping.
public struct ProseWords {
    /// Per block of the page, in order: where its words end in `numbers`, or -1 when they were not kept.
    public private(set) var ends: [Int] = []
    public private(set) var numbers: [Int32] = []
    /// Which numbering the numbers are in: a worker's word table starts
    /// again past a size, and there is one per language.
    public private(set) var numbering = 0

    public init() {}

    /// Starts a page, forgetting the last one's words.
    mutating func start(numbering: Int) {
        self.numbering = numbering
        ends.removeAll(keepingCapacity: true)
        numbers.removeAll(keepingCapacity: true)
    }

    @inline(__always)
    mutating func append(_ number: Int) {
        numbers.append(Int32(truncatingIfNeeded: number))
    }

    /// Ends a block: `wordsKept`, its words were appended; else none were.
    mutating func endBlock(wordsKept: Bool) {
        ends.append(wordsKept ? numbers.count : -1)
    }
}
