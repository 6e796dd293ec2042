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
        let needsWork = text.utf8.withContiguousStorageIfAvailable(Self.containsSpecial)
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

    /// True when `bytes` hold one of the five bytes, tested eight bytes at a
    /// time (`ByteWord`): a byte of `word` equal to `c` is a zero byte of
    /// `word ^ repeated(c)`. `<` (3C) and `>` (3E) differ only in bit 1, `&`
    /// (26) and `'` (27) only in bit 0, so three tests cover all five. (The QR
    /// code path of every page, several kilobytes with nothing to escape, is
    /// scanned this way.)
    public static func containsSpecial(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var offset = 0
        while offset + 8 <= bytes.count {
            let word = ByteWord.load(bytes, at: offset)
            let angles = ByteWord.zeroBytes((word | ByteWord.repeated(0x02)) ^ ByteWord.repeated(0x3E))
            let ampersandOrApostrophe = ByteWord.zeroBytes((word | ByteWord.repeated(0x01)) ^ ByteWord.repeated(0x27))
            if angles | ampersandOrApostrophe | ByteWord.zeroBytes(word ^ ByteWord.repeated(0x22)) != 0 { return true }
            offset += 8
        }
        return bytes[offset...].contains(where: needsEscape)
    }

    @inline(__always)
    private static func needsEscape(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""), UInt8(ascii: "'"): return true
        default: return false
        }
    }
}
