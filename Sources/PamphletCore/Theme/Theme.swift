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
    /// Each template's text, to compile again for `copyForWorker()`.
    var sources: [String: String] = [:]

    public func has(_ template: String) -> Bool { templateNames.contains(template) }

    /// The same theme with templates compiled again, for one worker thread.
    ///
    /// Rendering copies the compiled templates' texts and lists, counting
    /// references to them: threads sharing one set of templates keep taking
    /// those counts from each other's cores.
    func copyForWorker() -> Theme {
        var library = MustacheLibrary()
        for (name, source) in sources {
            // The same texts compiled when the theme loaded.
            guard let template = try? MustacheTemplate(string: source) else { return self }
            library.register(template, named: name)
        }
        var copy = self
        copy.library = library
        return copy
    }

    /// Renders a template; nil when the theme has no template of that name.
    /// `memo`: section bodies already rendered by this thread in this build
    /// for values many pages share (`TemplateMemo`).
    func render(_ template: String, _ context: RootContext, memo: MustacheRenderMemo? = nil) -> String? {
        guard let memo else { return library.render(context, withTemplate: template) }
        return library.render(context, withTemplate: template, memo: memo)
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
