import Foundation

/// Titles' `Alphabet.sortKey`s and letters from earlier builds, kept by the
/// preview: folding 10,000 titles (Foundation's `folding`) and finding
/// their letters by Character was most of the A to Z page's time after a
/// save that changed one title.
final class SortKeyMemo: @unchecked Sendable {
    private struct Title: Hashable {
        var text: String
        var language: String
    }

    private let lock = NSLock()
    private var known: [Title: (key: String, letter: String)] = [:]

    /// The title's sort key and the letter it is listed under in `language`.
    func entry(_ title: String, language: String) -> (key: String, letter: String) {
        let name = Title(text: title, language: language)
        lock.lock()
        defer { lock.unlock() }
        if let entry = known[name] { return entry }
        // Titles edited away stay behind; a long session forgets them all at once.
        if known.count > 200_000 { known.removeAll() }
        let key = Alphabet.sortKey(title)
        let entry = (key, Alphabet.letter(for: title, key: key, language: language))
        known[name] = entry
        return entry
    }
}
