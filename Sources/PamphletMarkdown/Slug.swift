import Foundation

/// Lowercase ASCII words joined by hyphens: the form of URL segments and
/// heading ids ("Terapia génica" -> "terapia-genica").
public enum Slug {
    /// Letters that diacritic folding leaves alone but readers spell in ASCII.
    private static let ligatures: [Character: String] = [
        "ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "ı": "i",
    ]

    public static func make(_ text: String) -> String {
        text.utf8.allSatisfy({ $0 < 0x80 }) ? makeASCII(text) : makeFolding(text)
    }

    /// The general case: any text.
    static func makeFolding(_ text: String) -> String {
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

    /// `make` for ASCII text, where folding and the ligatures change nothing:
    /// the same result without Foundation's folding (every heading gets a slug).
    static func makeASCII(_ text: String) -> String {
        var slug: [UInt8] = []
        slug.reserveCapacity(text.utf8.count)
        var pendingHyphen = false
        for byte in text.utf8 {
            let lower = byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
            guard (lower >= 0x61 && lower <= 0x7A) || (lower >= 0x30 && lower <= 0x39) else {
                pendingHyphen = true
                continue
            }
            if pendingHyphen && !slug.isEmpty { slug.append(UInt8(ascii: "-")) }
            pendingHyphen = false
            slug.append(lower)
        }
        return String(decoding: slug, as: UTF8.self)
    }
}
