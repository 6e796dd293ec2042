import Foundation
import Yams

/// A YAML mapping read with positions, so every problem can name the file,
/// line and column the writer has to fix.
public struct YAMLMapping {
    struct Entry {
        var key: String
        var keyNode: Node
        var value: Node
    }

    let file: String
    /// Lines before the YAML text in its file (front matter starts after `---`).
    let lineOffset: Int
    let entries: [Entry]

    /// Parses `text`; nil and a diagnostic when it is not valid YAML or not a mapping.
    static func parse(_ text: String, file: String, lineOffset: Int, diagnostics: inout [Diagnostic]) -> YAMLMapping? {
        let node: Node?
        do {
            node = try compose(text)
        } catch let error as YamlError {
            diagnostics.append(Self.diagnostic(for: error, file: file, lineOffset: lineOffset))
            return nil
        } catch let limit as YAMLAliasLimit {
            diagnostics.append(Self.diagnostic(for: limit, file: file, lineOffset: lineOffset))
            return nil
        } catch {
            diagnostics.append(.error("could not read YAML: \(error)", file: file, line: lineOffset + 1, code: "yaml"))
            return nil
        }
        guard let node else { return YAMLMapping(file: file, lineOffset: lineOffset, entries: []) }
        return YAMLMapping(node, file: file, lineOffset: lineOffset, diagnostics: &diagnostics)
    }

    /// The YAML node tree of `text`, as Pamphlet reads it.
    ///
    /// - The `.basic` resolver leaves every scalar as text: Pamphlet reads
    ///   numbers, dates and yes/no values itself, with its own messages, and
    ///   the default resolver tries up to seven regular expressions on every
    ///   key and value (a third of reading a page's front matter).
    /// - `.utf8` is named because Yams's default encoding reads the whole
    ///   process environment on every call.
    /// - One constructor for every call: `Constructor.default` builds three
    ///   dictionaries of closures each time it is read.
    /// - Aliases that stand for far more values than the text holds are
    ///   refused (`YAMLAliasLimit`), for every file Pamphlet reads; text
    ///   without a `*` holds no alias and is not walked.
    /// Public for `pamphlet import`, which reads other generators' YAML the same way.
    public static func compose(_ text: String) throws -> Node? {
        // memchr over the bytes in place: the UTF-8 view's `contains` looks at one byte at a time.
        let mayHaveAliases = text.utf8.withContiguousStorageIfAvailable { bytes in
            bytes.baseAddress.map { memchr($0, Int32(UInt8(ascii: "*")), bytes.count) != nil } ?? false
        } ?? text.utf8.contains(UInt8(ascii: "*"))
        if mayHaveAliases { try YAMLAliasLimit.checkKeys(text) }
        let node = try Yams.compose(yaml: text, .basic, constructor, .utf8)
        if mayHaveAliases, let node { try YAMLAliasLimit.checkExpansion(node, budget: YAMLAliasLimit.budget(for: text)) }
        return node
    }

    /// Shared by every thread: a `Constructor` holds only constants, and
    /// Pamphlet never asks it to build a value (it reads `Node`s itself).
    nonisolated(unsafe) private static let constructor = Constructor.default

    static func diagnostic(for limit: YAMLAliasLimit, file: String, lineOffset: Int) -> Diagnostic {
        .error(limit.message, file: file, line: limit.line + lineOffset, column: limit.column, code: "yaml")
    }

    init(file: String, lineOffset: Int, entries: [Entry]) {
        self.file = file
        self.lineOffset = lineOffset
        self.entries = entries
    }

    init?(_ node: Node, file: String, lineOffset: Int, diagnostics: inout [Diagnostic]) {
        self.file = file
        self.lineOffset = lineOffset
        guard case let .mapping(mapping) = node else {
            let mark = node.mark
            diagnostics.append(.error(
                "expected 'key: value' lines here, found \(Self.describe(node))",
                file: file, line: mark.map { $0.line + lineOffset }, column: mark?.column, code: "yaml"))
            return nil
        }
        var entries: [Entry] = []
        entries.reserveCapacity(mapping.count)
        // By index: iterating a `Node.Mapping` copies all its pairs into a new array first.
        for index in mapping.indices {
            let (key, value) = mapping[index]
            let name: String
            if case let .scalar(scalar) = key { name = scalar.string } else { name = key.string ?? "" }
            entries.append(Entry(key: name, keyNode: key, value: value))
        }
        self.entries = entries
    }

    func position(of node: Node) -> (line: Int?, column: Int?) {
        guard let mark = node.mark else { return (lineOffset + 1, nil) }
        return (mark.line + lineOffset, mark.column)
    }

    func error(_ message: String, at node: Node, code: String) -> Diagnostic {
        let (line, column) = position(of: node)
        return .error(message, file: file, line: line, column: column, code: code)
    }

    func warning(_ message: String, at node: Node, code: String) -> Diagnostic {
        let (line, column) = position(of: node)
        return .warning(message, file: file, line: line, column: column, code: code)
    }

