/// Told of the words a reading-level pass reads (`Readability.analyze`), so
/// that a second reader of the same prose, the site search, need not cut it
/// into words again: every word of every page was read twice.
///
/// The words are passed only for a block of plain ASCII (no "\r"), where a
/// word as the reading level counts it ("don't", "2.5", "follow-up") is one
/// or more whole runs of letters and digits, and every such run of the
/// block is inside one: a reader that cuts at anything but letters and
/// digits gets its words, in order, by cutting these. Other blocks it reads itself.
public protocol ProseWordSink {
    /// The pass starts reading `block`; `wordsFollow`: its words will be
    /// passed to `word`. `numbering`: which numbering their numbers are in (a
    /// worker's word table starts again past a size, and per language).
    mutating func read(_ block: ProseBlock, wordsFollow: Bool, numbering: Int)
    /// The next word of the block: its bytes, and its number (the same bytes, the same number).
    mutating func word(_ bytes: UnsafeBufferPointer<UInt8>, number: Int)
}

/// For a pass that tells no one.
struct NoWordSink: ProseWordSink {
    @inline(__always) mutating func read(_ block: ProseBlock, wordsFollow: Bool, numbering: Int) {}
    @inline(__always) mutating func word(_ bytes: UnsafeBufferPointer<UInt8>, number: Int) {}
}
