import Foundation

/// A short, stable fingerprint of a file's bytes for cache-busting names.
enum ContentHash {
    /// 64-bit FNV-1a as 10 hex digits: plenty to tell versions of one file apart.
    static func hex(_ data: Data) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in data {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01b3
        }
        return String(String(hash, radix: 16).suffix(10))
    }
}
