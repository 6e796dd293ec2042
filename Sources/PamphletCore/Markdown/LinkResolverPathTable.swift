import Foundation

/// Content paths -> page index, looked up by bytes: `LinkResolver` joins a
/// relative link in a stack buffer and finds its page without making a
/// String or hashing it with SipHash (every relative link of every page is
/// resolved; the String and the Dictionary's hash were most of the time).
///
/// Made only when every content path is ASCII: then two paths are equal
/// Strings exactly when their bytes are equal, so a hit here is the
/// Dictionary's hit, and a miss sends the link to the general path.
final class LinkResolverPathTable: Sendable {
    /// Path `n`'s bytes are `keyBytes[keyStarts[n]..<keyStarts[n + 1]]`.
    private let keyBytes: [UInt8]
    private let keyStarts: [Int]
    private let pages: [Int]
    /// Open addressing: a path's number, or -1 for an empty slot.
    private let slots: [Int32]
    private let mask: Int

    init?(_ paths: [String: Int]) {
        guard paths.keys.allSatisfy({ $0.utf8.allSatisfy { $0 < 0x80 } }) else { return nil }
        var capacity = 16
        while capacity < paths.count * 2 { capacity *= 2 }
        var keyBytes: [UInt8] = [], keyStarts = [0], pages: [Int] = []
        keyStarts.reserveCapacity(paths.count + 1)
        pages.reserveCapacity(paths.count)
        var slots = [Int32](repeating: -1, count: capacity)
        for (path, page) in paths {
            // Hashed in place: an array of each path's bytes was 10,000 allocations while the other core waited.
            var key = path
            var slot = key.withUTF8 { Self.slot($0, mask: capacity - 1) }
            while slots[slot] >= 0 { slot = (slot + 1) & (capacity - 1) }
            slots[slot] = Int32(pages.count)
            keyBytes += path.utf8
            keyStarts.append(keyBytes.count)
            pages.append(page)
        }
        self.keyBytes = keyBytes
        self.keyStarts = keyStarts
        self.pages = pages
        self.slots = slots
        mask = capacity - 1
    }

    /// The page whose content path is these bytes.
    func page(_ path: UnsafeBufferPointer<UInt8>) -> Int? {
        var slot = Self.slot(path, mask: mask)
        return keyBytes.withUnsafeBufferPointer { keys in
            while true {
                let number = Int(slots[slot])
                if number < 0 { return nil }
                let start = keyStarts[number], end = keyStarts[number + 1]
                if end - start == path.count && (path.isEmpty || memcmp(keys.baseAddress! + start, path.baseAddress!, path.count) == 0) {
                    return pages[number]
                }
                slot = (slot + 1) & mask
            }
        }
    }

    /// FNV-1a over the bytes.
    private static func slot<Bytes: Collection>(_ bytes: Bytes, mask: Int) -> Int where Bytes.Element == UInt8 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        return Int(truncatingIfNeeded: hash ^ (hash >> 29)) & mask
    }
}
