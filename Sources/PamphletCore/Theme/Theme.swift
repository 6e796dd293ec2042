import Foundation
import Mustache

/// A theme's compiled templates and its assets, loaded once per build.
public struct Theme: Sendable {
    public struct Asset: Sendable {
        public var source: URL
        /// Path in the output folder, with a content hash for CSS and JavaScript.
        public var outputPath: String
        /// Key under `assets` in templates: `style.css` -> `style_css`.
        public var key: String
    }

    public var name: String
    var library: MustacheLibrary
    public var templateNames: Set<String>
    public var assets: [Asset]
    /// `i18n/en.yml` and friends: language code -> key -> text.
    public var stringTables: [String: [String: String]] = [:]

    public func has(_ template: String) -> Bool { templateNames.contains(template) }

    /// Renders a template; nil when the theme has no template of that name.
    public func render(_ template: String, _ context: [String: Any]) -> String? {
        library.render(TemplateValues.convert(context), withTemplate: template)
    }
}

extension Theme {
    /// The theme's words in `language`, with the default language's words
    /// filling any gap (a missing word is reported when the theme loads).
    public func strings(for language: String, defaultLanguage: String) -> [String: String] {
        let fallback = stringTables[defaultLanguage] ?? stringTables["en"] ?? [:]
        return fallback.merging(stringTables[language] ?? [:]) { _, own in own }
    }
}
