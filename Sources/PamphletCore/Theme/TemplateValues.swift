import Mustache

/// Template values in the form swift-mustache reads fastest.
///
/// For every `{{name}}` swift-mustache tries several dynamic casts on the
/// value it finds. A `[String: Any]` (a generic type with a conditional
/// conformance) and a plain `String` (printed through `String(describing:)`
/// after two more casts) are the slowest kinds to ask; a plain struct and a
/// `MustacheCustomRenderable` text answer sooner (a class would be asked
/// first whether it is Foundation's box for a Swift value): the pages'
/// Mustache instructions drop by about a fifth. Templates see no
/// difference: texts print and escape the same, test the same in sections, and keep their transforms
/// (`{{uppercased(title)}}`), as objects keep theirs.
struct TemplateObject: MustacheParent, MustacheTransformable, @unchecked Sendable {
    let values: [String: Any]

    init(_ values: [String: Any]) {
        self.values = values
    }

    func child(named name: String) -> Any? { values[name] }

    func transform(_ name: String) -> Any? { values.transform(name) }
}

/// A text value; see `TemplateObject`.
///
/// A parent without children: inside `{{#page.description}}` the text is
/// the innermost value, and every name looked up there passes it on the way
/// out. Without a `child(named:)` swift-mustache would look for the name
/// among its Swift properties through a `Mirror`, which costs ten look-ups.
struct TemplateText: MustacheCustomRenderable, MustacheTransformable, MustacheParent {
    let renderText: String

    var isNull: Bool { false }

    func child(named name: String) -> Any? { nil }

    func transform(_ name: String) -> Any? { renderText.transform(name) }
}

enum TemplateValues {
    /// `value` with its texts, maps and lists (at any depth) in the faster
    /// form; numbers, yes/no values and anything else are kept as they are.
    static func convert(_ value: Any) -> Any {
        // Exact type tests, then casts to that same type: a failing `as?`
        // tries Foundation's bridging first, which cost more than it saves.
        let type = Swift.type(of: value)
        if type == TemplateObject.self { return value }
        if type == String.self { return TemplateText(renderText: value as! String) }
        if type == [String: Any].self { return TemplateObject((value as! [String: Any]).mapValues(convert)) }
        if type == [[String: Any]].self { return (value as! [[String: Any]]).map { TemplateObject($0.mapValues(convert)) } }
        if type == [Any].self { return (value as! [Any]).map(convert) }
        // The theme's words (`t`) and lists of texts.
        if type == [String: String].self { return TemplateObject((value as! [String: String]).mapValues { TemplateText(renderText: $0) }) }
        if type == [String].self { return (value as! [String]).map { TemplateText(renderText: $0) } }
        return value
    }
}
