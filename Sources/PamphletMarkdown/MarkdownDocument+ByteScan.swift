import Foundation

/// The scans that decide whether a page needs the table, definition list,
/// footnote and callout passes at all. Every page is asked, so the bytes are
/// read in place and `memchr` jumps between candidates (byte by byte in
/// Swift, they showed in profiles).
extension MarkdownDocument {
    /// Whether `text` holds `needle`'s bytes.
    public static func contains(_ needle: [UInt8], in text: String) -> Bool {
        guard let first = needle.first else { return false }
        return withBytes(of: text) { bytes in
            hasByte(first, in: bytes) { index in
                index + needle.count <= bytes.count && bytes[index..<(index + needle.count)].elementsEqual(needle)
            }
        }
    }

    /// Whether `text` holds the byte `byte`.
    public static func contains(byte: UInt8, in text: String) -> Bool {
        withBytes(of: text) { bytes in hasByte(byte, in: bytes) { _ in true } }
    }

    /// Whether `byte` occurs in `bytes` at an offset `accept` takes.
    static func hasByte(_ byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, where accept: (Int) -> Bool) -> Bool {
        guard let base = bytes.baseAddress else { return false }
        var start = 0
        while start < bytes.count, let found = memchr(base + start, Int32(byte), bytes.count - start) {
            let index = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            if accept(index) { return true }
            start = index + 1
        }
        return false
    }

    /// `body` over the text's UTF-8 bytes, copied only when the string is not stored contiguously.
    static func withBytes<Result>(of text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        text.utf8.withContiguousStorageIfAvailable(body) ?? Array(text.utf8).withUnsafeBufferPointer(body)
    }
}
