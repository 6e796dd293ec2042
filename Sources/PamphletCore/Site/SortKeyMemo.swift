import Foundation

/// Titles' `Alphabet.sortKey`s from earlier builds, kept by the preview:
/// folding 10,000 titles (Foundation's `folding`) was most of the A to Z
/// page's time after a save that changed one title.
final class SortKeyMemo: @unchecked Sendable {
    private let lock = NSLock()
    private var keys: [String: String] = [:]

    func key(_ title: String) -> String {
        lock.lock()
        defer { lock.unlock() }
        if let known = keys[title] { return known }
        // Titles edited away stay behind; a long session forgets them all at once.
        if keys.count > 200_000 { keys.removeAll() }
        let key = Alphabet.sortKey(title)
        keys[title] = key
        return key
    }
}
