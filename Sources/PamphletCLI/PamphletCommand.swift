import ArgumentParser

/// `pamphlet`: build, check and start patient-education sites.
public struct PamphletCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "pamphlet",
        abstract: "Build websites of patient health information from Markdown.",
        discussion: ExitStatus.help,
        subcommands: [BuildCommand.self, CheckCommand.self, ImportCommand.self, InitCommand.self, NewCommand.self, ServeCommand.self],
        defaultSubcommand: nil)

    public init() {}

    /// Runs the command line and exits: 0, 1, or 2 for a wrong command line (ExitStatus).
    public static func runAndExit() -> Never {
        ExitStatus.run(Self.self)
    }
}
