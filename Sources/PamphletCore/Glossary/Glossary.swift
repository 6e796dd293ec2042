import Foundation
import PamphletMarkdown
import Yams

/// One term of `content/glossary.yml`.
public struct GlossaryEntry: Sendable, Equatable {
    /// The term as the glossary page shows it: "DNA", "gene therapy".
    public var term: String
    /// Other ways pages write it ("genes" for "gene"); linked like the term.
    public var forms: [String]
    /// One or two plain sentences; text, never HTML.
    public var definition: String
    /// The term's anchor on the glossary page (`/glossary/#dna`); unique.
    public var id: String
    /// Where the entry starts in glossary.yml, for messages.
    public var position: SourcePosition

    public init(term: String, forms: [String] = [], definition: String, id: String? = nil, position: SourcePosition = SourcePosition(line: 0)) {
        self.term = term
        self.forms = forms
        self.definition = definition
        self.id = id ?? (Slug.make(term).nonEmpty ?? "term")
        self.position = position
    }

    /// The term first, then its forms.
    public var phrases: [String] { [term] + forms }
}

/// The site's glossary: `content/glossary.yml`, a list of entries such as
///
/// ```yaml
/// - term: gene
///   forms: [genes]
///   definition: A short piece of DNA that ...
/// ```
///
/// Read strictly: an unknown key, a missing term or definition, or a phrase
/// given twice is an error with the file, line and column to fix.
public struct Glossary: Sendable {
    public static let file = "glossary.yml"
    /// Where the glossary page is written, below the site's base path.
    public static let folder = "glossary"
    static let knownKeys = ["term", "forms", "definition"]

    public var entries: [GlossaryEntry]

    public init(entries: [GlossaryEntry] = []) {
        self.entries = entries
    }

    public var isEmpty: Bool { entries.isEmpty }

    /// Parses glossary.yml; problems go to `diagnostics` and the entries
    /// that could be read are kept.
    public static func load(text: String, file: String, diagnostics: inout [Diagnostic]) -> Glossary {
        let root: Node?
        do {
            root = try YAMLMapping.compose(text)
        } catch let error as YamlError {
            diagnostics.append(YAMLMapping.diagnostic(for: error, file: file, lineOffset: 0))
            return Glossary()
        } catch let limit as YAMLAliasLimit {
            diagnostics.append(YAMLMapping.diagnostic(for: limit, file: file, lineOffset: 0))
            return Glossary()
        } catch {
            diagnostics.append(.error("could not read YAML: \(error)", file: file, line: 1, code: "glossary"))
            return Glossary()
        }
        guard let root else { return Glossary() }
        guard case let .sequence(items) = root else {
            diagnostics.append(.error(
                "the glossary must be a list of terms, each starting with '- term:' (found \(YAMLMapping.describe(root)))",
                file: file, line: root.mark?.line ?? 1, column: root.mark?.column, code: "glossary"))
            return Glossary()
        }
        var entries: [GlossaryEntry] = []
        // "main" is the theme's skip-link target; "letter-x" are the glossary page's letter headings.
        var usedIDs: [String: Int] = ["main": 0]
        for letter in Alphabet.letters(for: "es") { usedIDs[GlossaryGenerator.letterID(letter)] = 0 }
        usedIDs["letter-numbers"] = 0
        usedIDs["letter-other"] = 0
        // Lowercased phrase -> the entry that has it, to catch a phrase given twice.
        var owners: [String: (term: String, line: Int)] = [:]

        for item in items {
            let line = item.mark?.line ?? 1
            let column = item.mark?.column
            guard let map = YAMLMapping(item, file: file, lineOffset: 0, diagnostics: &diagnostics) else { continue }
            let before = diagnostics.count
            let termText = map.string("term", diagnostics: &diagnostics)
            let termReported = diagnostics.count > before
            let label = termText.map { "'\($0)'" } ?? "on line \(line)"
            let beforeKeys = diagnostics.count
            map.rejectUnknownKeys(knownKeys, context: "the glossary entry \(label)", diagnostics: &diagnostics)
            for index in beforeKeys..<diagnostics.count { diagnostics[index].code = "glossary" }
            let term = termText?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
            if term.isEmpty, !termReported {
                let at = map.node("term").map(map.position(of:)) ?? (line, column)
                diagnostics.append(.error(
                    "the glossary entry \(label) has no term; add a line such as 'term: gene'",
                    file: file, line: at.line, column: at.column, code: "glossary"))
            }
            let beforeDefinition = diagnostics.count
            let definition = map.string("definition", diagnostics: &diagnostics)?
                .trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
            if definition.isEmpty, diagnostics.count == beforeDefinition {
                let at = map.node("definition").map(map.position(of:)) ?? (line, column)
                diagnostics.append(.error(
                    "the glossary entry \(label) has no definition; add a line such as 'definition: A short piece of DNA ...'",
                    file: file, line: at.line, column: at.column, code: "glossary"))
            }
            var forms: [String] = []
            if let node = map.node("forms") {
                if case .scalar = node, Self.isNullOrEmpty(node) {
                    // `forms:` with nothing after it: no other forms.
                } else if case .mapping = node {
                    diagnostics.append(map.error("'forms' must be a list such as [genes], found a group of keys", at: node, code: "glossary"))
                } else {
                    for form in map.stringList("forms", diagnostics: &diagnostics) ?? [] {
                        let trimmed = form.trimmingCharacters(in: .whitespacesAndNewlines)
                        if trimmed.isEmpty {
                            diagnostics.append(map.error("a form of \(label) is empty; remove it", at: node, code: "glossary"))
                        } else {
                            forms.append(trimmed)
                        }
                    }
                }
            }
            guard !term.isEmpty, !definition.isEmpty, !diagnostics[before...].hasErrors else { continue }

            var ownForms: [String] = []
            var termTaken = false
            for phrase in [term] + forms {
                let key = phrase.lowercased()
                if let owner = owners[key] {
                    let whose = owner.term == term ? "given twice in this entry" : "already listed for '\(owner.term)' on line \(owner.line)"
                    diagnostics.append(.error(
                        "'\(phrase)' is \(whose); a phrase can link to one term only, so keep it once",
                        file: file, line: line, column: column, code: "glossary"))
                    if phrase == term { termTaken = true }
                    continue
                }
                owners[key] = (term, line)
                if phrase != term { ownForms.append(phrase) }
            }
            if termTaken { continue }
            let id = MarkdownRenderer.uniqueID(Slug.make(term).nonEmpty ?? "term", used: &usedIDs)
            entries.append(GlossaryEntry(
                term: term, forms: ownForms, definition: definition, id: id,
                position: SourcePosition(line: line, column: column)))
        }
        return Glossary(entries: entries)
    }

    private static func isNullOrEmpty(_ node: Node) -> Bool {
        guard case let .scalar(scalar) = node else { return false }
        return scalar.style == .plain && ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }
}
