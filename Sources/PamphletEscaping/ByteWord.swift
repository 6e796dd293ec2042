/// Eight bytes of a text read as one word, to look for a few marker bytes
/// eight at a time where most bytes are none of them (escaping, the
/// printable pages' ids).
public enum ByteWord {
    /// The eight bytes at `offset`, whatever its alignment.
    @inlinable @inline(__always)
    public static func load(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> UInt64 {
        UnsafeRawPointer(bytes.baseAddress! + offset).loadUnaligned(as: UInt64.self)
    }

    /// Whether one of the word's eight bytes is `byte`: the classic test for
    /// a zero byte (exact as a yes or no) on the word xor `byte` in every byte.
    @inlinable @inline(__always)
    public static func contains(_ word: UInt64, _ byte: UInt8) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let other = word ^ (ones &* UInt64(byte))
        return (other &- ones) & ~other & (ones &* 0x80) != 0
    }
}
