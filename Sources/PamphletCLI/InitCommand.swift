import ArgumentParser
import Foundation
import PamphletCore

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Start a new site in a folder.")

    @Argument(help: "The folder for the new site.")
    var directory: String

    func run() throws {
        let url = URL(fileURLWithPath: directory).standardizedFileURL
        do {
            let files = try SiteScaffold.create(at: url)
            print("Created a new site in \(directory):")
            for file in files { print("  \(file)") }
            print("""

                Next:
                  cd \(directory)
                  pamphlet new content/conditions/my-page.md --title "My page"
                  pamphlet serve              (a preview at http://127.0.0.1:8000/ that reloads on every save)
                  pamphlet build              (the site to publish, in output/)
                To open the site from the disk (output/index.html in a browser), build it with --relative.
                """)
        } catch let failure as SiteScaffold.Failure {
            DiagnosticPrinter.print([.error(failure.description, code: "init")])
            throw ExitCode(1)
        }
    }
}
