extension Stages {
    static func loadTheme(_ context: BuildContext) throws {
        let loader = ThemeLoader(
            folder: context.folder, name: context.config.theme,
            languages: context.config.languages.map(\.code), defaultLanguage: context.config.defaultLanguage.code)
        context.theme = loader.load(diagnostics: &context.diagnostics)
        try stopOnErrors(context, stage: "Load theme")
    }
}
