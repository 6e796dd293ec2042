import Mustache
import PamphletEscaping

/// The HTML escaping of `{{variable}}` tags in every template Pamphlet
/// renders: by UTF-8 bytes (`HTMLEscaping`), never by Character.
///
/// swift-mustache's own escaping looks up each Character, so a `"` followed
/// by a combining mark (one Character) was printed as it is and closed the
/// attribute it stood in. Its default cannot be replaced, but a template can
/// choose its content type with a `{{% CONTENT_TYPE: NAME }}` pragma, so
/// every template is compiled with `pragma` on a line of its own before its
/// text. A standalone tag line writes nothing; parser errors are moved back
/// up by `pragmaLines` so that they still name the line in the writer's file.
/// Partials reset the content type, which is why every template gets the line.
struct TemplateEscaping: MustacheContentType {
    static let name = "PAMPHLET_HTML"
    static let pragma = "{{% CONTENT_TYPE: \(name) }}\n"
    static let pragmaLines = 1

    /// Compiles a template whose `{{variables}}` are escaped by bytes.
    static func template(_ text: String) throws -> MustacheTemplate {
        register()
        return try MustacheTemplate(string: pragma + text)
    }

    static func register() {
        registration
    }

    private static let registration: Void = MustacheContentTypes.register(TemplateEscaping(), named: name)

    func escapeText(_ text: String) -> String {
        HTMLEscaping.escape(text)
    }
}
