import Foundation

/// Lowercase ASCII words joined by hyphens: the form of URL segments and
/// heading ids ("Terapia génica" -> "terapia-genica").
public enum Slug {
    /// Letters that diacritic folding leaves alone but readers spell in ASCII.
    private static let ligatures: [Character: String] = [
        "ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "ı": "i",
    ]

    public static func make(_ text: String) -> String {
        if let slug = asciiSlug(text) { return slug }
        // Fold accents first so "é" becomes "e" instead of a separator.
        let folded = text.lowercased().folding(options: [.diacriticInsensitive], locale: nil)
        var slug = ""
        var pendingHyphen = false
        for character in folded {
            let piece: String
            if let ascii = ligatures[character] {
                piece = ascii
            } else if character.isASCII, character.isLetter || character.isNumber {
                piece = String(character)
            } else {
                pendingHyphen = true
                continue
            }
            if pendingHyphen && !slug.isEmpty { slug += "-" }
            pendingHyphen = false
            slug += piece
        }
        return slug
    }

    /// The same result for ASCII text without Foundation's folding, which
    /// copies the string through NSString: addresses and reading order make
    /// slugs of every page's title and folders on every build.
    private static func asciiSlug(_ text: String) -> String? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var pendingHyphen = false
        for byte in text.utf8 {
            guard byte < 0x80 else { return nil }
            let lower = byte >= 65 && byte <= 90 ? byte + 32 : byte
            if (lower >= 97 && lower <= 122) || (lower >= 48 && lower <= 57) {
                if pendingHyphen && !bytes.isEmpty { bytes.append(45) }
                pendingHyphen = false
                bytes.append(lower)
            } else {
                pendingHyphen = true
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
