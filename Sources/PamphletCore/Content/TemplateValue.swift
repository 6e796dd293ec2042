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
            // By index: iterating a `Node.Mapping` copies all its pairs first.
            for index in mapping.indices {
                let (key, value) = mapping[index]
                values[key.string ?? ""] = TemplateValue(value)
            }
            self = .map(values)
        case .alias:
            self = .text("")
        }
    }

    var text: String? {
        if case let .text(value) = self { return value }
        return nil
    }
}
