/// Counting words without making a substring for each one.
enum WordCount {
    /// The number of runs of characters between spaces and line ends: the
    /// same as `text.split(whereSeparator: { $0 == " " || $0 == "\n" }).count`,
    /// which took a tenth of the time spent rendering Markdown.
    static func count(_ text: String) -> Int {
        var count = 0
        var inWord = false
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            // In ASCII every byte is a Character, except "\r\n", which is one
            // Character that is neither " " nor "\n".
            var previous: UInt8 = 0
            for byte in text.utf8 {
                let separator = byte == UInt8(ascii: " ") || (byte == UInt8(ascii: "\n") && previous != UInt8(ascii: "\r"))
                if separator {
                    inWord = false
                } else if !inWord {
                    inWord = true
                    count += 1
                }
                previous = byte
            }
            return count
        }
        for character in text {
            if character == " " || character == "\n" {
                inWord = false
            } else if !inWord {
                inWord = true
                count += 1
            }
        }
        return count
    }
}
