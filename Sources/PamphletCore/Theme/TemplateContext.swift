import Mustache

/// A value templates look names up in (`page`, `site`, a breadcrumb, ...).
///
/// Each conforming type names what it answers in `Key`, and swift-mustache
/// asks it through one `child(named:)` call per name: one switch, no casts
/// and no dictionary. `Key.documentation` is where a theme author reads what
/// each name holds (themes/README.md is made from it, `TemplateDocumentation`),
/// so a value cannot be added without saying what it is.
/// The classes among them are `MustacheClassTraitsByType`: plain Swift classes,
/// so swift-mustache remembers their answers to its casts as it does a struct's.
protocol TemplateContext: MustacheParent {
    associatedtype Key: TemplateKey
    /// The value for `key`; nil when it is absent here, so Mustache looks
    /// further out (themes/README.md, "Data contract").
    func value(_ key: Key) -> Any?
}

extension TemplateContext {
    func child(named name: String) -> Any? {
        guard let key = Key.table.key(name) else { return nil }
        return value(key)
    }
}

/// The names one kind of template value answers, with their documentation.
protocol TemplateKey: RawRepresentable<String>, CaseIterable, Sendable {
    /// The keys by name, for `child(named:)`: `static let table = TemplateKeyTable<Self>()`.
    static var table: TemplateKeyTable<Self> { get }
    /// The value's type ("string", "bool", "list of `link`", ...) for themes/README.md.
    var type: String { get }
    /// What the value is, for themes/README.md.
    var meaning: String { get }
}

/// A text in the form swift-mustache prints fastest (`TemplateText`), or
/// nothing for nil.
@inline(__always)
func templateText(_ text: String?) -> Any? {
    text.map { TemplateText(renderText: $0) }
}

/// A text value.
///
/// A parent without children: inside `{{#page.description}}` the text is
/// the innermost value, and every name looked up there passes it on the way
/// out. Without a `child(named:)` swift-mustache would look for the name
/// among its Swift properties through a `Mirror`, which costs ten look-ups.
/// Printed through `MustacheCustomRenderable`, a text skips the casts a plain
/// `String` goes through; it prints, escapes, tests and transforms the same.
struct TemplateText: MustacheCustomRenderable, MustacheTransformable, MustacheParent {
    let renderText: String

    var isNull: Bool { false }

    func child(named name: String) -> Any? { nil }

    func transform(_ name: String) -> Any? { renderText.transform(name) }
}

/// Texts by name that a theme or a site chooses (`t`, `assets`): the names
/// are not Pamphlet's, so they are looked up in a table.
struct TextTable: MustacheParent, MustacheTransformable, MustacheMemoizable {
    let texts: [String: TemplateText]
    /// Set for the tables every page of a language shares (`t`, `assets`; `TemplateMemo`).
    let memoKey: MustacheMemoKey?

    init(_ texts: [String: String], memoKey: MustacheMemoKey? = nil) {
        self.texts = texts.mapValues { TemplateText(renderText: $0) }
        self.memoKey = memoKey
    }

    func child(named name: String) -> Any? { texts[name] }

    func transform(_ name: String) -> Any? { texts.transform(name) }
}
