import Foundation
import PamphletCore

/// Where each page and file of the old site goes in the new one, and the
/// old addresses that lead to it, so links can be pointed at the `.md` files.
struct ImportPlan {
    struct PlannedPage {
        /// Paths relative to the old content folder and to the new `content/`.
        var source: String
        var destination: String
        var matter: SourceFrontMatter
        /// The folder its old address was in, for links written relative to that address.
        var oldAddress: String
        /// `url` or `permalink`, as a Pamphlet address (`/about-us/`), when it had one.
        var url: String?
        /// Its old addresses that become redirects: aliases, and an old `.html` address.
        var aliases: [String] = []
    }

    var pages: [PlannedPage] = []
    /// Old content path -> new content path, for pages.
    var pageBySource: [String: String] = [:]
    /// `addressKey` of an old address -> new content path.
    var pageByAddress: [String: String] = [:]
    /// Lowercased old file path (no leading "/") -> new content path, for pictures and documents.
    var fileByPath: [String: String] = [:]
    /// Page file names without extension -> new content paths, for Hugo's `ref "name"`.
    var pagesByStem: [String: [String]] = [:]
    /// Pages whose new place is not their old one: (old, new).
    var moves: [(String, String)] = []
    var problems: [ImportReport.Finding] = []

    /// `/About/Page.html`, `/about/page/` and `about/page/index.html` are one key: `/about/page`.
    static func addressKey(_ address: String) -> String {
        var path = String(address.prefix { $0 != "?" && $0 != "#" }).lowercased()
        if !path.hasPrefix("/") { path = "/" + path }
        for ending in ["/index.html", "/index.htm", "/index.php"] where path.hasSuffix(ending) { path.removeLast(ending.count - 1) }
        for ending in [".html", ".htm"] where path.hasSuffix(ending) { path.removeLast(ending.count) }
        while path.count > 1, path.hasSuffix("/") { path.removeLast() }
        return path
    }

