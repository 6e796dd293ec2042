import Foundation

// Foundation's `trimmingCharacters(in:)` on Linux bridges the whole string to
// an NSString and copies it back through UTF-16, even when there is nothing to
// trim: a fifth of a build's time went there (whole files in PageReader, every
// paragraph in MarkdownRenderer). These overloads are chosen over Foundation's
// for `String` and `Substring` anywhere in PamphletCore, so callers need no
// change. The result is the same: leading and trailing Unicode scalars that
// are members of `set` are removed, nothing else is touched.

extension CharacterSet {
    /// `.whitespaces`, made once: Foundation builds a new set on every
    /// `.whitespaces`, which cost more than trimming a heading or a link.
    static let horizontalSpaces = CharacterSet.whitespaces
}

extension String {
    func trimmingCharacters(in set: CharacterSet) -> String {
        unicodeScalars.trimmed(by: set)
    }
}

extension Substring {
    func trimmingCharacters(in set: CharacterSet) -> String {
        unicodeScalars.trimmed(by: set)
    }
}

extension BidirectionalCollection where Element == Unicode.Scalar, SubSequence == Substring.UnicodeScalarView {
    /// The scalars between the first and the last one that are not in `set`, as a String.
    fileprivate func trimmed(by set: CharacterSet) -> String {
        var start = startIndex
        while start != endIndex, set.contains(self[start]) { formIndex(after: &start) }
        if start == endIndex { return "" }
        var end = endIndex
        while true {
            let before = index(before: end)
            if !set.contains(self[before]) { break }
            end = before
        }
        return String(self[start..<end])
    }
}
