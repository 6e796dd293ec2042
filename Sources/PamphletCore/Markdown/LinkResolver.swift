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
        /// A page left out of this build on its dates: the link leads to its address (a redirect once expired).
        case unpublished(url: String, fragment: String?, message: String)
    }

    /// A scheduled or expired page's address, and what to tell a writer who links to it.
    struct UnpublishedPage: Sendable, Equatable {
        var url: String
        /// What the page is, then what the writer can do: "is scheduled to be published on 2025-09-01; ...".
        var state: String
        /// A draft has no address in a published build: a link to it is broken.
        var isDraft = false
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
    /// Scheduled and expired pages, by content path.
    let unpublished: [String: UnpublishedPage]
    /// "Did you mean" for a broken link.
    let suggestions: LinkSuggestions
    /// `byContentPath` by bytes, for the quick path of relative page links (nil: every link takes the general path).
    var pathTable: LinkResolverPathTable?

    init(
        tree: SiteTree, staticFiles: Set<String>, basePath: String, generatedFiles: Set<String> = [],
        unpublished: [String: UnpublishedPage] = [:]
    ) {
        self.generatedFiles = generatedFiles
        self.unpublished = unpublished
        pageURLs = tree.pages.map(\.url)
        byContentPath = tree.byContentPath
        var bySitePath: [String: Int] = [:]
        for index in tree.pages.indices where !tree.pages[index].outputPath.isEmpty {
            bySitePath[String(tree.pages[index].outputPath.dropLast("index.html".count))] = index
        }
        self.bySitePath = bySitePath
        self.staticFiles = staticFiles
        self.basePath = basePath
        suggestions = LinkSuggestions(pages: byContentPath, staticFiles: staticFiles)
        pathTable = LinkResolverPathTable(byContentPath)
    }

    func resolve(_ destination: String, from contentPath: String) -> Resolution {
        // A query string (`page.md?x=1`, `/find-locations/?type=benefits`) stays on the
        // address written, and is no part of the file or page the link must name.
        guard let query = Self.queryRange(destination) else { return resolvePath(destination, from: contentPath) }
        var path = destination
        path.removeSubrange(query)
        let queryText = String(destination[query])
        switch resolvePath(path, from: contentPath) {
        case let .page(index, url, fragment): return .page(index: index, url: url + queryText, fragment: fragment)
        case let .file(url):
            let hash = url.utf8.firstIndex(of: UInt8(ascii: "#")) ?? url.endIndex
            return .file(url: String(url[..<hash]) + queryText + String(url[hash...]))
        case let .unpublished(url, fragment, message): return .unpublished(url: url + queryText, fragment: fragment, message: message)
        case .samePage, .external, .broken: return resolvePath(path, from: contentPath)
        }
    }

    /// Where `?query` is in a destination: from its `?` to its `#` or its end.
    static func queryRange(_ text: String) -> Range<String.Index>? {
        // Most links have none: one pass over the bytes rules it out.
        guard contains(UInt8(ascii: "?"), in: text), let mark = text.utf8.firstIndex(of: UInt8(ascii: "?")) else { return nil }
        if let hash = text.utf8.firstIndex(of: UInt8(ascii: "#")), hash < mark { return nil }
        let end = text.utf8[mark...].firstIndex(of: UInt8(ascii: "#")) ?? text.endIndex
        return mark..<end
    }

    private func resolvePath(_ destination: String, from contentPath: String) -> Resolution {
        if let pathTable, let page = quickPage(destination, from: contentPath, table: pathTable) { return page }
        let trimmed = Self.trimmingHorizontalSpaces(destination)
        if trimmed.isEmpty { return .broken("the link has no address") }
        // Another generator's template (Hugo's `{{< ref x >}}`, `{{% eturl x %}}`, Liquid's `{{ x | relative_url }}`) is no address at all.
        if trimmed.utf8.first == UInt8(ascii: "{"), trimmed.hasPrefix("{{") || trimmed.hasPrefix("{%") {
            let shortcode = trimmed.hasPrefix("{{<") || trimmed.hasPrefix("{{%")
            return .broken(
                "the link's address '\(trimmed)' is "
                    + (shortcode ? "a Hugo shortcode" : "a template expression of another generator (Liquid, Hugo)")
                    + ", which Pamphlet does not run; write the address itself"
                    + (shortcode ? " ('pamphlet import' converts Hugo's ref and relref when it brings a site over)" : ""))
        }
        if Self.hasScheme(trimmed) || (trimmed.utf8.first == UInt8(ascii: "/") && trimmed.hasPrefix("//")) { return .external }
        let (pathPart, fragment) = Self.splitFragment(trimmed)
        if pathPart.isEmpty {
            return .samePage(fragment: fragment ?? "")
        }
        // Foundation's decoding copies through CFString; most links have nothing to decode.
        let path = Self.contains(UInt8(ascii: "%"), in: pathPart) ? pathPart.removingPercentEncoding ?? pathPart : pathPart
        if path.utf8.first == UInt8(ascii: "/") {
            return resolveSitePath(path, fragment: fragment)
        }
        guard let target = Self.join(folderOf: contentPath, path) else {
            return .broken("'\(destination)' goes above the content/ folder; links must stay inside the site")
        }
        // A folder link (`../genetic-testing/`) means the section's page.
        if !Self.hasMarkdownSuffix(target), let page = byContentPath[target.isEmpty ? "_index.md" : target + "/_index.md"] {
            return .page(index: page, url: pageURLs[page], fragment: fragment)
        }
        if let page = byContentPath[target] {
            return .page(index: page, url: pageURLs[page], fragment: fragment)
        }
        if staticFiles.contains(target) {
            return .file(url: basePath + Self.encodePath(target) + (fragment.map { "#" + $0 } ?? ""))
        }
        if let page = unpublished[target] ?? unpublished[target.isEmpty ? "_index.md" : target + "/_index.md"] {
            let message = "the link '\(destination)' points to content/\(target), which \(page.state)"
            return page.isDraft ? .broken(message) : .unpublished(url: page.url, fragment: fragment, message: message)
        }
        return .broken(missingMessage(destination, target: target))
    }

    /// A relative link to a page, as most links are (`../genes/dna.md#x`),
    /// resolved on bytes with the general path's rules: nothing to trim, no
    /// scheme or template, an ASCII path without "%" joined to the page's
    /// folder in a stack buffer, and found in `table`. Nil for any other
    /// link, and for a miss: the general path answers those.
    private func quickPage(_ destination: String, from contentPath: String, table: LinkResolverPathTable) -> Resolution? {
        Self.withBytes(destination) { link -> Resolution? in
            guard let first = link.first, let last = link.last, last < 0x80, first != 0x20, first != 0x09, last != 0x20, last != 0x09,
                  first != UInt8(ascii: "{"), first != UInt8(ascii: "/"), first != UInt8(ascii: "#"), !Self.hasScheme(link) else { return nil }
            let hash = link.firstIndex(of: UInt8(ascii: "#")) ?? link.count
            let path = UnsafeBufferPointer(rebasing: link[..<hash])
            guard path.allSatisfy({ $0 < 0x80 && $0 != UInt8(ascii: "%") }) else { return nil }
            let page = Self.withBytes(contentPath) { file -> Int? in
                let folder = UnsafeBufferPointer(rebasing: file[..<(file.lastIndex(of: UInt8(ascii: "/")) ?? 0)])
                guard folder.allSatisfy({ $0 < 0x80 }) else { return nil }
                let section: StaticString = "/_index.md"
                return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: folder.count + path.count + 1 + section.utf8CodeUnitCount) { buffer -> Int? in
                    guard let length = Self.joinASCII(folder, path, into: buffer) else { return nil }
                    let isMarkdown = length >= 3 && buffer[length - 3] == UInt8(ascii: ".") && buffer[length - 2] == UInt8(ascii: "m")
                        && buffer[length - 1] == UInt8(ascii: "d")
                    // A folder link (`../genetic-testing/`) means the section's page, as in the general path.
                    if !isMarkdown {
                        let all = UnsafeBufferPointer(start: section.utf8Start, count: section.utf8CodeUnitCount)
                        let suffix = length == 0 ? all.dropFirst() : all[...]
                        for (offset, byte) in suffix.enumerated() { buffer[length + offset] = byte }
                        if let page = table.page(UnsafeBufferPointer(rebasing: buffer[..<(length + suffix.count)])) { return page }
                    }
                    return table.page(UnsafeBufferPointer(rebasing: buffer[..<length]))
                }
            }
            guard let page else { return nil }
            let fragment = hash < link.count ? Self.decodedFragment(String(decoding: UnsafeBufferPointer(rebasing: link[(hash + 1)...]), as: UTF8.self)) : nil
            return .page(index: page, url: pageURLs[page], fragment: fragment)
        }
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
        "the link '\(destination)' points to content/\(target), which does not exist\(Suggestion.phrase(suggestions.closest(to: target)))"
    }

    /// `https:`, `mailto:`: an ASCII letter, then letters, digits, `+`, `-` or `.`, then a colon.
    /// Bytes, not Characters: every link of every page is asked.
    static func hasScheme(_ text: String) -> Bool {
        withBytes(text) { hasScheme($0) }
    }

    private static func hasScheme(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var length = 0
        for byte in bytes {
            let isLetter = (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
            if byte == UInt8(ascii: ":") { return length > 0 }
            if length == 0 && !isLetter { return false }
            let allowed = isLetter || (byte >= 0x30 && byte <= 0x39) || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")
            if !allowed { return false }
            length += 1
        }
        return false
    }

    /// The path and the fragment, which is percent-decoded (`#terapia-g%C3%A9nica` names `terapia-génica`).
    static func splitFragment(_ text: String) -> (String, String?) {
        guard contains(UInt8(ascii: "#"), in: text), let hash = text.utf8.firstIndex(of: UInt8(ascii: "#")) else { return (text, nil) }
        return (String(text[..<hash]), decodedFragment(String(text[text.utf8.index(after: hash)...])))
    }

    private static func decodedFragment(_ fragment: String) -> String {
        contains(UInt8(ascii: "%"), in: fragment) ? fragment.removingPercentEncoding ?? fragment : fragment
    }

    /// Joins a relative path to a folder inside content/; nil when it climbs out.
    static func join(_ folder: String, _ relative: String) -> String? {
        withBytes(folder) { folderBytes in
            withBytes(relative) { relativeBytes in
                // "/" and "." inside a non-ASCII path could join a following accent
                // into one Character, which the byte walk would not see.
                guard folderBytes.allSatisfy({ $0 < 0x80 }) && relativeBytes.allSatisfy({ $0 < 0x80 }) else {
                    return joinParts(folder, relative)
                }
                return joinASCII(folderBytes, relativeBytes)
            }
        }
    }

    /// `join(folder(of: file), relative)`, without making a String of the folder: every relative link of every page is joined.
    static func join(folderOf file: String, _ relative: String) -> String? {
        withBytes(file) { fileBytes in
            let folderBytes = UnsafeBufferPointer(rebasing: fileBytes[..<(fileBytes.lastIndex(of: UInt8(ascii: "/")) ?? 0)])
            return withBytes(relative) { relativeBytes in
                guard folderBytes.allSatisfy({ $0 < 0x80 }) && relativeBytes.allSatisfy({ $0 < 0x80 }) else {
                    return joinParts(folder(of: file), relative)
                }
                return joinASCII(folderBytes, relativeBytes)
            }
        }
    }

    /// `path.hasSuffix(".md")`, on bytes where an ASCII byte (or nothing) comes before
    /// the ".": then the bytes are those Characters. (A "prepend" mark before
    /// the "." would join it into one Character; Unicode's rules decide then.)
    static func hasMarkdownSuffix(_ path: String) -> Bool {
        let answer = withBytes(path) { bytes -> Bool? in
            let count = bytes.count
            guard count >= 3, bytes[count - 3] == UInt8(ascii: "."), bytes[count - 2] == UInt8(ascii: "m"),
                  bytes[count - 1] == UInt8(ascii: "d") else { return false }
            return count == 3 || bytes[count - 4] < 0x80 ? true : nil
        }
        return answer ?? path.hasSuffix(".md")
    }

    /// The general case: any path, split into Characters.
    static func joinParts(_ folder: String, _ relative: String) -> String? {
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

    /// `join` for ASCII paths, where each byte is a Character.
    static func joinASCII(_ folder: String, _ relative: String) -> String? {
        withBytes(folder) { folderBytes in withBytes(relative) { joinASCII(folderBytes, $0) } }
    }

    /// Works on the bytes in place, writing the result straight into the
    /// String's own buffer: every relative link of every page is joined.
    private static func joinASCII(_ folder: UnsafeBufferPointer<UInt8>, _ relative: UnsafeBufferPointer<UInt8>) -> String? {
        var climbsOut = false
        let joined = String(unsafeUninitializedCapacity: folder.count + relative.count + 1) { path in
            guard let length = joinASCII(folder, relative, into: path) else {
                climbsOut = true
                return 0
            }
            return length
        }
        return climbsOut ? nil : joined
    }

    /// Writes the joined path into `path` (room for both and a slash): its length, or nil when it climbs out.
    private static func joinASCII(
        _ folder: UnsafeBufferPointer<UInt8>, _ relative: UnsafeBufferPointer<UInt8>, into path: UnsafeMutableBufferPointer<UInt8>
    ) -> Int? {
        let slash = UInt8(ascii: "/"), dot = UInt8(ascii: ".")
        var length = 0
        // Adds the parts of `bytes` between slashes; only the relative path's "." and ".." are steps.
        func add(_ bytes: UnsafeBufferPointer<UInt8>, steps: Bool) -> Bool {
            var start = 0
            while start <= bytes.count {
                var end = start
                while end < bytes.count, bytes[end] != slash { end += 1 }
                let count = end - start
                if count == 0 || (steps && count == 1 && bytes[start] == dot) {
                    // Nothing to add.
                } else if steps && count == 2 && bytes[start] == dot && bytes[start + 1] == dot {
                    if length == 0 { return false }
                    // Back to the last slash, or to the start.
                    length -= 1
                    while length > 0 && path[length] != slash { length -= 1 }
                } else {
                    if length > 0 {
                        path[length] = slash
                        length += 1
                    }
                    for offset in start..<end {
                        path[length] = bytes[offset]
                        length += 1
                    }
                }
                start = end + 1
            }
            return true
        }
        guard add(folder, steps: false), add(relative, steps: true) else { return nil }
        return length
    }

    /// Whether `text` has the byte: read from its bytes in place (the UTF-8
    /// view's iterator cost several times more, for every link of every page).
    static func contains(_ byte: UInt8, in text: String) -> Bool {
        withBytes(text) { $0.contains(byte) }
    }

    /// `text.trimmingCharacters(in: .horizontalSpaces)`: the text itself when
    /// both ends are ASCII other than a space or a tab (nothing to trim), as
    /// for nearly every link.
    static func trimmingHorizontalSpaces(_ text: String) -> String {
        let untouched = withBytes(text) { bytes -> Bool in
            guard let first = bytes.first, let last = bytes.last else { return false }
            return first < 0x80 && last < 0x80 && first != 0x20 && first != 0x09 && last != 0x20 && last != 0x09
        }
        return untouched ? text : text.trimmingCharacters(in: .horizontalSpaces)
    }

    /// `path.parentPath`, found in its bytes: what comes before its last "/", or "" without one.
    static func folder(of path: String) -> String {
        withBytes(path) { bytes in
            guard let slash = bytes.lastIndex(of: UInt8(ascii: "/")) else { return "" }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[..<slash]), as: UTF8.self)
        }
    }

    /// A text's UTF-8 bytes, in place when it is stored contiguously (native strings are).
    private static func withBytes<Result>(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        if let result = text.utf8.withContiguousStorageIfAvailable(body) { return result }
        return Array(text.utf8).withUnsafeBufferPointer(body)
    }

    static func encodePath(_ path: String) -> String {
        // Most paths are letters, digits, "-", "_", ".", "~" and "/", which
        // stay as they are: Foundation's walk over each one showed in profiles.
        if withBytes(path, { $0.allSatisfy(isUnreservedPathByte) }) { return path }
        return path.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? path
    }

    /// An ASCII letter or digit, `-`, `.`, `_`, `~` or `/`: never percent-encoded in a path.
    static func isUnreservedPathByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
             UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "/"):
            return true
        default:
            return false
        }
    }
}