    init(
        pages found: [(path: String, matter: SourceFrontMatter)], files: [String], permalinks: HugoPermalinks = .init(patterns: [:]),
        display: (String) -> String
    ) {
        var folders: Set<String> = []
        for (path, _) in found {
            var folder = path.parentFolder
            while !folder.isEmpty, folders.insert(folder).inserted { folder = folder.parentFolder }
        }
        var taken: [String: String] = [:]
        var destinations: [String: String] = [:]
        // Folder pages first (`index.md`, `_index.md`), so `X.md` beside `X/` moves only where X/ has none.
        let ordered = found.filter { Self.isFolderPage($0.path) } + found.filter { !Self.isFolderPage($0.path) }
        // A page whose address was the site's top (Jekyll's `permalink: /`) is the home page, unless there is one.
        let hasHome = found.contains { Self.isFolderPage($0.path) && !$0.path.contains("/") }
        var homeTaken = hasHome
        for (path, matter) in ordered {
            var destination = Self.destination(of: path, folders: folders, taken: taken)
            if !homeTaken, Self.pageURL(matter).url == "/" {
                destination = "_index.md"
                homeTaken = true
            }
            // Likewise a page whose address was its own folder's (Jekyll's `_docs/community/community.md`
            // with `permalink: /docs/community/`) is that folder's page, unless the folder has one:
            // beside the section page Pamphlet makes for the folder, both would be at that address.
            let folder = destination.parentFolder
            if !folder.isEmpty, !Self.isFolderPage(destination), taken[folder + "/_index.md"] == nil,
               let url = Self.pageURL(matter).url, Self.addressKey(url) == Self.addressKey("/" + folder + "/") {
                destination = folder + "/_index.md"
            }
            if let other = taken[destination] {
                problems.append(.init(file: display(path), line: 1,
                    message: "not imported: it would be \(destination), which \(display(other)) already is; merge the two pages by hand"))
                continue
            }
            taken[destination] = path
            destinations[path] = destination
        }
        // Each page's own address first, so an alias that names another page's address is found.
        var owners: [String: String] = [:]
        var urls: [String: (url: String?, oldHTML: String?)] = [:]
        // A page at its own place owns its address before another page that claims it with `url`
        // (a forgotten copy, `bak_index.md`), so links to that address keep leading to it.
        var written: [String: (url: String?, oldHTML: String?)] = [:]
        for (path, matter) in found {
            var url = Self.pageURL(matter)
            // A folder's page at its folder's address needs no `url`.
            if let destination = destinations[path], destination.fileName == "_index.md",
               let own = url.url, Self.addressKey(own) == Self.addressKey("/" + destination.parentFolder + "/") { url.url = nil }
            // Pamphlet writes its own not-found page at /404.html; a page there keeps /404/ only.
            if url.oldHTML == "/404.html" {
                url.oldHTML = nil
                problems.append(.init(file: display(path), line: matter.lines["permalink"] ?? matter.lines["url"] ?? 1,
                    message: "it was the old site's not-found page (/404.html); Pamphlet makes that page from the theme's 404 template, so this page is at /404/: move its words into the template (layouts/404.mustache) and remove it"))
            }
            // A section's Hugo permalinks pattern gave the page its old address, unless it wrote its own.
            if url.url == nil {
                switch permalinks.address(of: path, matter: matter) {
                case let .url(address)?: url.url = address
                case let .problem(message)?:
                    problems.append(.init(file: display(path), line: 1, message: message + "; the page is at its folder's address in the new site, so add its old address to 'aliases' if old links must keep working"))
                case nil: break
                }
            }
            written[path] = url
        }
        let claimsURL = { (path: String) in written[path]?.url != nil }
        for (path, matter) in found.filter({ !claimsURL($0.path) }) + found.filter({ claimsURL($0.path) }) {
            guard let destination = destinations[path] else { continue }
            let folderPage = Self.isFolderPage(path) || destination.fileName.hasPrefix("_index")
            var address = "/" + (folderPage ? destination.parentFolder : path.removingPathExtension) + "/"
            if let slug = matter.values["slug"]?.text, !slug.isEmpty {
                address = "/" + (folderPage ? destination.parentFolder.parentFolder : path.parentFolder) + "/" + slug + "/"
            }
            var written = written[path] ?? (nil, nil)
            if let url = written.url { address = url }
            if let other = owners[Self.addressKey(address)] {
                let line = matter.lines["url"] ?? matter.lines["permalink"] ?? matter.lines["slug"] ?? 1
                if written.url != nil {
                    // Its `url` is left out, so the new site builds; the page keeps its own place.
                    written.url = nil
                    problems.append(.init(file: display(path), line: line,
                        message: "its address \(address) is also that of content/\(other), so its 'url' was left out and it is at its own place, content/\(destination); if it is an old copy, remove it"))
                } else {
                    problems.append(.init(file: display(path), line: line,
                        message: "its address \(address) is also that of content/\(other) in the new site; give one of them another 'slug' or 'url', or remove the one that is out of date"))
                }
            } else {
                owners[Self.addressKey(address)] = destination
            }
            urls[path] = written
        }
        // Every folder of pages has a section page at its address, made by Pamphlet when the folder has no _index.md.
        for destination in destinations.values {
            var folder = destination.parentFolder
            while !folder.isEmpty {
                let key = Self.addressKey("/" + folder + "/")
                if owners[key] == nil { owners[key] = folder + "/" }
                folder = folder.parentFolder
            }
        }
        for (path, matter) in found {
            guard let destination = destinations[path] else { continue }
            let folderPage = Self.isFolderPage(path) || destination.fileName.hasPrefix("_index")
            let base = "/" + (folderPage ? destination.parentFolder : path.removingPathExtension)
            var addresses = [base + "/"]
            if path.hasPrefix("_posts/") { addresses.append("/" + destination.removingPathExtension + "/") }
            if let slug = matter.values["slug"]?.text, !slug.isEmpty {
                addresses.append("/" + (folderPage ? destination.parentFolder.parentFolder : path.parentFolder) + "/" + slug + "/")
            }
            let written = urls[path] ?? (nil, nil)
            if let url = written.url { addresses.append(url) }
            var aliases: [String] = written.oldHTML.map { [$0] } ?? []
            for key in ["aliases", "redirect_from"] {
                for alias in matter.values[key]?.texts ?? [] where !alias.trimmingCharacters(in: .whitespaces).isEmpty && !alias.contains("://") {
                    var absolute = alias.hasPrefix("/") ? alias : base.parentFolder + "/" + alias
                    // `/old/index.html` is the address `/old/`.
                    if Self.addressKey(absolute) != Self.addressKey(absolute.removingIndexFile) || absolute.hasSuffix("/index.html") {
                        absolute = absolute.removingIndexFile
                    }
                    addresses.append(absolute)
                    let key = Self.addressKey(absolute)
                    if let owner = owners[key] {
                        if owner != destination && owner != destination.parentFolder + "/" {
                            problems.append(.init(file: display(path), line: matter.lines["aliases"] ?? matter.lines["redirect_from"] ?? 1,
                                message: "the alias '\(alias)' is the address of \(owner.hasSuffix("/") ? "the folder" : "the page") content/\(owner) in the new site, so it was left out; "
                                    + "if the old address should lead here, remove or move that page and add the alias again"))
                        }
                        continue
                    }
                    owners[key] = destination
                    aliases.append(absolute)
                }
            }
            for address in addresses where pageByAddress[Self.addressKey(address)] == nil
                && (owners[Self.addressKey(address)].map { $0 == destination || $0.hasSuffix("/") } ?? true) {
                pageByAddress[Self.addressKey(address)] = destination
            }
            pages.append(PlannedPage(source: path, destination: destination, matter: matter, oldAddress: base + "/", url: written.url, aliases: aliases))
            pageBySource[path] = destination
            pagesByStem[path.fileName.removingPathExtension.lowercased(), default: []].append(destination)
            if destination != path { moves.append((path, destination)) }
        }
        for file in files { fileByPath[file.lowercased()] = file }
    }

