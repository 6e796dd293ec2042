import Foundation
import PamphletCore
import TOMLKit
import Yams

/// Hugo's `permalinks` setting (`news: /:year/:month/:day/:slug/`): the
/// addresses a Hugo site gave the pages of a section. The import writes such
/// a page's old address as its `url`, so old links and bookmarks keep
/// working, and two pages with the same slug in one folder (a dated event
/// series) stay two pages.
struct HugoPermalinks {
    /// Top-level content folder -> pattern.
    var patterns: [String: String] = [:]

    init(patterns: [String: String]) {
        self.patterns = patterns
    }

    /// The setting from the site's settings files (`hugo.toml`, `config.yaml`,
    /// `config/_default/...`), the first that has it.
    init(source: URL) {
        let names = RawHTMLSetting.hugoSettings
            + RawHTMLSetting.hugoSettings.map { "config/_default/" + $0 }
            + ["toml", "yaml", "yml", "json"].map { "config/_default/permalinks." + $0 }
        for name in names {
            guard let text = SourceFile.text(name, in: source), let settings = Self.read(text, name: name) else { continue }
            // A permalinks.* file holds the table itself; the others hold it under `permalinks`.
            let value = name.hasPrefix("config/_default/permalinks.") ? settings : Self.entry("permalinks", in: settings)
            guard case let .table(entries)? = value else { continue }
            // Hugo 0.120 and later also write `permalinks: {page: {news: ...}, section: {...}}`.
            let pages: [String: SourceValue]
            if case let .table(inner)? = entries["page"] { pages = inner } else { pages = entries }
            for (section, pattern) in pages { if let text = pattern.text, !text.isEmpty { patterns[section.lowercased()] = text } }
            if !patterns.isEmpty { return }
        }
    }

    private static func read(_ text: String, name: String) -> SourceValue? {
        if name.hasSuffix(".toml") { return (try? TOMLTable(string: text)).map { SourceValue($0) } }
        if name.hasSuffix(".json") {
            guard let object = try? JSONSerialization.jsonObject(with: Data(text.utf8)) else { return nil }
            return json(object)
        }
        return (try? YAMLMapping.compose(text)).flatMap { $0 }.map { SourceValue($0) }
    }

    private static func json(_ object: Any) -> SourceValue {
        if let table = object as? [String: Any] { return .table(table.mapValues(json)) }
        if let list = object as? [Any] { return .list(list.map(json)) }
        return .text("\(object)")
    }

    private static func entry(_ key: String, in value: SourceValue) -> SourceValue? {
        guard case let .table(entries) = value else { return nil }
        return entries.first { $0.key.lowercased() == key }?.value
    }

    enum Outcome: Equatable {
        case url(String)
        /// The pattern could not be followed for this page; why, for the report.
        case problem(String)
    }

    /// The old address of the page at `path` (relative to the content folder),
    /// nil when no pattern applies (a section's own page, a folder without one).
    func address(of path: String, matter: SourceFrontMatter) -> Outcome? {
        let parts = path.split(separator: "/").map(String.init)
        guard parts.count > 1, let pattern = patterns[parts[0].lowercased()], !ImportPlan.isFolderPage(path) || parts.count > 2,
              !path.fileName.hasPrefix("_index") else { return nil }
        // A leaf bundle (`news/flu/index.md`) is named after its folder.
        let baseName = ImportPlan.isFolderPage(path) ? parts[parts.count - 2] : path.fileName.removingPathExtension
        let title = matter.values["title"]?.text ?? ""
        let slug = matter.values["slug"]?.text.flatMap { $0.isEmpty ? nil : Self.urlize($0) }
        var date: (year: String, month: String, day: String)?
        for key in ["date", "publishDate", "publishdate", "pubdate", "published", "lastmod", "modified"] {
            guard let text = matter.values[key]?.text, let match = text.firstMatch(of: /^(\d{4})-(\d{1,2})-(\d{1,2})/) else { continue }
            date = (String(match.1), SourceValue.two(Int(match.2) ?? 0), SourceValue.two(Int(match.3) ?? 0))
            break
        }
        var address = ""
        var rest = Substring(pattern)
        while let colon = rest.firstIndex(of: ":") {
            address += rest[..<colon]
            let token = rest[rest.index(after: colon)...].prefix { $0.isLetter || $0.isNumber || $0 == "[" || $0 == "]" }
            rest = rest[rest.index(colon, offsetBy: 1 + token.count)...]
            let value: String?
            switch token {
            case "year": value = date?.year
            case "month": value = date?.month
            case "day": value = date?.day
            case "section": value = parts[0]
            case "sections": value = parts.dropLast().joined(separator: "/")
            case "title": value = Self.urlize(title)
            case "slug": value = slug ?? Self.urlize(title)
            case "filename", "contentbasename": value = Self.urlize(baseName)
            case "slugorfilename", "slugorcontentbasename": value = slug ?? Self.urlize(baseName)
            default:
                return .problem("Hugo's permalinks pattern '\(pattern)' for \(parts[0])/ uses :\(token), which the import does not follow")
            }
            guard let value, !value.isEmpty else {
                return .problem("Hugo's permalinks pattern '\(pattern)' for \(parts[0])/ needs :\(token), which this page does not have")
            }
            address += value
        }
        address += rest
        while address.contains("//") { address = address.replacingOccurrences(of: "//", with: "/") }
        if !address.hasPrefix("/") { address = "/" + address }
        if !address.hasSuffix("/") { address += "/" }
        return .url(address.lowercased())
    }

    /// Hugo's `urlize` for a path part: letters, digits and `._-~@+#` kept,
    /// each run of spaces one hyphen, everything else dropped, lower case.
    static func urlize(_ text: String) -> String {
        var result = ""
        var hyphenPending = false
        var lastWasHyphen = false
        for scalar in text.unicodeScalars {
            let allowed = CharacterSet.letters.contains(scalar) || CharacterSet.decimalDigits.contains(scalar)
                || CharacterSet.nonBaseCharacters.contains(scalar) || "._-~@+#".unicodeScalars.contains(scalar)
            if allowed {
                lastWasHyphen = scalar == "-"
                if hyphenPending, !lastWasHyphen { result += "-" }
                hyphenPending = false
                result.unicodeScalars.append(scalar)
            } else if !result.isEmpty, !lastWasHyphen, CharacterSet.whitespaces.contains(scalar) {
                hyphenPending = true
            }
        }
        return result.lowercased()
    }
}
