import ArgumentParser
import Foundation
import PamphletCore

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Run every check on the site without writing the site.",
        discussion: """
            Checks front matter, links, reading level, review dates and accessibility.

            --format github prints GitHub Actions annotations; --format sarif prints SARIF 2.1.0 \
            for code scanning (redirect it to a file: pamphlet check --format sarif > pamphlet.sarif).

            \(ExitStatus.help)
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, github, sarif
    }

    @OptionGroup var site: SiteOptions

    @Flag(name: .long, help: "Treat warnings as errors.")
    var strict = false

    @Option(name: .long, help: "text (compiler-style lines), json (findings and per-page figures), github (GitHub Actions annotations) or sarif (SARIF 2.1.0).")
    var format: Format = .text

    @Option(name: .long, help: "Also write a content-health dashboard to this HTML file.")
    var html: String?

    @Flag(name: .long, help: "Let --html replace a file that is not an earlier content-health report.")
    var force = false

    func run() throws {
        let reportFile = html.map(ReportFile.init(path:))
        if let problem = reportFile?.problem(force: force) {
            DiagnosticPrinter.print([problem])
            throw ExitCode(1)
        }
        var options = try site.buildOptions(output: nil)
        options.writeOutput = false
        let result = SiteBuilder(options: options).run()
        let report = CheckReport(result: result, today: options.today)
        switch format {
        case .text:
            DiagnosticPrinter.print(result.diagnostics)
            print("Checked \(CheckSummary.size(result)): \(CheckSummary.findings(result)).")
        case .json:
            print(try report.json(), terminator: "")
        case .github:
            for line in GitHubAnnotations.lines(result.diagnostics, pathPrefix: site.repositoryPrefix) { print(line) }
            print("Checked \(CheckSummary.size(result)): \(CheckSummary.findings(result)).")
        case .sarif:
            print(try SARIFReport(result.diagnostics, pathPrefix: site.repositoryPrefix).json(), terminator: "")
        }
        if let reportFile {
            if let problem = reportFile.write(report.html(siteTitle: result.siteTitle)) {
                DiagnosticPrinter.print([problem])
                throw ExitCode(1)
            }
            if format == .text { print("Wrote the content-health report to \(reportFile.path).") }
        }
        if CheckSummary.fails(result, strict: strict) { throw ExitCode(1) }
    }
}
