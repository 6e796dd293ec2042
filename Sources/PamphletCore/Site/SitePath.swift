import Foundation

/// Site-relative paths written by people (`url`, `aliases`): checked so that
/// nothing can be written outside the output folder.
enum SitePath {
    enum Problem: Error {
        case parentFolder, backslash, notAPath

        var explanation: String {
            switch self {
            case .parentFolder: return "contains '..', which would land outside the site"
            case .backslash: return "contains '\\'; use '/' between the parts"
            case .notAPath: return "must be a path on this site, not a full address or an empty value"
            }
        }
    }

    /// `/old/page` -> `old/page/`; the root is "".
    static func normalize(_ text: String) -> Result<String, Problem> {
        let trimmed = text.trimmingCharacters(in: .horizontalSpaces)
        if trimmed.contains("\\") { return .failure(.backslash) }
        if trimmed.isEmpty || trimmed.contains("://") || trimmed.hasPrefix("//") || trimmed.contains("\0")
            || trimmed.contains("?") || trimmed.contains("#") {
            return .failure(.notAPath)
        }
        let parts = trimmed.split(separator: "/")
        if parts.contains(where: { $0 == ".." }) { return .failure(.parentFolder) }
        let kept = parts.filter { $0 != "." }
        return .success(kept.isEmpty ? "" : kept.joined(separator: "/") + "/")
    }
}


extension String {
    /// The folder part of a path inside content/: "a/b/c.md" -> "a/b", "a" -> "".
    /// (NSString.deletingLastPathComponent traps on one-character paths such as "a"
    /// in the Foundation that ships with Swift 6 on Linux.)
    var parentPath: String {
        // A "/" is one byte and never part of a longer Character, so bytes give the same answer faster.
        guard let slash = utf8.lastIndex(of: UInt8(ascii: "/")) else { return "" }
        return String(self[..<slash])
    }

    /// The last part of a path: "a/b/c.md" -> "c.md".
    var fileName: String {
        guard let slash = utf8.lastIndex(of: UInt8(ascii: "/")) else { return self }
        return String(self[utf8.index(after: slash)...])
    }

    /// "c.md" -> "c"; "style.min.css" -> "style.min"; names without a dot stay as they are.
    var removingExtension: String {
        guard let dot = lastIndex(of: "."), dot != startIndex, !hasSlash(after: dot) else { return self }
        return String(self[..<dot])
    }

    /// "c.md" -> "md"; "" when there is none.
    var fileExtension: String {
        guard let dot = lastIndex(of: "."), dot != startIndex, !hasSlash(after: dot) else { return "" }
        return String(self[index(after: dot)...])
    }

    /// Foundation's search for "/" from `index`, asked only when the text
    /// has a "/" byte at all: a file name has none, and the search costs
    /// more than the rest of making a page's address.
    private func hasSlash(after index: Index) -> Bool {
        utf8.contains(UInt8(ascii: "/")) && self[index...].contains("/")
    }
}
