/// One named step of a build. A stage records problems as diagnostics and
/// throws `BuildFailure` only when later stages cannot run without it.
struct Stage {
    /// Which step this is: what code matches on (which stage stopped a
    /// build, `BuildFailure`), never the name shown to writers.
    enum ID: CaseIterable, Sendable {
        case readConfiguration, readContent, arrangePages, renderMarkdown, checkLinks, checkContent, loadTheme, writeSite

        /// The name progress lines and `--timings` show.
        var name: String {
            switch self {
            case .readConfiguration: return "Read site.yml"
            case .readContent: return "Read content"
            case .arrangePages: return "Arrange pages"
            case .renderMarkdown: return "Render Markdown"
            case .checkLinks: return "Check links"
            case .checkContent: return "Check content"
            case .loadTheme: return "Load theme"
            case .writeSite: return "Write site"
            }
        }
    }

    var id: ID
    var run: (BuildContext) throws -> Void

    var name: String { id.name }
}

extension BuildFailure {
    init(_ stage: Stage.ID) { self.init(stage: stage.name) }
}
