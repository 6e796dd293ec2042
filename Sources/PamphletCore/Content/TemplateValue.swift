import Yams

/// A front matter value that Pamphlet does not interpret, kept for templates.
public enum TemplateValue: Sendable, Equatable {
    case text(String)
    case list([TemplateValue])
    case map([String: TemplateValue])

    init(_ node: Node) {
        switch node {
        case .scalar(let scalar):
            self = .text(scalar.string)
        case .sequence(let sequence):
            self = .list(sequence.map(TemplateValue.init))
        case .mapping(let mapping):
            var values: [String: TemplateValue] = [:]
            for (key, value) in mapping { values[key.string ?? ""] = TemplateValue(value) }
            self = .map(values)
        case .alias:
            self = .text("")
        }
    }

    /// The shape Mustache renders: strings, arrays and dictionaries.
    var templateData: Any {
        switch self {
        case .text(let text): return text
        case .list(let items): return items.map(\.templateData)
        case .map(let values): return values.mapValues(\.templateData)
        }
    }

    var text: String? {
        if case let .text(value) = self { return value }
        return nil
    }
}
