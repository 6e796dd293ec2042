import Foundation

/// Finds the new file an old link leads to, and writes the link from the
/// page's new place.
struct LinkTargets {
    let plan: ImportPlan

    enum Outcome: Equatable {
        case unchanged
        case rewritten(String)
        case unknown(String)
    }

    /// `destination` as written in the page at `page` (old and new places).
    func resolve(_ destination: String, from page: ImportPlan.PlannedPage) -> Outcome {
        let trimmed = destination.trimmingCharacters(in: .whitespaces)
        if trimmed.isEmpty || trimmed.hasPrefix("#") || trimmed.hasPrefix("//") || Self.hasScheme(trimmed)
            || trimmed.hasPrefix("{{") || trimmed.hasPrefix("{%") {
            return .unchanged
        }
        let cut = trimmed.firstIndex { $0 == "?" || $0 == "#" } ?? trimmed.endIndex
        let path = String(trimmed[..<cut]).removingPercentEncoding ?? String(trimmed[..<cut])
        let suffix = String(trimmed[cut...])
        guard let target = target(of: path, from: page) else {
            return .unknown(path)
        }
        let relative = target.relative(fromFolder: page.destination.parentFolder)
        let written = relative.isEmpty ? target.fileName : relative
        let encoded = written.addingPercentEncoding(withAllowedCharacters: Self.pathCharacters) ?? written
        return encoded + suffix == trimmed ? .unchanged : .rewritten(encoded + suffix)
    }

    /// The new content path `path` leads to, nil when it is not part of the imported site.
    func target(of path: String, from page: ImportPlan.PlannedPage) -> String? {
        let ext = (path as NSString).pathExtension.lowercased()
        let pageFolder = page.source.parentFolder
        if SourceScan.pageExtensions.contains(ext) {
            // A link to a Markdown file is relative to the file, as on GitHub.
            let file = path.hasPrefix("/") ? Self.normalized(String(path.dropFirst())) : Self.normalized(pageFolder + "/" + path)
            return file.flatMap { plan.pageBySource[$0] }
        }
        if path.isEmpty { return nil }
        if path.hasPrefix("/") { return byAddress(path) }
        // Other relative links are relative to the old address (`../other/` from /topic/page/),
        // and a picture may be relative to the file.
        if let absolute = Self.normalized(page.oldAddress + path), let found = byAddress("/" + absolute) { return found }
        if let file = Self.normalized(pageFolder + "/" + path), let found = plan.fileByPath[file.lowercased()] { return found }
        // Link render hooks (Hugo's own documentation has one) also read them from the file's folder, then from the top.
        if let file = Self.normalized(pageFolder + "/" + path), let found = byAddress("/" + file) { return found }
        return byAddress("/" + path)
    }

    private func byAddress(_ address: String) -> String? {
        if let file = Self.normalized(String(address.dropFirst())), let found = plan.fileByPath[file.lowercased()] { return found }
        return plan.pageByAddress[ImportPlan.addressKey(address)]
    }

    /// "a/./b/../c" -> "a/c"; nil when it climbs out of the site.
    static func normalized(_ path: String) -> String? {
        var parts: [Substring] = []
        for part in path.split(separator: "/") {
            if part == "." { continue }
            if part == ".." {
                guard !parts.isEmpty else { return nil }
                parts.removeLast()
            } else {
                parts.append(part)
            }
        }
        return parts.joined(separator: "/") + (path.hasSuffix("/") && !parts.isEmpty ? "/" : "")
    }

    static func hasScheme(_ text: String) -> Bool {
        guard let colon = text.firstIndex(of: ":"), colon != text.startIndex else { return false }
        let scheme = text[..<colon]
        return scheme.first!.isLetter && scheme.allSatisfy { $0.isLetter || $0.isNumber || "+.-".contains($0) }
    }

    static let pathCharacters: CharacterSet = {
        var set = CharacterSet.urlPathAllowed
        set.remove(charactersIn: "()")
        return set
    }()
}
