/// One character of a text being read (what Swift calls a `Character`: a
/// grapheme cluster), found in the text's UTF-8 bytes, with the classes the
/// sentence and word rules ask about.
///
/// Classes of the character as a whole (letter, number, whitespace,
/// newline) are those of its first scalar, as `Character` defines them.
/// Classes that are comparisons with one character (".", "’", "…", the
/// closers and openers) hold only for a character of that one scalar, as
/// `==` on `Character` does.
struct TextCluster {
    /// Where it starts in the text's bytes; it ends where the next one starts.
    var start: Int
    var flags: Flags

    struct Flags: OptionSet {
        let rawValue: UInt16

        static let letter = Flags(rawValue: 1 << 0)
        static let number = Flags(rawValue: 1 << 1)
        static let whitespace = Flags(rawValue: 1 << 2)
        static let newline = Flags(rawValue: 1 << 3)
        /// An ASCII capital. Other characters: see `caseNeedsCharacter`.
        static let uppercase = Flags(rawValue: 1 << 4)
        /// Not plain ASCII: whether it is uppercase is asked of `Character`
        /// (its rules for several scalars compare case mappings).
        static let caseNeedsCharacter = Flags(rawValue: 1 << 5)
        /// ".", "!", "?" or "…".
        static let sentenceEnd = Flags(rawValue: 1 << 6)
        static let ellipsis = Flags(rawValue: 1 << 7)
        static let period = Flags(rawValue: 1 << 8)
        static let comma = Flags(rawValue: 1 << 9)
        /// An apostrophe or hyphen that joins two parts of a word ("don't", "follow-up").
        static let innerJoiner = Flags(rawValue: 1 << 10)
        static let closer = Flags(rawValue: 1 << 11)
        static let opener = Flags(rawValue: 1 << 12)
        /// Starts with a combining mark: after a space it would join the
        /// space's character (see `SentenceSplitter.forEachWord`).
        static let leadingMark = Flags(rawValue: 1 << 13)

        /// What the sentence rules stop at.
        static let stops: Flags = [.sentenceEnd, .newline]

        /// What stays true when a combining mark joins the character.
        static let ofFirstScalar: Flags = [.letter, .number, .whitespace, .newline, .leadingMark]
    }
}
