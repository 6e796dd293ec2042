import Foundation
import PamphletCore

/// Writes a page's front matter as Pamphlet's YAML, from another generator's.
struct FrontMatterConversion {
    var yaml = ""
    var dateNotes: [ImportReport.Finding] = []
    var findings: [ImportReport.Finding] = []
    var droppedKeys: [(key: String, line: Int)] = []

    /// Keys read here; the date keys only become notes.
    static let dateKeys = ["date", "lastmod", "lastupdate", "last_modified_at", "updated", "modified"]
    static let convertedKeys: Set<String> = [
        "title", "description", "summary", "weight", "order", "nav_order", "aliases", "redirect_from", "draft", "published",
        "slug", "url", "permalink", "publishDate", "publishdate", "expiryDate", "expirydate",
    ]

    init(_ matter: SourceFrontMatter, page: ImportPlan.PlannedPage, file: String) {
        let values = matter.values
        func line(_ key: String) -> Int { matter.lines[key] ?? 1 }
        var lines: [String] = []
        var title = values["title"]?.text?.trimmingCharacters(in: .whitespaces) ?? ""
        if title.isEmpty {
            title = Self.firstHeading(matter.body) ?? Self.humanize(page.destination)
            findings.append(.init(file: file, line: 1, message: "it had no title; it is now \"\(title)\": check it"))
        }
        lines.append("title: " + Self.quoted(title))
        if let description = (values["description"] ?? values["summary"])?.text?.trimmingCharacters(in: .whitespacesAndNewlines), !description.isEmpty {
            lines.append("description: " + Self.quoted(description))
        }
        for key in ["weight", "order", "nav_order"] {
            guard let value = values[key], !value.isEmpty else { continue }
            if let weight = value.int {
                lines.append("weight: \(weight)")
            } else {
                findings.append(.init(file: file, line: line(key), message: "'\(key)' is not a whole number (\(value.text ?? "a list")), so the page has no weight; give it 'weight: N'"))
            }
            break
        }
        if values["draft"]?.bool == true || values["published"]?.bool == false { lines.append("draft: true") }
        if let slug = values["slug"]?.text, !slug.isEmpty {
            lines.append("slug: " + Self.quoted(slug))
        } else if page.url == nil, let taken = Self.generatedAddress(page.destination) {
            let slug = taken.name + "-page"
            lines.append("slug: " + Self.quoted(slug))
            findings.append(.init(file: file, line: 1, message: "its address would be \(taken.owner), so it now has 'slug: \(slug)'; links to it are corrected"))
        }
        if let url = page.url {
            lines.append("url: " + Self.quoted(url))
        } else {
            for key in ["url", "permalink"] {
                guard let text = values[key]?.text, text.contains(":") || text.contains("{") else { continue }
                findings.append(.init(file: file, line: line(key), message: "'\(key): \(text)' is a pattern, not an address, so it was left out; the page keeps the address of its file"))
            }
        }
        for key in ["aliases", "redirect_from"] {
            for alias in values[key]?.texts ?? [] where alias.contains("://") {
                findings.append(.init(file: file, line: line(key), message: "the alias '\(alias)' is a full address on another site; Pamphlet redirects only its own addresses, so it was left out"))
            }
        }
        if !page.aliases.isEmpty { lines.append("aliases:\n" + page.aliases.map { "  - " + Self.quoted($0) }.joined(separator: "\n")) }
        for (keys, target) in [(["publishDate", "publishdate"], "publish_date"), (["expiryDate", "expirydate"], "expires")] {
            for key in keys {
                guard let text = values[key]?.text, !text.isEmpty else { continue }
                if let date = Self.day(text) {
                    lines.append("\(target): \(date)")
                } else {
                    findings.append(.init(file: file, line: line(key), message: "'\(key): \(text)' is not a date, so it was left out; write '\(target): YYYY-MM-DD'"))
                }
            }
        }
        for key in Self.dateKeys {
            guard let text = values[key]?.text, !text.isEmpty else { continue }
            dateNotes.append(.init(file: file, line: line(key), message: "'\(key): \(text)': set `reviewed` only after a clinician has checked the page"))
        }
        for key in values.keys.sorted() where !Self.convertedKeys.contains(key) && !Self.dateKeys.contains(key) && !(values[key]?.isEmpty ?? true) {
            droppedKeys.append((key, line(key)))
        }
        yaml = "---\n" + lines.joined(separator: "\n") + "\n---\n"
    }

    /// PrintSectionGenerator.folder: where Pamphlet puts a section's printable page.
    static let printFolder = "print"

    /// The address Pamphlet writes a page of its own at, which an imported page named so
    /// would take: `SECTION/print/` (any folder) and `search/` (top level; sites often have a
    /// `search.md` page for their old search, which Pamphlet's own search page replaces).
    static func generatedAddress(_ destination: String) -> (name: String, owner: String)? {
        let name = destination.fileName.removingPathExtension.lowercased()
        guard !destination.fileName.hasPrefix("_index") else { return nil }
        if name == printFolder { return (name, "the section's printable page (.../print/)") }
        if name == "search", destination.parentFolder.isEmpty { return (name, "the site's search page (/search/)") }
        return nil
    }

    /// `2018-10-6`, `2018-10-06T10:00:00Z` or `2018-10-06 10:00:00 -0500` -> `2018-10-06`.
    static func day(_ text: String) -> String? {
        let datePart = text.prefix { $0 != "T" && $0 != " " }
        let parts = datePart.split(separator: "-")
        guard parts.count == 3, parts[0].count == 4, let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
              (1...12).contains(month), (1...31).contains(day) else { return nil }
        return SourceValue.iso(year, month, day)
    }

    static func firstHeading(_ body: Substring) -> String? {
        for line in body.split(separator: "\n", omittingEmptySubsequences: true).prefix(40) where line.hasPrefix("# ") {
            let title = line.dropFirst(2).trimmingCharacters(in: .whitespaces)
            if !title.isEmpty { return title }
        }
        return nil
    }

    /// `genes/gene-therapy.md` -> "Gene therapy"; a folder's `_index.md` is named after its folder.
    static func humanize(_ destination: String) -> String {
        var name = destination.fileName.removingPathExtension
        if name.hasPrefix("_index") { name = destination.parentFolder.fileName }
        let words = name.replacingOccurrences(of: "-", with: " ").replacingOccurrences(of: "_", with: " ")
        return words.isEmpty ? "Home" : words.prefix(1).uppercased() + words.dropFirst()
    }

    static func quoted(_ text: String) -> String { PageScaffold.yamlQuoted(text) }
}
