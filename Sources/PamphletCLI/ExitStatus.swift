import ArgumentParser
import Foundation

/// What `pamphlet` exits with: 0 clean, 1 when the site has errors (or
/// warnings with --strict), 2 when the command line is wrong. Argument
/// parser exits 64 (EX_USAGE) for a wrong command line; scripts and CI
/// expect 2, as grep, diff and most Unix tools use.
enum ExitStatus {
    static let usage: Int32 = 2

    static let help = """
        Exit status: 0 when clean, 1 when there are errors (or warnings, with --strict), \
        2 when the command line is wrong.
        """

    /// Parses and runs the command line, then exits with the status above.
    static func run(_ command: PamphletCommand.Type) -> Never {
        do {
            var parsed = try command.parseAsRoot()
            try parsed.run()
            command.exit()
        } catch {
            if command.exitCode(for: error) == .validationFailure {
                FileHandle.standardError.write(Data((command.fullMessage(for: error) + "\n").utf8))
                Foundation.exit(usage)
            }
            command.exit(withError: error)
        }
    }
}
