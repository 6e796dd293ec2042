/// Escaping for text that Pamphlet writes into HTML or XML, by UTF-8 bytes.
///
/// Never by `Character`: a `"` or `<` followed by a combining mark, a
/// zero-width joiner or a variation selector is one grapheme cluster, and
/// a per-Character escaper leaves it as it is, so a title could close an
/// attribute. The five ASCII bytes below never occur inside a multi-byte
/// UTF-8 sequence, so replacing them byte by byte is exact.
public enum HTMLEscaping {
    public static func escape(_ text: String) -> String {
        // Most texts need nothing (addresses, titles, a QR code's path of
        // several kilobytes): scanning the bytes in place is several times
        // faster than stepping through `text.utf8`.
        let needsWork = text.utf8.withContiguousStorageIfAvailable(Self.containsEscape)
            ?? text.utf8.contains(where: Self.needsEscape)
        if !needsWork { return text }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + 16)
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "&"): bytes.append(contentsOf: "&amp;".utf8)
            case UInt8(ascii: "<"): bytes.append(contentsOf: "&lt;".utf8)
            case UInt8(ascii: ">"): bytes.append(contentsOf: "&gt;".utf8)
            case UInt8(ascii: "\""): bytes.append(contentsOf: "&quot;".utf8)
            case UInt8(ascii: "'"): bytes.append(contentsOf: "&#39;".utf8)
            default: bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Whether any byte needs escaping, eight bytes at a time: a byte-by-byte
    /// test of every printed value (every page prints its QR code's path
    /// twice, a few kilobytes) was about 2% of a build.
    private static func containsEscape(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index + 8 <= bytes.count {
            let word = ByteWord.load(bytes, at: index)
            // Three tests for five bytes: `&` and `'` differ only in the lowest
            // bit (0x26, 0x27), `<` and `>` only in the second (0x3C, 0x3E).
            let ampersandOrApostrophe = ByteWord.zeroBytes((word | ByteWord.repeated(1)) ^ ByteWord.repeated(0x27))
            let angle = ByteWord.zeroBytes((word | ByteWord.repeated(2)) ^ ByteWord.repeated(0x3E))
            let quote = ByteWord.zeroBytes(word ^ ByteWord.repeated(UInt8(ascii: "\"")))
            if ampersandOrApostrophe | angle | quote != 0 { return true }
            index += 8
        }
        while index < bytes.count {
            if needsEscape(bytes[index]) { return true }
            index += 1
        }
        return false
    }

    @inline(__always)
    private static func needsEscape(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""), UInt8(ascii: "'"): return true
        default: return false
        }
    }
}
