/// One look at the files under `content/`, with what it found wrong.
struct ContentScan {
    var found: ContentScanner.Found
    var diagnostics: [Diagnostic]
}

/// One Markdown file read: its page (nil when it could not be read), what
/// reading it found, and whether the build publishes it. A class, never
/// changed once made: a build hands 10,000 of them from stage to stage.
final class ReadFile: Sendable {
    let page: Page?
    let diagnostics: [Diagnostic]
    let isBuilt: Bool
    /// What is checked of a published page's front matter (`Stages.publishChecks`).
    let publishChecks: [Diagnostic]

    init(_ read: (Page?, [Diagnostic]), config: SiteConfig, options: BuildOptions) {
        page = read.0
        diagnostics = read.1
        isBuilt = read.0.map { Stages.isBuilt($0, options: options) } ?? false
        publishChecks = isBuilt ? Stages.publishChecks(read.0!, config: config) : []
    }
}
