import Foundation

/// Curly apostrophes made straight, as `replacingOccurrences(of:with:)` does,
/// but without Foundation's copy through NSString when there is none to
/// replace: nearly every word (readability counts every word of every page).
enum Apostrophes {
    /// `text` with U+2019 (and U+2018 when `alsoOpening`) replaced by "'".
    static func straightened(_ text: String, alsoOpening: Bool = false) -> String {
        let hasClosing = text.unicodeScalars.contains("\u{2019}")
        let hasOpening = alsoOpening && text.unicodeScalars.contains("\u{2018}")
        if !hasClosing && !hasOpening { return text }
        var result = text
        if hasClosing { result = result.replacingOccurrences(of: "\u{2019}", with: "'") }
        if hasOpening { result = result.replacingOccurrences(of: "\u{2018}", with: "'") }
        return result
    }
}
