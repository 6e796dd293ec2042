import Foundation

/// How the A to Z page and the glossary file things by first letter: titles
/// starting with a digit under "0–9" first, accented letters under their
/// plain letter ("Ébola" under E), Spanish Ñ as a letter of its own after N,
/// anything else under "#" last.
enum Alphabet {
    /// The things (by index) filed under one letter.
    struct Group {
        var letter: String
        /// The anchor of the letter's heading: `a`, `numbers`, `other`, `enye`, after the caller's prefix.
        var id: String
        var items: [Int]
    }

    static let latin = (UnicodeScalar("A").value...UnicodeScalar("Z").value).map { String(UnicodeScalar($0)!) }

    /// The letters of a language's letter bar.
    static func letters(for language: String) -> [String] {
        guard language.hasPrefix("es") else { return latin }
        var letters = latin
        letters.insert("Ñ", at: letters.firstIndex(of: "O")!)
        return letters
    }

    static func id(for letter: String) -> String {
        switch letter {
        case "0–9": return "numbers"
        case "#": return "other"
        case "Ñ": return "enye"
        default: return letter.lowercased()
        }
    }

    /// `items` by the first letter of their titles, in the language's order;
    /// in each letter sorted ignoring case and accents, ties in their given order.
    /// `memo`, when given, knows earlier builds' sort keys and letters.
    static func groups(
        _ items: [Int], language: String, idPrefix: String = "", memo: SortKeyMemo? = nil, title: (Int) -> String
    ) -> [Group] {
        var byLetter: [String: [(key: String, item: Int)]] = [:]
        // Each title is folded once here: folding two titles per comparison was slow (Foundation's folding).
        for (order, item) in items.enumerated() {
            let text = title(item)
            let (key, letter) = memo?.entry(text, language: language) ?? Self.entry(text, language: language)
            byLetter[letter, default: []].append((key, order))
        }
        let order = ["0–9"] + letters(for: language) + ["#"]
        return order.compactMap { letter in
            guard let entries = byLetter[letter] else { return nil }
            let sorted = entries.sorted { $0.key == $1.key ? $0.item < $1.item : $0.key < $1.key }
            return Group(letter: letter, id: idPrefix + id(for: letter), items: sorted.map { items[$0.item] })
        }
    }

    private static func entry(_ title: String, language: String) -> (key: String, letter: String) {
        let key = sortKey(title)
        return (key, letter(for: title, key: key, language: language))
    }

    /// `key`: the title's `sortKey`, when the caller has it already.
    static func letter(for title: String, key: String? = nil, language: String = "en") -> String {
        let start = title.drop { !$0.isLetter && !$0.isNumber }
        if language.hasPrefix("es"), let first = start.first, first == "ñ" || first == "Ñ" { return "Ñ" }
        guard let first = (key ?? sortKey(title)).first else { return "#" }
        if first.isNumber { return "0–9" }
        let upper = String(first).uppercased()
        return latin.contains(upper) ? upper : "#"
    }

    static func sortKey(_ title: String) -> String {
        asciiSortKey(title) ?? sortKeyByFoundation(title)
    }

    static func sortKeyByFoundation(_ title: String) -> String {
        title.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
            .drop { !$0.isLetter && !$0.isNumber }
            .description
    }

    /// `sortKeyByFoundation` of an ASCII title, byte by byte: folding ASCII
    /// only lowercases it, and a character before the first letter or digit
    /// is a byte or "\r\n". Nil when a byte is not ASCII. (Foundation's
    /// folding cost more than the rest of the A to Z page's sorting.)
    static func asciiSortKey(_ title: String) -> String? {
        var title = title
        return title.withUTF8 { bytes -> String? in
            guard SearchWords.isASCII(bytes) else { return nil }
            guard let first = bytes.firstIndex(where: isASCIILetterOrDigit) else { return "" }
            return String(unsafeUninitializedCapacity: bytes.count - first) { out in
                for (index, byte) in bytes[first...].enumerated() { out[index] = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte }
                return bytes.count - first
            }
        }
    }

    private static func isASCIILetterOrDigit(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A)
    }
}
