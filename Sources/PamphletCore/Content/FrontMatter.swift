import Foundation
import Yams

/// The YAML block at the top of a page, between two `---` lines.
public struct FrontMatter: Sendable {
    public var title = ""
    public var description: String?
    public var slug: String?
    public var url: String?
    public var weight: Int?
    public var draft = false
    public var reviewed: CalendarDate?
    public var nextReview: CalendarDate?
    public var reviewedBy: String?
    /// `reviewed_by: {name: ..., type: Organization}`: a board or committee, not one person.
    public var reviewerIsOrganization = false
    /// Not published before this day (`publish_date`).
    public var publishDate: CalendarDate?
    /// Taken down after this day (`expires`).
    public var expires: CalendarDate?
    /// Where an expired page's address leads: a page file (`other.md`) or a site address; its section otherwise.
    public var expiresRedirect: Located<String>?
    public var aliases: [Located<String>] = []
    /// `also_called: [heart attack, myocardial infarction]`: other names of the topic, which the site search finds.
    public var alsoCalled: [String] = []
    /// This page's own reading-grade target, instead of the site's.
    public var maxGrade: Double?
    /// This Spanish page's own Fernández-Huerta target.
    public var minScore: Double?
    /// Keys Pamphlet does not know, passed to templates as `page.params`.
    public var params: [String: TemplateValue] = [:]
    /// Where each key sits in the file, for messages about its value.
    public var positions: [String: SourcePosition] = [:]

    static let knownKeys = [
        "title", "description", "slug", "url", "weight", "draft", "reviewed", "next_review", "reviewed_by", "aliases", "max_grade", "min_score",
        "publish_date", "expires", "expires_redirect", "also_called",
    ]
}

/// A value with the place in a file it came from.
public struct Located<Value: Sendable>: Sendable {
    public var value: Value
    public var position: SourcePosition
}

public struct SourcePosition: Sendable, Equatable {
    public var line: Int
    public var column: Int?
    public init(line: Int, column: Int? = nil) {
        self.line = line
        self.column = column
    }
}

extension FrontMatter {
    /// The page's front matter and where its Markdown body starts.
    struct Split {
        var yaml: String
        var body: Substring
        /// 1-based line of the body's first line in the file.
        var bodyStartLine: Int
    }

    /// Separates the front matter from the body; a diagnostic when the file
    /// does not start with `---` or the block never closes.
    static func split(_ text: String, file: String) -> Result<Split, Diagnostic> {
        // Callers hand in text with "\n" line ends only.
        // Lines are found by their bytes ("\n" is always a Character of its own).
        let bytes = text.utf8
        var index = text.startIndex
        var lineNumber = 1
        var yamlStart = text.startIndex
        while index < text.endIndex {
            let lineEnd = Self.lineEnd(in: text, from: index)
            let line = text[index..<lineEnd]
            let next = lineEnd < text.endIndex ? bytes.index(after: lineEnd) : text.endIndex
            if lineNumber == 1 {
                guard line.trimmingCharacters(in: .horizontalSpaces) == "---" else { break }
                yamlStart = next
            } else if Self.mayBeMarker(line), ["---", "..."].contains(line.trimmingTrailingBlanks) {
                // Trailing spaces an editor left on the closing line do not hide it.
                return .success(Split(yaml: String(text[yamlStart..<index]), body: text[next...], bodyStartLine: lineNumber + 1))
            }
            lineNumber += 1
            index = next
        }
        if lineNumber == 1 || yamlStart == text.startIndex {
            if let problem = otherFormat(text, file: file) { return .failure(problem) }
            return .failure(.error(
                "a page must start with front matter: a line '---', then 'title: Your page title', then another '---'",
                file: file, line: 1, column: 1, code: "front-matter"))
        }
        return .failure(.error(
            "the front matter that starts on line 1 is never closed; add a line '---' after its last key",
            file: file, line: 1, column: 1, code: "front-matter"))
    }

    /// Where the line starting at `start` ends: its "\n" or the end of the text, found with
    /// memchr over the bytes in place (the UTF-8 view's `firstIndex(of:)` looks at one byte at a time).
    static func lineEnd(in text: String, from start: String.Index) -> String.Index {
        let utf8 = text.utf8
        let offset = utf8.distance(from: utf8.startIndex, to: start)
        let found = utf8.withContiguousStorageIfAvailable { bytes -> String.Index in
            guard let base = bytes.baseAddress, offset < bytes.count,
                  let hit = memchr(base + offset, Int32(UInt8(ascii: "\n")), bytes.count - offset) else { return text.endIndex }
            return utf8.index(utf8.startIndex, offsetBy: base.distance(to: hit.assumingMemoryBound(to: UInt8.self)))
        }
        return found ?? utf8[start...].firstIndex(of: UInt8(ascii: "\n")) ?? text.endIndex
    }

    /// An empty YAML value: nothing after the colon, `~`, `null` or `""`.
    static func isEmptyValue(_ scalar: Node.Scalar) -> Bool {
        let text = scalar.string.trimmingCharacters(in: .whitespaces)
        return text.isEmpty || (scalar.style == .plain && ["~", "null", "Null", "NULL"].contains(text))
    }

    /// TOML front matter between `+++` lines, as Hugo writes it. Pamphlet
    /// reads YAML only, so a page is written one way; the message shows the
    /// change, and `pamphlet import` makes it for a whole site.
    static func otherFormat(_ text: String, file: String) -> Diagnostic? {
        guard text.prefix(while: { $0 != "\n" }).trimmingCharacters(in: .whitespaces) == "+++" else { return nil }
        return .error(
            "this page's front matter is TOML (between '+++' lines), and Pamphlet reads YAML between two '---' lines: "
                + "replace each '+++' line with '---' and write each 'key = \"value\"' as 'key: value' "
                + "(title = \"Flu vaccine\" becomes title: Flu vaccine), or bring the whole site over with "
                + "'pamphlet import OLD-FOLDER NEW-FOLDER', which converts every page",
            file: file, line: 1, column: 1, code: "front-matter")
    }

