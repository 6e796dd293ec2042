/// The characters of a text being read, by index, as the sentence and word
/// rules ask about them (`SentenceSplitter`): each one's classes and where
/// its bytes start. Index `characterCount` is the end, starting at the byte count.
///
/// Two kinds: a text cut by `ClusterScanner`, and plain ASCII text read
/// from its bytes as they are (`PlainASCIIClusters`), where every byte is a
/// character: writing a `TextCluster` per byte first cost more than the rules.
protocol TextClusters {
    /// False when no character starts with a combining mark (`TextCluster.Flags.leadingMark`).
    static var mayHaveLeadingMarks: Bool { get }
    var characterCount: Int { get }
    func flags(_ index: Int) -> TextCluster.Flags
    func start(_ index: Int) -> Int
    /// The first index from `start` on, before `end`, of a character that
    /// ends a sentence or a line (`TextCluster.Flags.stops`); `end` when none does.
    func nextStop(from start: Int, to end: Int) -> Int
}

extension TextClusters {
    @inline(__always)
    func nextStop(from start: Int, to end: Int) -> Int {
        var index = start
        while index < end, flags(index).isDisjoint(with: .stops) { index &+= 1 }
        return index
    }
}

/// A text cut into `TextCluster`s, with the end marker `ClusterScanner` adds.
extension UnsafeBufferPointer: TextClusters where Element == TextCluster {
    static var mayHaveLeadingMarks: Bool { true }
    @inline(__always) var characterCount: Int { count - 1 }
    @inline(__always) func flags(_ index: Int) -> TextCluster.Flags { self[index].flags }
    @inline(__always) func start(_ index: Int) -> Int { self[index].start }
}

/// Plain ASCII text (`ClusterScanner.isPlainASCII`): the character at `index`
/// is the byte there, its classes those `ClusterScanner.scan` gives it.
struct PlainASCIIClusters: TextClusters {
    let bytes: UnsafeBufferPointer<UInt8>
    /// `ClusterScanner.asciiFlags`.
    let table: UnsafeBufferPointer<TextCluster.Flags>

    static var mayHaveLeadingMarks: Bool { false }

    @inline(__always) var characterCount: Int { bytes.count }
    /// Never asked of the end (the rules read characters before it only).
    @inline(__always) func flags(_ index: Int) -> TextCluster.Flags { table[Int(bytes[index])] }
    @inline(__always) func start(_ index: Int) -> Int { index }

    /// Eight bytes at a time: most of a text is neither (this reads every byte of every page).
    @inline(__always)
    func nextStop(from start: Int, to end: Int) -> Int {
        var index = start
        if let base = bytes.baseAddress {
            while index &+ 8 <= end {
                let found = Self.stopBytes(UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
                if found != 0 { return index &+ found.trailingZeroBitCount >> 3 }
                index &+= 8
            }
        }
        while index < end, flags(index).isDisjoint(with: .stops) { index &+= 1 }
        return index
    }

    /// The high bit of each byte of `word` (little-endian) that may be one
    /// of the stops' bytes ("!", ".", "?", and "\n" to "\r"): the lowest set
    /// is the first such byte exactly (a byte equal to one leaves a zero
    /// after the xor, and the subtraction borrows only above a zero byte).
    @inline(__always)
    static func stopBytes(_ word: UInt64) -> UInt64 {
        @inline(__always) func zeros(_ x: UInt64) -> UInt64 { (x &- 0x0101_0101_0101_0101) & ~x }
        let all = zeros(word ^ 0x2121_2121_2121_2121) | zeros(word ^ 0x2E2E_2E2E_2E2E_2E2E) | zeros(word ^ 0x3F3F_3F3F_3F3F_3F3F)
            | zeros(word ^ 0x0A0A_0A0A_0A0A_0A0A) | zeros(word ^ 0x0B0B_0B0B_0B0B_0B0B) | zeros(word ^ 0x0C0C_0C0C_0C0C_0C0C)
            | zeros(word ^ 0x0D0D_0D0D_0D0D_0D0D)
        return all & 0x8080_8080_8080_8080
    }

    /// Calls `body` with the clusters of `bytes`, which must be plain ASCII.
    @inline(__always)
    static func with<R>(_ bytes: UnsafeBufferPointer<UInt8>, _ body: (PlainASCIIClusters) -> R) -> R {
        ClusterScanner.asciiFlags.withUnsafeBufferPointer { body(PlainASCIIClusters(bytes: bytes, table: $0)) }
    }
}
