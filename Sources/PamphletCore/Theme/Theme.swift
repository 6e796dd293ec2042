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

    public func has(_ template: String) -> Bool { templateNames.contains(template) }

    /// Renders a template; nil when the theme has no template of that name.
    public func render(_ template: String, _ context: [String: Any]) -> String? {
        library.render(context, withTemplate: template)
    }
}
