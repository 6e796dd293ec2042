/// Character classes with ASCII answered without Swift's Unicode property
/// tables, which the readability checks ask about every character of every
/// page. The results are those of `isLetter`, `isNumber`, `isWhitespace`
/// and `isNewline` (for "\r\n", whose `asciiValue` is that of "\n", too).
extension Character {
    var isLetterQuick: Bool {
        if let a = asciiValue { return (a >= 0x41 && a <= 0x5A) || (a >= 0x61 && a <= 0x7A) }
        return isLetter
    }

    var isNumberQuick: Bool {
        if let a = asciiValue { return a >= 0x30 && a <= 0x39 }
        return isNumber
    }

    var isWhitespaceQuick: Bool {
        if let a = asciiValue { return a == 0x20 || (a >= 0x09 && a <= 0x0D) }
        return isWhitespace
    }

    var isNewlineQuick: Bool {
        if let a = asciiValue { return a >= 0x0A && a <= 0x0D }
        return isNewline
    }
}
