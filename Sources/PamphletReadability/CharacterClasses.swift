/// Character classes with ASCII answered without Swift's Unicode property
/// tables, which the readability checks ask about every character of every
/// page. The results are those of `isLetter`, `isNumber`, `isWhitespace`
/// and `isNewline` (for "\r\n", whose `asciiValue` is that of "\n", too).
extension Character {
    public var isLetterQuick: Bool {
        if let a = quickASCII { return (a >= 0x41 && a <= 0x5A) || (a >= 0x61 && a <= 0x7A) }
        return isLetter
    }

    public var isNumberQuick: Bool {
        if let a = quickASCII { return a >= 0x30 && a <= 0x39 }
        return isNumber
    }

    public var isWhitespaceQuick: Bool {
        if let a = quickASCII { return a == 0x20 || (a >= 0x09 && a <= 0x0D) }
        return isWhitespace
    }

    public var isNewlineQuick: Bool {
        if let a = quickASCII { return a >= 0x0A && a <= 0x0D }
        return isNewline
    }

    /// `asciiValue`, without its comparison with "\r\n" and its scalar
    /// look-ups: one byte below 0x80, or "\r\n" (as "\n"); nil otherwise.
    public var quickASCII: UInt8? {
        let bytes = utf8
        let first = bytes[bytes.startIndex]
        guard first < 0x80 else { return nil }
        switch bytes.count {
        case 1: return first
        case 2 where first == 0x0D && bytes[bytes.index(after: bytes.startIndex)] == 0x0A: return 0x0A
        default: return nil
        }
    }
}

extension UnsafeBufferPointer where Element == UInt8 {
    /// Every byte is ASCII and none is "\r", so every byte is a `Character`
    /// of its own (read eight bytes at a time; see `ClusterScanner.isPlainASCII`).
    public var isPlainASCII: Bool { ClusterScanner.isPlainASCII(self) }
}
