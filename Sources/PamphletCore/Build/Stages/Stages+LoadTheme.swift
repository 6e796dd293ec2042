import Foundation

extension Stages {
    /// With caches, the last theme while no file it was made from changed.
    static func loadTheme(_ context: BuildContext) throws {
        let cache = context.caches
        var diagnostics: [Diagnostic] = []
        if let known = cache?.theme.known(context) {
            context.theme = known.theme
            diagnostics = known.diagnostics
        } else {
            context.theme = themeLoader(context).load(diagnostics: &diagnostics)
        }
        context.diagnostics += diagnostics
        if let theme = context.theme { context.diagnostics += assetProblems(theme, context) }
        try stopUnlessSucceeding(context, stage: .loadTheme)
        // A build with errors keeps no theme.
        if let cache, let theme = context.theme {
            cache.theme.remember(LoadedTheme(theme: theme, diagnostics: diagnostics, inputs: .init(themeLoader(context))))
        }
    }

    /// Content files and pages whose output is where the theme's assets go
    /// (or is needed as a folder there): found here, before anything is written.
    static func assetProblems(_ theme: Theme, _ context: BuildContext) -> [Diagnostic] {
        guard let tree = context.tree else { return [] }
        let staticFiles = Set(context.staticFiles)
        let redirects = Set(context.redirects.map(\.outputPath))
        var problems: [Diagnostic] = []
        for asset in theme.assets {
            let path = asset.outputPath
            let owner = "the theme's file \(context.folder.displayPath(asset.source))"
            var folders: [String] = []
            var folder = path.parentPath
            while !folder.isEmpty { folders.append(folder); folder = folder.parentPath }
            for file in [path] + folders where staticFiles.contains(file) {
                problems.append(.error(
                    file == path
                        ? "this file would replace \(owner), which Pamphlet publishes at /\(path); rename or move it"
                        : "this file is published at /\(file), where \(owner) needs a folder; rename or move it",
                    file: "content/" + file, code: "reserved-file"))
            }
            for file in [path] + folders where redirects.contains(file) {
                let redirect = context.redirects.first { $0.outputPath == file }!
                problems.append(.error(
                    "this alias is needed for \(owner), which Pamphlet publishes at /\(path); change or remove the alias",
                    file: redirect.source, line: redirect.position.line, column: redirect.position.column, code: "alias-collision"))
            }
            if let page = tree.byOutputPath[path] ?? tree.byOutputPath[path + "/index.html"] {
                problems.append(.error(
                    "this page's address is needed for \(owner), which Pamphlet publishes at /\(path); give the page another 'slug' or 'url'",
                    file: tree.pages[page].source, code: "duplicate-url"))
            }
            for file in context.staticFiles where file.hasPrefix(path + "/") {
                problems.append(.error(
                    "this file needs /\(path) to be a folder, but \(owner) is published there; rename or move it",
                    file: "content/" + file, code: "reserved-file"))
            }
        }
        return problems
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
