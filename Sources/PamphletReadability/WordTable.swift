/// Numbers the distinct words of one text by their exact UTF-8 bytes, so
/// that a word seen before costs a hash and a byte compare, and no String.
///
/// Exact bytes, as `ExactText` does: "café" written with a combining accent
/// is not the same word as "café" written with "é". Public for the site
/// search, which numbers a page's words the same way.
///
/// Every word of every page goes through here twice (reading level and
/// search), so the look-up reads eight bytes at a time and compares in line:
/// numbers depend only on the order words are first met, never on the hash.
public struct WordTable {
    private var arena: [UInt8] = []
    /// Per entry: where its bytes start in `arena`, and how many.
    private var starts: [Int32] = []
    private var counts: [Int32] = []
    /// Open addressing. A slot holds what tells most words apart without
    /// reading the entry: a word of at most eight bytes is compared whole
    /// from its slot (the look-up's cost was its cache misses).
    private var slots = [Slot](repeating: Slot(), count: 256)

    private struct Slot {
        /// The word's first eight bytes, zero after its end.
        var head: UInt64 = 0
        /// The high half of the hash with the low byte replaced by the word's length (255 past that).
        var tag: UInt32 = 0
        /// 0 when empty, else the entry's index + 1.
        var entry: Int32 = 0
    }

    public var count: Int { starts.count }

    public init() {}

    /// The number of `word`: 0 for the first new word, 1 for the next...
    public mutating func number(of word: UnsafeBufferPointer<UInt8>) -> (number: Int, isNew: Bool) {
        number(of: word, head: Self.head(word))
    }

    /// `number(of: word)` for a word inside `text`: a short word's first
    /// eight bytes are read in one load when the text goes on that far
    /// (most words are short, and this was a loop per byte).
    @inline(__always)
    public mutating func number(of word: UnsafeBufferPointer<UInt8>, within text: UnsafeBufferPointer<UInt8>) -> (number: Int, isNew: Bool) {
        number(of: word, head: Self.head(word, within: text))
    }

    @inline(__always)
    private mutating func number(of word: UnsafeBufferPointer<UInt8>, head: UInt64) -> (number: Int, isNew: Bool) {
        let hash = Self.hash(word, head: head)
        let tag = Self.tag(hash, count: word.count)
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        let found: Int? = slots.withUnsafeBufferPointer { slots in
            while true {
                let here = slots[slot]
                if here.entry == 0 { return nil }
                if here.tag == tag, here.head == head {
                    let entry = Int(here.entry) - 1
                    if word.count <= 8 || sameTail(entry, word) { return entry }
                }
                slot = (slot + 1) & mask
            }
        }
        if let found { return (found, false) }
        starts.append(Int32(arena.count))
        counts.append(Int32(word.count))
        arena.append(contentsOf: word)
        slots[slot] = Slot(head: head, tag: tag, entry: Int32(starts.count))
        if starts.count * 2 > slots.count { grow() }
        return (starts.count - 1, true)
    }

    /// Calls `body` with the bytes of word `number`.
    public func withBytes<R>(of number: Int, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        arena.withUnsafeBufferPointer { arena in
            body(UnsafeBufferPointer(rebasing: arena[Int(starts[number])..<Int(starts[number]) + Int(counts[number])]))
        }
    }

    /// Whether the entry, whose first eight bytes match a longer `word`, is that word.
    private func sameTail(_ entry: Int, _ word: UnsafeBufferPointer<UInt8>) -> Bool {
        guard Int(counts[entry]) == word.count else { return false }
        return arena.withUnsafeBufferPointer { arena in
            Self.same(arena.baseAddress! + Int(starts[entry]) + 8, word.baseAddress! + 8, word.count - 8)
        }
    }

    private mutating func grow() {
        var grown = [Slot](repeating: Slot(), count: slots.count * 2)
        let mask = grown.count - 1
        for old in slots where old.entry != 0 {
            let index = Int(old.entry) - 1
            let hash = arena.withUnsafeBufferPointer {
                let bytes = UnsafeBufferPointer(rebasing: $0[Int(starts[index])..<Int(starts[index]) + Int(counts[index])])
                return Self.hash(bytes, head: old.head)
            }
            var slot = Int(truncatingIfNeeded: hash) & mask
            while grown[slot].entry != 0 { slot = (slot + 1) & mask }
            grown[slot] = old
        }
        slots = grown
    }

    @inline(__always)
    private static func tag(_ hash: UInt64, count: Int) -> UInt32 {
        UInt32(truncatingIfNeeded: hash >> 32) & 0xFFFF_FF00 | UInt32(min(count, 255))
    }

    /// The first eight bytes of `word`, zero after its end.
    @inline(__always)
    static func head(_ word: UnsafeBufferPointer<UInt8>) -> UInt64 {
        guard let base = word.baseAddress else { return 0 }
        if word.count >= 8 { return UnsafeRawPointer(base).loadUnaligned(as: UInt64.self) }
        var head: UInt64 = 0
        for i in 0..<word.count { head |= UInt64(base[i]) << (8 * UInt64(i)) }
        return head
    }

    /// `head(word)`, where `word` lies inside `text`.
    @inline(__always)
    static func head(_ word: UnsafeBufferPointer<UInt8>, within text: UnsafeBufferPointer<UInt8>) -> UInt64 {
        guard let base = word.baseAddress, let textBase = text.baseAddress, word.count < 8,
              base >= textBase, base + 8 <= textBase + text.count else { return head(word) }
        // Little-endian: the word's bytes are the low ones.
        let all = UnsafeRawPointer(base).loadUnaligned(as: UInt64.self)
        return UInt64(littleEndian: all) & (1 &<< (8 &* UInt64(word.count)) &- 1)
    }

    /// Whether `count` bytes at `a` and `b` are the same (words are short: no call to memcmp).
    @inline(__always)
    private static func same(_ a: UnsafePointer<UInt8>, _ b: UnsafePointer<UInt8>, _ count: Int) -> Bool {
        var i = 0
        while i + 8 <= count {
            if UnsafeRawPointer(a + i).loadUnaligned(as: UInt64.self) != UnsafeRawPointer(b + i).loadUnaligned(as: UInt64.self) {
                return false
            }
            i += 8
        }
        while i < count {
            if a[i] != b[i] { return false }
            i += 1
        }
        return true
    }

    /// Eight bytes at a time, multiplied and folded; the length goes in so
    /// that trailing zero bytes still tell words apart. `head` is `head(bytes)`.
    @inline(__always)
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>, head: UInt64) -> UInt64 {
        let n = bytes.count
        var h = (0x9E37_79B9_7F4A_7C15 ^ UInt64(n) ^ head) &* 0xFF51_AFD7_ED55_8CCD
        if n > 8, let base = bytes.baseAddress {
            var i = 8
            while i + 8 <= n {
                h ^= h >> 32
                h = (h ^ UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)) &* 0xFF51_AFD7_ED55_8CCD
                i += 8
            }
            if i < n {
                // The last eight bytes, overlapping ones already mixed.
                h ^= h >> 32
                h = (h ^ UnsafeRawPointer(base + n - 8).loadUnaligned(as: UInt64.self)) &* 0xFF51_AFD7_ED55_8CCD
            }
        }
        h ^= h >> 29
        h = h &* 0xC4CE_B9FE_1A85_EC53
        return h ^ (h >> 32)
    }
}
