import ArgumentParser
import Foundation
import PamphletCore

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Run every check on the site without writing anything.")

    @OptionGroup var site: SiteOptions

    @Flag(name: .long, help: "Treat warnings as errors.")
    var strict = false

    func run() throws {
        var options = try site.buildOptions(output: nil)
        options.writeOutput = false
        let result = SiteBuilder(options: options).run()
        DiagnosticPrinter.print(result.diagnostics)
        let errors = result.diagnostics.errorCount
        let warnings = result.diagnostics.warningCount
        print("Checked \(DiagnosticPrinter.plural(result.pageCount, "page")): "
            + "\(DiagnosticPrinter.plural(errors, "error")), \(DiagnosticPrinter.plural(warnings, "warning")).")
        if errors > 0 || (strict && warnings > 0) { throw ExitCode(1) }
    }
}
