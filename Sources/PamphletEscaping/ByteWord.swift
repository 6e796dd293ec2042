/// Eight bytes of a text read as one word, to look for a few marker bytes
/// eight at a time where most bytes are none of them (`HTMLEscaping.containsSpecial`,
/// the printable pages' ids in `PrintedPageHTML`).
public enum ByteWord {
    /// The eight bytes at `offset`, whatever its alignment, the first in the
    /// lowest bits (whatever the machine's byte order: see `firstFlagged`).
    @inlinable @inline(__always)
    public static func load(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> UInt64 {
        UInt64(littleEndian: UnsafeRawPointer(bytes.baseAddress! + offset).loadUnaligned(as: UInt64.self))
    }

    /// `byte` in each of the eight bytes.
    @inlinable @inline(__always)
    public static func repeated(_ byte: UInt8) -> UInt64 {
        0x0101_0101_0101_0101 &* UInt64(byte)
    }

    /// Not zero when one of the word's bytes is zero: the classic test, exact
    /// as a yes or no (not as to which byte), and results may be or'ed together.
    @inlinable @inline(__always)
    public static func zeroBytes(_ word: UInt64) -> UInt64 {
        (word &- repeated(1)) & ~word & repeated(0x80)
    }

    /// Which of a loaded word's bytes (0 to 7) is the first that `zeroBytes`
    /// flags, for a result that is not zero: a borrow only runs from a zero
    /// byte to those after it, so the first flag is always right.
    @inlinable @inline(__always)
    public static func firstFlagged(_ flags: UInt64) -> Int {
        flags.trailingZeroBitCount >> 3
    }
}
