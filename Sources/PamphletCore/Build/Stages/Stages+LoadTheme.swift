import Foundation

extension Stages {
    static func loadTheme(_ context: BuildContext) throws {
        context.theme = themeLoader(context).load(diagnostics: &context.diagnostics)
        try stopOnErrors(context, stage: "Load theme")
    }

    /// The loader for the theme `site.yml` names, in the site's languages.
    static func themeLoader(_ context: BuildContext) -> ThemeLoader {
        ThemeLoader(
            folder: context.folder, name: context.config.theme,
            languages: context.config.languages.map(\.code), defaultLanguage: context.config.defaultLanguage.code)
    }
}

/// A theme an incremental build loaded, reused while nothing it was made
/// from changed: the snapshot covers `site.yml`, `themes/`, `layouts/` and
/// `i18n/`; the rest (the loader's settings, and which theme folder it
/// finds) is in `Inputs`.
struct LoadedTheme {
    struct Inputs: Equatable {
        var loader: ThemeLoader
        /// A folder alone (no file in it yet) changes which theme is found, and snapshots list files only.
        var root: URL?

        init(_ loader: ThemeLoader) {
            self.loader = loader
            root = loader.locate()
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
