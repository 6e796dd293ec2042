extension Stages {
    static func loadTheme(_ context: BuildContext) throws {
        context.theme = ThemeLoader(folder: context.folder, name: context.config.theme).load(diagnostics: &context.diagnostics)
        try stopOnErrors(context, stage: "Load theme")
    }
}
