import Foundation

/// Lowercase ASCII words joined by hyphens: the form of URL segments and
/// heading ids ("Terapia génica" -> "terapia-genica").
public enum Slug {
    /// Letters that diacritic folding leaves alone but readers spell in ASCII.
    private static let ligatures: [Character: String] = [
        "ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "ı": "i",
    ]

    public static func make(_ text: String) -> String {
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
}
