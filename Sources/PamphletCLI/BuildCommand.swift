import ArgumentParser
import Foundation
import PamphletCore

struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build the site into the output folder.",
        discussion: """
            Builds into a hidden folder first and replaces the output folder only when the build succeeds. \
            It replaces only a new or empty folder, or one an earlier build wrote (it holds a .pamphlet-output file); \
            anything else needs --force. The site folder, content/, themes/, layouts/, i18n/, .git, your home folder \
            and any folder that contains them are never replaced.

            \(ExitStatus.help)
            """)

    @OptionGroup var site: SiteOptions

    @Option(name: .long, help: "Where to write the site (default: output/ in the site folder).")
    var output: String?

    @Flag(name: .long, help: "Replace the output folder even though Pamphlet did not write it (everything in it is deleted).")
    var force = false

    @Flag(name: .long, help: "Treat warnings as errors: nothing is written when there are any.")
    var strict = false

    @Flag(name: .long, help: "After the build, print how long each stage took.")
    var timings = false

    @Flag(name: .long, help: "Write internal links and assets as relative paths, so output/index.html opens from the disk (as site.yml's links: {relative: true}).")
    var relative = false

    func run() throws {
        var options = try site.buildOptions(output: output)
        options.strict = strict
        options.force = force
        options.relativeLinks = relative
        // Before reading the site: a refused --output is reported at once.
        if let problem = OutputSafety.problem(output: options.output, site: SiteFolder(root: options.source), force: force) {
            DiagnosticPrinter.print([problem])
            FileHandle.standardError.write(Data("Build failed: 1 error, 0 warnings. The output folder was not changed.\n".utf8))
            throw ExitCode(1)
        }
        let progress = ProgressReporter()
        let result = SiteBuilder(options: options).run(progress: progress.report)
        DiagnosticPrinter.print(result.diagnostics)
        let warnings = DiagnosticPrinter.plural(result.diagnostics.warningCount, "warning")
        guard result.succeeded else {
            let errors = DiagnosticPrinter.plural(result.diagnostics.errorCount, "error")
            let strictNote = strict && !result.diagnostics.hasErrors ? " (--strict counts warnings as errors)" : ""
            FileHandle.standardError.write(Data("Build failed: \(errors), \(warnings)\(strictNote). The output folder was not changed.\n".utf8))
            throw ExitCode(1)
        }
        let place = options.output.path.hasPrefix(FileManager.default.currentDirectoryPath + "/")
            ? String(options.output.path.dropFirst(FileManager.default.currentDirectoryPath.count + 1))
            : options.output.path
        print("Built \(CheckSummary.size(result)) into \(place)/ in \(String(format: "%.2f", result.seconds)) s; \(CheckSummary.findings(result)).")
        // Like Hugo's and Zola's timing output: where a large site's time goes.
        if timings { result.timingLines.forEach { print($0) } }
    }
}
