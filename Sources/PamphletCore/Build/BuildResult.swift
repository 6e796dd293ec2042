/// The outcome of a build: its findings and what it made.
public struct BuildResult: Sendable {
    public struct StageTiming: Sendable {
        public var name: String
        public var seconds: Double
    }

    public var diagnostics: [Diagnostic]
    public var pageCount = 0
    public var sectionCount = 0
    public var stages: [StageTiming] = []
    public var wroteOutput = false
    public var seconds = 0.0
    /// Per-page reading level and review status, for reports.
    public var health: [PageHealth] = []
    /// Drafts, scheduled and expired pages the build left out, by file.
    public var unpublished: [PageHealth] = []

    public var siteTitle = ""
    /// Warnings count as errors (`--strict`).
    public var strict = false

    public var succeeded: Bool { !diagnostics.hasErrors && !(strict && diagnostics.warningCount > 0) }

    /// One line per stage that ran, with its time (`--timings` of build and serve).
    public var timingLines: [String] {
        let width = stages.map(\.name.count).max() ?? 0
        return stages.map { stage in
            "  \(stage.name.padding(toLength: width, withPad: " ", startingAt: 0))  \(String(format: "%7.3f", stage.seconds)) s"
        }
    }
}
