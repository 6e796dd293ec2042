import ArgumentParser

/// `pamphlet`: build, check and start patient-education sites.
public struct PamphletCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "pamphlet",
        abstract: "Build websites of patient health information from Markdown.",
        subcommands: [BuildCommand.self, CheckCommand.self, InitCommand.self, NewCommand.self, ServeCommand.self],
        defaultSubcommand: nil)

    public init() {}
}
