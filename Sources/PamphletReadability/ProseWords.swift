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
    /// Per block of the page, in order: where its words end (see `number(at:)`), or -1 when they were not kept.
    public private(set) var ends: [Int] = []
    /// The numbers kept, `count` of them: room is made a block at a time, so
    /// that keeping a word is a store, without an array's checks.
    @usableFromInline var storage: [Int32] = []
    private var count = 0
    /// Which numbering the numbers are in: a worker's word table starts
    /// again past a size, and there is one per language.
    public private(set) var numbering = 0

    public init() {}

    /// The number of the page's word `index` (counted over the kept blocks).
    @inlinable
    public func number(at index: Int) -> Int { Int(storage[index]) }

    /// Starts a page, forgetting the last one's words.
    mutating func start(numbering: Int) {
        self.numbering = numbering
        ends.removeAll(keepingCapacity: true)
        count = 0
    }

    /// Keeps a block's words: `body` stores at most `room` numbers from the
    /// pointer it is given and says how many.
    mutating func keep(room: Int, _ body: (UnsafeMutablePointer<Int32>) -> Int) {
        if storage.count < count + room { storage.append(contentsOf: repeatElement(0, count: count + room - storage.count)) }
        let stored = storage.withUnsafeMutableBufferPointer { body($0.baseAddress! + count) }
        precondition(stored <= room, "at most the room made")
        count += stored
        ends.append(count)
    }

    /// A block whose words are not kept.
    mutating func skip() {
        ends.append(-1)
    }
}