    /// `url` or `permalink` as a Pamphlet address: `/about.html` is `/about/`
    /// (with the old one kept as an alias), `/x/index.html` is `/x/`, and
    /// Metalsmith's `permalink: false` is none.
    static func pageURL(_ matter: SourceFrontMatter) -> (url: String?, oldHTML: String?) {
        for key in ["url", "permalink"] {
            guard let text = matter.values[key]?.text?.trimmingCharacters(in: .whitespaces), !text.isEmpty,
                  !["false", "true", "none", "null", "~"].contains(text.lowercased()),
                  !text.contains(":"), !text.contains("{") else { continue }
            var url = text.hasPrefix("/") ? text : "/" + text
            if url.hasSuffix("/index.html") || url.hasSuffix("/index.md") { return (url.removingIndexFile, nil) }
            for ending in [".html", ".htm", ".md"] where url.hasSuffix(ending) {
                let old = ending == ".md" ? nil : url
                url.removeLast(ending.count)
                return (url + "/", old)
            }
            return (url.hasSuffix("/") ? url : url + "/", nil)
        }
        return (nil, nil)
    }

    static func isFolderPage(_ path: String) -> Bool {
        let stem = path.fileName.removingPathExtension
        return stem == "index" || stem == "_index" || stem.hasPrefix("index.") || stem.hasPrefix("_index.")
    }

    /// `X/index.md` -> `X/_index.md`; `X.md` beside a folder `X/` -> `X/_index.md`;
    /// Jekyll's `_posts/2018-10-06-flu.md` -> `posts/flu.md`; `.markdown` -> `.md`.
    static func destination(of path: String, folders: Set<String>, taken: [String: String]) -> String {
        let folder = path.parentFolder
        let stem = path.fileName.removingPathExtension
        func inFolder(_ name: String) -> String { folder.isEmpty ? name : folder + "/" + name }
        if stem == "index" || stem == "_index" { return inFolder("_index.md") }
        for prefix in ["index.", "_index."] where stem.hasPrefix(prefix) { return inFolder("_index." + stem.dropFirst(prefix.count) + ".md") }
        if folder == "_posts" || folder.hasPrefix("_posts/") {
            var name = Substring(stem)
            if name.count > 11, name.prefix(10).allSatisfy({ $0.isNumber || $0 == "-" }), name.dropFirst(10).first == "-" { name = name.dropFirst(11) }
            return "posts" + folder.dropFirst("_posts".count) + "/" + name + ".md"
        }
        let own = inFolder(stem)
        // A translation `X.es.md` beside `X/` becomes `X/_index.es.md`.
        let parts = stem.split(separator: ".", maxSplits: 1).map(String.init)
        let base = inFolder(parts[0])
        if folders.contains(base) {
            let index = base + "/_index" + (parts.count > 1 ? "." + parts[1] : "") + ".md"
            if taken[index] == nil { return index }
        }
        return own + ".md"
    }
}

extension String {
    /// "/x/index.html" -> "/x/".
    var removingIndexFile: String {
        for name in ["index.html", "index.htm", "index.md"] where hasSuffix("/" + name) { return String(dropLast(name.count)) }
        return self
    }

    /// "a/b/c.md" -> "a/b"; "c.md" -> "".
    var parentFolder: String {
        guard let slash = lastIndex(of: "/") else { return "" }
        return String(self[..<slash])
    }

    var fileName: String {
        guard let slash = lastIndex(of: "/") else { return self }
        return String(self[index(after: slash)...])
    }

    /// "a/b.md" -> "a/b"; a name without a dot stays.
    var removingPathExtension: String {
        guard let dot = lastIndex(of: "."), !self[dot...].contains("/"), dot != startIndex, self[index(before: dot)] != "/" else { return self }
        return String(self[..<dot])
    }

    /// The path from the folder `from` to `self`, both relative to the same root.
    func relative(fromFolder from: String) -> String {
        let target = split(separator: "/").map(String.init)
        let base = from.split(separator: "/").map(String.init)
        var common = 0
        while common < base.count, common < target.count - 1, base[common] == target[common] { common += 1 }
        let ups = Array(repeating: "..", count: base.count - common)
        return (ups + target[common...]).joined(separator: "/")
    }
}
