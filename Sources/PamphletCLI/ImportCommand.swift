import ArgumentParser
import Foundation
import PamphletCore
import PamphletImport

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Bring a Hugo, Jekyll or Metalsmith site's Markdown into a new Pamphlet site.",
        discussion: """
            Reads SOURCE and never changes it; writes a new site into DEST, which must be new or empty. \
            Converts TOML and YAML front matter, moves pages to Pamphlet's folder conventions, copies pictures \
            and files, points links at the .md files and converts Hugo's ref, relref and figure shortcodes. \
            DEST/import-report.md lists, with file and line, everything left to do by hand.
            """)

    @Argument(help: "The folder of the site to bring over (left unchanged).")
    var source: String

    @Argument(help: "A new or empty folder for the Pamphlet site.")
    var destination: String

    @Option(help: "The folder of pages inside SOURCE, when it is not content/, pages/ or SOURCE itself.")
    var content: String?

    func run() throws {
        let importer = SiteImporter(
            source: URL(fileURLWithPath: source).standardizedFileURL,
            destination: URL(fileURLWithPath: destination).standardizedFileURL,
            contentFolder: content)
        do {
            let report = try importer.run()
            print("Imported \(report.pagesImported) pages and \(report.filesCopied) files into \(destination).")
            print("\(report.toFinish) things to finish by hand and \(report.dateNotes.count) dates not carried over: see \(destination)/import-report.md")
            print("Next: pamphlet build --source \(destination)")
        } catch let failure as ImportFailure {
            DiagnosticPrinter.print([.error(failure.description, code: "import")])
            throw ExitCode(1)
        }
    }
}