    /// Reports every key that is not in `known`, with a "did you mean".
    func rejectUnknownKeys(_ known: [String], context: String, diagnostics: inout [Diagnostic]) {
        for entry in entries where !known.contains(entry.key) {
            let hint = Suggestion.phrase(Suggestion.closest(to: entry.key, in: known))
            diagnostics.append(error(
                "unknown key '\(entry.key)' in \(context)\(hint) (known keys: \(known.joined(separator: ", ")))",
                at: entry.keyNode, code: "config"))
        }
    }

    func node(_ key: String) -> Node? {
        // By index: `first(where:)` copied each entry, two nodes with weak references each.
        for index in entries.indices where entries[index].key == key { return entries[index].value }
        return nil
    }

    static func describe(_ node: Node) -> String {
        switch node {
        case .scalar(let scalar): return "'\(scalar.string)'"
        case .mapping: return "a group of keys"
        case .sequence: return "a list"
        case .alias: return "an alias"
        }
    }

    static func diagnostic(for error: YamlError, file: String, lineOffset: Int) -> Diagnostic {
        switch error {
        case let .scanner(_, problem, mark, _), let .parser(_, problem, mark, _), let .composer(_, problem, mark, _):
            return .error(
                "invalid YAML: \(problem); check the indentation, and put quotes around text that contains ': ' or starts with a special character",
                file: file, line: mark.line + lineOffset, column: mark.column, code: "yaml")
        case let .duplicatedKeysInMapping(duplicates, context):
            return .error(
                "the key '\(duplicates.joined(separator: "', '"))' is given twice; keep one",
                file: file, line: context.mark.line + lineOffset, column: context.mark.column, code: "yaml")
        default:
            return .error("invalid YAML: \(error)", file: file, line: lineOffset + 1, code: "yaml")
        }
    }
}

extension YAMLMapping {
    /// Typed reads: each adds a diagnostic and returns nil on a wrong type.
    func string(_ key: String, diagnostics: inout [Diagnostic]) -> String? {
        guard let node = node(key) else { return nil }
        guard case let .scalar(scalar) = node else {
            diagnostics.append(error("'\(key)' must be text, found \(Self.describe(node))", at: node, code: "config"))
            return nil
        }
        // A switch, not `[...].contains`: that made the array for every value read.
        if scalar.style == .plain {
            switch scalar.string {
            case "", "~", "null", "Null", "NULL": return nil
            default: break
            }
        }
        return scalar.string
    }

    func int(_ key: String, diagnostics: inout [Diagnostic]) -> Int? {
        guard let node = node(key) else { return nil }
        if case let .scalar(scalar) = node, let value = Int(scalar.string.trimmingCharacters(in: .horizontalSpaces)) {
            return value
        }
        diagnostics.append(error("'\(key)' must be a whole number, found \(Self.describe(node))", at: node, code: "config"))
        return nil
    }

    func double(_ key: String, diagnostics: inout [Diagnostic]) -> Double? {
        guard let node = node(key) else { return nil }
        if case let .scalar(scalar) = node, let value = Double(scalar.string.trimmingCharacters(in: .horizontalSpaces)) {
            return value
        }
        diagnostics.append(error("'\(key)' must be a number, found \(Self.describe(node))", at: node, code: "config"))
        return nil
    }

    func bool(_ key: String, diagnostics: inout [Diagnostic]) -> Bool? {
        guard let node = node(key) else { return nil }
        if case let .scalar(scalar) = node {
            switch scalar.string.lowercased() {
            case "true", "yes", "on": return true
            case "false", "no", "off": return false
            default: break
            }
        }
        diagnostics.append(error("'\(key)' must be true or false, found \(Self.describe(node))", at: node, code: "config"))
        return nil
    }

    func stringList(_ key: String, diagnostics: inout [Diagnostic]) -> [String]? {
        guard let node = node(key) else { return nil }
        switch node {
        case .scalar(let scalar):
            return [scalar.string]
        case .sequence(let sequence):
            var values: [String] = []
            for item in sequence {
                if case let .scalar(scalar) = item {
                    values.append(scalar.string)
                } else {
                    diagnostics.append(error("each item of '\(key)' must be text, found \(Self.describe(item))", at: item, code: "config"))
                }
            }
            return values
        default:
            diagnostics.append(error("'\(key)' must be a list of text, found \(Self.describe(node))", at: node, code: "config"))
            return nil
        }
    }

    func mapping(_ key: String, diagnostics: inout [Diagnostic]) -> YAMLMapping? {
        guard let node = node(key) else { return nil }
        return YAMLMapping(node, file: file, lineOffset: lineOffset, diagnostics: &diagnostics)
    }

    func date(_ key: String, diagnostics: inout [Diagnostic]) -> CalendarDate? {
        guard let node = node(key) else { return nil }
        let text: String
        if case let .scalar(scalar) = node { text = scalar.string } else { text = "" }
        if let date = CalendarDate(iso: text) { return date }
        if let date = CalendarDate(looseISO: text) {
            // Read as meant, and said once so the file can be tidied.
            let (line, column) = position(of: node)
            diagnostics.append(.init(
                .note, "'\(key)' is read as \(date.iso) (\(text) has a one-digit month or day); write it as \(date.iso)",
                file: file, line: line, column: column, code: "date"))
            return date
        }
        diagnostics.append(error(
            "'\(key)' must be a date written as YYYY-MM-DD (for example 2025-03-15), found \(Self.describe(node))",
            at: node, code: "date"))
        return nil
    }
}
