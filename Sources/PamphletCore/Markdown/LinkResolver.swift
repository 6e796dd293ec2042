import Foundation

/// Decides where a link written in a page points, and what its address in
/// the built site is.
struct LinkResolver: Sendable {
    enum Resolution: Equatable {
        /// Another site or scheme (https:, mailto:, tel:): left as written.
        case external
        /// A page of this site; the fragment is checked once all headings are known.
        case page(index: Int, url: String, fragment: String?)
        /// A file copied from content/.
        case file(url: String)
        /// A heading on the same page.
        case samePage(fragment: String)
        case broken(String)
    }

    let pageURLs: [String]
    let byContentPath: [String: Int]
    /// Site-relative page addresses (`genes/dna/`) -> page index.
    let bySitePath: [String: Int]
    let staticFiles: Set<String>
    let basePath: String
    /// Files Pamphlet writes itself (`a-z/index.html`, `glossary/index.html`,
    /// `sitemap.xml`): a writer may link to them by their site address.
    let generatedFiles: Set<String>

    init(tree: SiteTree, staticFiles: Set<String>, basePath: String, generatedFiles: Set<String> = []) {
        self.generatedFiles = generatedFiles
        pageURLs = tree.pages.map(\.url)
        byContentPath = tree.byContentPath
        var bySitePath: [String: Int] = [:]
        for (index, page) in tree.pages.enumerated() where !page.outputPath.isEmpty {
            bySitePath[String(page.outputPath.dropLast("index.html".count))] = index
        }
        self.bySitePath = bySitePath
        self.staticFiles = staticFiles
        self.basePath = basePath
    }

    func resolve(_ destination: String, from contentPath: String) -> Resolution {
        let trimmed = destination.trimmingCharacters(in: .whitespaces)
        if trimmed.isEmpty { return .broken("the link has no address") }
        if Self.hasScheme(trimmed) || trimmed.hasPrefix("//") { return .external }
        let (pathPart, fragment) = Self.splitFragment(trimmed)
        if pathPart.isEmpty {
            return .samePage(fragment: fragment ?? "")
        }
        // Foundation's decoding copies through CFString; most links have nothing to decode.
        let path = pathPart.utf8.contains(UInt8(ascii: "%")) ? pathPart.removingPercentEncoding ?? pathPart : pathPart
        if path.hasPrefix("/") {
            return resolveSitePath(path, fragment: fragment)
        }
        let baseFolder = contentPath.parentPath
        guard let target = Self.join(baseFolder, path) else {
            return .broken("'\(destination)' goes above the content/ folder; links must stay inside the site")
        }
        // A folder link (`../genetic-testing/`) means the section's page.
        if !target.hasSuffix(".md"), let page = byContentPath[target.isEmpty ? "_index.md" : target + "/_index.md"] {
            return .page(index: page, url: pageURLs[page], fragment: fragment)
        }
        if let page = byContentPath[target] {
            return .page(index: page, url: pageURLs[page], fragment: fragment)
        }
        if staticFiles.contains(target) {
            return .file(url: basePath + Self.encodePath(target) + (fragment.map { "#" + $0 } ?? ""))
        }
        return .broken(missingMessage(destination, target: target))
    }

    /// `/genes/dna/` written by a writer: a page address or a file below the site root.
    private func resolveSitePath(_ path: String, fragment: String?) -> Resolution {
        var relative = String(path.dropFirst())
        if !basePath.isEmpty, basePath != "/", path.hasPrefix(basePath) {
            relative = String(path.dropFirst(basePath.count))
        }
        if relative.contains("..") { return .broken("'\(path)' contains '..'; write the page's own address") }
        let folderForm = relative.isEmpty || relative.hasSuffix("/") ? relative : relative + "/"
        if let page = bySitePath[folderForm] {
            return .page(index: page, url: pageURLs[page], fragment: fragment)
        }
        if staticFiles.contains(relative) || generatedFiles.contains(relative) {
            return .file(url: basePath + Self.encodePath(relative) + (fragment.map { "#" + $0 } ?? ""))
        }
        if generatedFiles.contains(folderForm + "index.html") {
            return .file(url: basePath + Self.encodePath(folderForm) + (fragment.map { "#" + $0 } ?? ""))
        }
        return .broken(missingMessage(path, target: relative))
    }

    private func missingMessage(_ destination: String, target: String) -> String {
        let name = target.fileName
        let candidates = Array(byContentPath.keys) + Array(staticFiles)
        let byName = Dictionary(grouping: candidates) { $0.fileName }
        var hint = ""
        if let close = Suggestion.closest(to: name, in: byName.keys), let match = byName[close]?.sorted().first {
            hint = "; did you mean '\(match)'?"
        } else if let close = Suggestion.closest(to: target, in: candidates) {
            hint = "; did you mean '\(close)'?"
        }
        return "the link '\(destination)' points to content/\(target), which does not exist\(hint)"
    }

    static func hasScheme(_ text: String) -> Bool {
        guard let colon = text.firstIndex(of: ":") else { return false }
        let scheme = text[..<colon]
        return !scheme.isEmpty && scheme.first!.isLetter
            && scheme.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "+" || $0 == "-" || $0 == ".") }
    }

    static func splitFragment(_ text: String) -> (String, String?) {
        guard let hash = text.firstIndex(of: "#") else { return (text, nil) }
        return (String(text[..<hash]), String(text[text.index(after: hash)...]))
    }

    /// Joins a relative path to a folder inside content/; nil when it climbs out.
    static func join(_ folder: String, _ relative: String) -> String? {
        if folder.utf8.allSatisfy({ $0 < 0x80 }) && relative.utf8.allSatisfy({ $0 < 0x80 }) {
            return joinASCII(folder, relative)
        }
        var parts = folder.split(separator: "/").map(String.init)
        for part in relative.split(separator: "/") {
            switch part {
            case ".": continue
            case "..":
                if parts.isEmpty { return nil }
                parts.removeLast()
            default: parts.append(String(part))
            }
        }
        return parts.joined(separator: "/")
    }

    /// `join` for ASCII paths, where each byte is a Character: splits bytes
    /// instead of Characters, with the same result.
    private static func joinASCII(_ folder: String, _ relative: String) -> String? {
        let slash = UInt8(ascii: "/")
        var parts = folder.utf8.split(separator: slash).map { Substring($0) }
        for part in relative.utf8.split(separator: slash).map({ Substring($0) }) {
            switch part {
            case ".": continue
            case "..":
                if parts.isEmpty { return nil }
                parts.removeLast()
            default: parts.append(part)
            }
        }
        return parts.joined(separator: "/")
    }

    static func encodePath(_ path: String) -> String {
        path.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? path
    }
}
