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

    /// Calls `body` with the clusters of `bytes`, which must be plain ASCII.
    @inline(__always)
    static func with<R>(_ bytes: UnsafeBufferPointer<UInt8>, _ body: (PlainASCIIClusters) -> R) -> R {
        ClusterScanner.asciiFlags.withUnsafeBufferPointer { body(PlainASCIIClusters(bytes: bytes, table: $0)) }
    }
}
