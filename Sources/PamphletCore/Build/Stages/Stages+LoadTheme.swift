import Foundation

extension Stages {
    static func loadTheme(_ context: BuildContext) throws {
        let loader = ThemeLoader(
            folder: context.folder, name: context.config.theme,
            languages: context.config.languages.map(\.code), defaultLanguage: context.config.defaultLanguage.code)
        context.theme = loader.load(diagnostics: &context.diagnostics)
        try stopOnErrors(context, stage: "Load theme")
    }
}

/// A theme an incremental build loaded, reused while nothing it was made
/// from changed: the snapshot covers `site.yml`, `themes/`, `layouts/` and
/// `i18n/`; the rest (whether `themes/NAME/templates/` is there, the
/// settings it was loaded with) is in `Inputs`.
struct LoadedTheme {
    struct Inputs: Equatable {
        var name: String
        var languages: [String]
        var defaultLanguage: String
        /// A folder alone (no file in it yet) changes which theme is found, and snapshots list files only.
        var hasLocalTemplates: Bool

        init(_ context: BuildContext) {
            name = context.config.theme
            languages = context.config.languages.map(\.code)
            defaultLanguage = context.config.defaultLanguage.code
            var isDirectory: ObjCBool = false
            hasLocalTemplates = FileManager.default.fileExists(
                atPath: context.folder.themes.appendingPathComponent(name).appendingPathComponent("templates").path,
                isDirectory: &isDirectory) && isDirectory.boolValue
        }
    }

    var theme: Theme
    var diagnostics: [Diagnostic]
    var inputs: Inputs

    /// Whether a change to `path` (site-relative) can change the theme.
    static func dependsOn(_ path: String) -> Bool {
        path == "site.yml" || path.hasPrefix("themes/") || path.hasPrefix("layouts/") || path.hasPrefix("i18n/")
    }
}
