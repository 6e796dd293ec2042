import Foundation
import TOMLKit
import Yams

/// A front matter value from another generator, TOML or YAML, reduced to
/// what the conversion needs.
indirect enum SourceValue {
    case text(String)
    case list([SourceValue])
    case table([String: SourceValue])

    var text: String? {
        if case let .text(value) = self { return value }
        return nil
    }

    /// A single text, or every text of a list (`aliases: /a/` or `aliases: [/a/, /b/]`).
    var texts: [String] {
        switch self {
        case let .text(value): return [value]
        case let .list(items): return items.compactMap(\.text)
        case .table: return []
        }
    }

    var bool: Bool? {
        switch text?.lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default: return nil
        }
    }

    var int: Int? {
        guard let text else { return nil }
        if let value = Int(text) { return value }
        if let value = Double(text), value.rounded() == value, abs(value) < 1e15 { return Int(value) }
        return nil
    }

    /// An empty value: `aliases:` with nothing after it, `~`, `""` or `[]`.
    var isEmpty: Bool {
        switch self {
        case let .text(value): return value.isEmpty || value == "~" || value.lowercased() == "null"
        case let .list(items): return items.allSatisfy(\.isEmpty)
        case let .table(entries): return entries.isEmpty
        }
    }

    init(_ value: TOMLValueConvertible) {
        let node = value.tomlValue
        switch node.type {
        case .table:
            var entries: [String: SourceValue] = [:]
            if let table = node.table { for key in table.keys { if let item = table[key] { entries[key] = SourceValue(item) } } }
            self = .table(entries)
        case .array:
            self = .list(node.array.map { array in array.map { SourceValue($0) } } ?? [])
        case .string: self = .text(node.string ?? "")
        case .int: self = .text(node.int.map(String.init) ?? "")
        case .double: self = .text(node.double.map { String($0) } ?? "")
        case .bool: self = .text(node.bool.map { String($0) } ?? "")
        case .date:
            let date = node.date
            self = .text(date.map { Self.iso($0.year, $0.month, $0.day) } ?? "")
        case .dateTime:
            self = .text(node.dateTime.map {
                Self.iso($0.date.year, $0.date.month, $0.date.day) + "T" + Self.two($0.time.hour) + ":" + Self.two($0.time.minute)
            } ?? "")
        default: self = .text(node.debugDescription)
        }
    }

    init(_ node: Node) {
        switch node {
        case let .scalar(scalar): self = .text(scalar.string)
        case let .sequence(sequence): self = .list(sequence.map { SourceValue($0) })
        case let .mapping(mapping):
            var entries: [String: SourceValue] = [:]
            for (key, value) in mapping { if let name = key.string { entries[name] = SourceValue(value) } }
            self = .table(entries)
        case let .alias(alias): self = .text(alias.anchor.rawValue)
        }
    }

    static func iso(_ year: Int, _ month: Int, _ day: Int) -> String {
        String(year) + "-" + two(month) + "-" + two(day)
    }

    static func two(_ number: Int) -> String { number < 10 ? "0\(number)" : String(number) }
}
