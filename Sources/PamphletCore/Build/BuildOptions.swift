import Foundation

/// What a build is asked to do, from the command line or a test.
public struct BuildOptions: Sendable {
    public var source: URL
    public var output: URL
    public var baseURL: String?
    public var includeDrafts = false
    /// False for `pamphlet check`: every stage runs, nothing is written.
    public var writeOutput = true
    /// The day review dates are measured against (tests and CI pin it).
    public var today: CalendarDate = .today()
    /// A writer's preview (`pamphlet serve`): pages show authors their
    /// reading grade and review status. Never set for a published build.
    public var preview = false
    /// Warnings stop the build as errors do (`--strict`).
    public var strict = false
    /// Replaces an output folder that a Pamphlet build did not write (`--force`).
    /// The site itself and the home folder are refused all the same (`OutputSafety`).
    public var force = false
    /// Renders pages one at a time: used to prove parallel output is identical.
    public var serial = false
    /// `--relative`: relative links even when site.yml does not ask for them.
    public var relativeLinks = false

    public init(source: URL, output: URL? = nil) {
        self.source = source
        self.output = output ?? source.appendingPathComponent("output")
    }
}
