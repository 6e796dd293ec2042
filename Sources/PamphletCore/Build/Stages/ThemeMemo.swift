/// What "Load theme" remembers between builds: the last theme, while the
/// loader's inputs are the same and no file under `themes/`, `layouts/` or
/// `i18n/`, nor `site.yml`, changed (`LoadedTheme.dependsOn`).
final class ThemeMemo {
    private let history: BuildHistory
    private var last: (loaded: LoadedTheme, made: BuildHistory.Moment)?

    init(history: BuildHistory) {
        self.history = history
    }

    func known(_ context: BuildContext) -> LoadedTheme? {
        guard let last, last.loaded.inputs == LoadedTheme.Inputs(Stages.themeLoader(context)) else { return nil }
        let changes = history.changes(since: last.made)
        guard !(changes.added + changes.removed + changes.modified).contains(where: LoadedTheme.dependsOn) else { return nil }
        return last.loaded
    }

    func remember(_ theme: LoadedTheme) {
        last = (theme, history.now)
    }
}
