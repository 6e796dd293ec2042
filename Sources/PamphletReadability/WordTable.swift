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
    /// Open addressing: 0 is an empty slot, else an entry's index + 1;
    /// `tags` holds the high half of that entry's hash, so a miss rarely
    /// reads the entry.
    private var slots = [Int32](repeating: 0, count: 256)
    private var tags = [UInt32](repeating: 0, count: 256)

    public var count: Int { starts.count }

    public init() {}

    /// The number of `word`: 0 for the first new word, 1 for the next...
    public mutating func number(of word: UnsafeBufferPointer<UInt8>) -> (number: Int, isNew: Bool) {
        let hash = Self.hash(word)
        let tag = UInt32(truncatingIfNeeded: hash >> 32)
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        let found: Int? = slots.withUnsafeBufferPointer { slots in
            tags.withUnsafeBufferPointer { tags in
                arena.withUnsafeBufferPointer { arena in
                    starts.withUnsafeBufferPointer { starts in
                        counts.withUnsafeBufferPointer { counts in
                            while true {
                                let entry = Int(slots[slot]) - 1
                                if entry < 0 { return nil }
                                if tags[slot] == tag, Int(counts[entry]) == word.count,
                                   Self.same(arena.baseAddress! + Int(starts[entry]), word.baseAddress!, word.count) {
                                    return entry
                                }
                                slot = (slot + 1) & mask
                            }
                        }
                    }
                }
            }
        }
        if let found { return (found, false) }
        starts.append(Int32(arena.count))
        counts.append(Int32(word.count))
        arena.append(contentsOf: word)
        slots[slot] = Int32(starts.count)
        tags[slot] = tag
        if starts.count * 2 > slots.count { grow() }
        return (starts.count - 1, true)
    }

    private mutating func grow() {
        let size = slots.count * 2
        slots = [Int32](repeating: 0, count: size)
        tags = [UInt32](repeating: 0, count: size)
        let mask = size - 1
        for index in starts.indices {
            let hash = arena.withUnsafeBufferPointer {
                Self.hash(UnsafeBufferPointer(rebasing: $0[Int(starts[index])..<Int(starts[index]) + Int(counts[index])]))
            }
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(index + 1)
            tags[slot] = UInt32(truncatingIfNeeded: hash >> 32)
        }
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
    /// that trailing zero bytes still tell words apart.
    @inline(__always)
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        let n = bytes.count
        var h: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(n)
        guard let base = bytes.baseAddress else { return h }
        var i = 0
        while i + 8 <= n {
            h = (h ^ UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)) &* 0xFF51_AFD7_ED55_8CCD
            h ^= h >> 32
            i += 8
        }
        if i < n {
            var tail: UInt64 = 0
            var shift: UInt64 = 0
            while i < n {
                tail |= UInt64(base[i]) << shift
                shift += 8
                i += 1
            }
            h = (h ^ tail) &* 0xFF51_AFD7_ED55_8CCD
        }
        h ^= h >> 29
        h = h &* 0xC4CE_B9FE_1A85_EC53
        return h ^ (h >> 32)
    }
}
