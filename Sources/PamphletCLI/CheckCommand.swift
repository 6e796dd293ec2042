import ArgumentParser
import Foundation
import PamphletCore

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Run every check on the site without writing the site.",
        discussion: """
            Checks front matter, links, reading level, review dates and accessibility.             Exit status: 0 when clean, 1 when there are errors (or warnings, with --strict).
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @OptionGroup var site: SiteOptions

    @Flag(name: .long, help: "Treat warnings as errors.")
    var strict = false

    @Option(name: .long, help: "text (compiler-style lines) or json (findings and per-page figures, for CI).")
    var format: Format = .text

    @Option(name: .long, help: "Also write a content-health dashboard to this HTML file.")
    var html: String?

    func run() throws {
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
        }
        if let html {
            try report.html(siteTitle: result.siteTitle).write(toFile: html, atomically: true, encoding: .utf8)
            if format == .text { print("Wrote the content-health report to \(html).") }
        }
        if CheckSummary.fails(result, strict: strict) { throw ExitCode(1) }
    }
}
