import Foundation  // memcmp

/// Numbers the distinct words of one text by their exact UTF-8 bytes, so
/// that a word seen before costs a hash and a byte compare, and no String.
///
/// Exact bytes, as `ExactText` does: "café" written with a combining accent
/// is not the same word as "café" written with "é". Public for the site
/// search, which numbers a page's words the same way.
public struct WordTable {
    private var arena: [UInt8] = []
    private var entries: [(start: Int, count: Int, hash: UInt64)] = []
    /// Open addressing: 0 is an empty slot, else an entry's index + 1.
    private var slots = [Int32](repeating: 0, count: 256)

    public var count: Int { entries.count }

    public init() {}

    /// The number of `word`: 0 for the first new word, 1 for the next...
    public mutating func number(of word: UnsafeBufferPointer<UInt8>) -> (number: Int, isNew: Bool) {
        let hash = Self.hash(word)
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let found = Int(slots[slot])
            if found == 0 { break }
            let entry = entries[found - 1]
            if entry.hash == hash, entry.count == word.count, arena.withUnsafeBufferPointer({
                memcmp($0.baseAddress! + entry.start, word.baseAddress!, word.count) == 0
            }) {
                return (found - 1, false)
            }
            slot = (slot + 1) & mask
        }
        entries.append((arena.count, word.count, hash))
        arena.append(contentsOf: word)
        slots[slot] = Int32(entries.count)
        if entries.count * 2 > slots.count { grow() }
        return (entries.count - 1, true)
    }

    private mutating func grow() {
        slots = [Int32](repeating: 0, count: slots.count * 2)
        let mask = slots.count - 1
        for (index, entry) in entries.enumerated() {
            var slot = Int(truncatingIfNeeded: entry.hash) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(index + 1)
        }
    }

    /// FNV-1a, with the high bits folded down because slots use the low ones.
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        return h ^ (h >> 29)
    }
}