    /// Whether a line has only the bytes of "---", "..." and blanks (any byte
    /// above ASCII may belong to a Unicode space): a quick no for the YAML
    /// lines before the closing one.
    static func mayBeMarker(_ line: Substring) -> Bool {
        line.utf8.allSatisfy { $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") || $0 >= 0x80 }
    }

    /// Reads the YAML of a page; nil when the page cannot be built.
    static func parse(_ yaml: String, file: String, diagnostics: inout [Diagnostic]) -> FrontMatter? {
        // The YAML starts on the file's second line.
        guard let map = YAMLMapping.parse(yaml, file: file, lineOffset: 1, diagnostics: &diagnostics) else { return nil }
        var matter = FrontMatter()
        let before = diagnostics.count
        matter.positions.reserveCapacity(map.entries.count)
        // By index, here and below: each entry copied is two nodes with weak references.
        for index in map.entries.indices {
            let (line, column) = map.position(of: map.entries[index].keyNode)
            matter.positions[map.entries[index].key] = SourcePosition(line: line ?? 2, column: column)
        }
        if let title = map.string("title", diagnostics: &diagnostics), !title.trimmingCharacters(in: .horizontalSpaces).isEmpty {
            matter.title = title
        } else if diagnostics.count == before {
            let position = matter.positions["title"] ?? SourcePosition(line: 2, column: 1)
            diagnostics.append(.error(
                "the page has no title; add a line such as 'title: What is gene therapy?' to its front matter",
                file: file, line: position.line, column: position.column, code: "front-matter"))
        }
        matter.description = map.string("description", diagnostics: &diagnostics)
        matter.slug = map.string("slug", diagnostics: &diagnostics)
        matter.url = map.string("url", diagnostics: &diagnostics)
        matter.weight = map.int("weight", diagnostics: &diagnostics)
        matter.draft = map.bool("draft", diagnostics: &diagnostics) ?? false
        matter.reviewed = map.date("reviewed", diagnostics: &diagnostics)
        matter.nextReview = map.date("next_review", diagnostics: &diagnostics)
        readReviewer(map, into: &matter, diagnostics: &diagnostics)
        readPublication(map, into: &matter, file: file, diagnostics: &diagnostics)
        matter.maxGrade = map.double("max_grade", diagnostics: &diagnostics)
        matter.minScore = map.double("min_score", diagnostics: &diagnostics)
        matter.alsoCalled = map.stringList("also_called", diagnostics: &diagnostics) ?? []
        if let aliasNode = map.node("aliases") {
            let items: [Node]
            if case let .sequence(sequence) = aliasNode { items = Array(sequence) } else { items = [aliasNode] }
            for item in items {
                let (line, column) = map.position(of: item)
                // `aliases:` left empty (as other generators' templates do) means no alias.
                if case let .scalar(scalar) = item, Self.isEmptyValue(scalar) { continue }
                if case let .scalar(scalar) = item {
                    matter.aliases.append(Located(value: scalar.string, position: SourcePosition(line: line ?? 2, column: column)))
                } else {
                    diagnostics.append(map.error("each alias must be an old address such as /old/page/", at: item, code: "front-matter"))
                }
            }
        }
        for index in map.entries.indices where !knownKeys.contains(map.entries[index].key) {
            matter.params[map.entries[index].key] = TemplateValue(map.entries[index].value)
        }
        return diagnostics[before...].hasErrors ? nil : matter
    }
}


extension Substring {
    var trimmingTrailingBlanks: String {
        var end = endIndex
        while end > startIndex, [" ", "\t"].contains(self[index(before: end)]) { end = index(before: end) }
        return String(self[..<end])
    }
}

extension FrontMatter {
    /// `reviewed_by: Dr. Amina Okafor` (a person), or
    /// `reviewed_by: {name: Genetics Review Board, type: Organization}`.
    static func readReviewer(_ map: YAMLMapping, into matter: inout FrontMatter, diagnostics: inout [Diagnostic]) {
        guard let node = map.node("reviewed_by") else { return }
        guard case .mapping = node else {
            matter.reviewedBy = map.string("reviewed_by", diagnostics: &diagnostics)?.trimmingCharacters(in: .horizontalSpaces).nonEmpty
            return
        }
        guard let reviewer = map.mapping("reviewed_by", diagnostics: &diagnostics) else { return }
        reviewer.rejectUnknownKeys(["name", "type"], context: "reviewed_by", diagnostics: &diagnostics)
        matter.reviewedBy = reviewer.string("name", diagnostics: &diagnostics)?.trimmingCharacters(in: .horizontalSpaces).nonEmpty
        if matter.reviewedBy == nil {
            diagnostics.append(map.error(
                "'reviewed_by' has no name; write it as 'name: Genetics Review Board' under reviewed_by", at: node, code: "front-matter"))
        }
        if let typeNode = reviewer.node("type"), let type = reviewer.string("type", diagnostics: &diagnostics) {
            switch type.lowercased() {
            case "person": matter.reviewerIsOrganization = false
            case "organization", "organisation": matter.reviewerIsOrganization = true
            default:
                diagnostics.append(reviewer.error(
                    "the reviewer's type must be Person or Organization, found '\(type)'", at: typeNode, code: "front-matter"))
            }
        }
    }
}
