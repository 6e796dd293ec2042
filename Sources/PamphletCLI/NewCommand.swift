import ArgumentParser
import Foundation
import PamphletCore

struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Write a new page with front matter ready to fill in.")

    @Argument(help: "The new page's file, such as content/conditions/asthma.md.")
    var path: String

    @Option(name: .long, help: "The page's title.")
    var title: String?

    func run() throws {
        do {
            try PageScaffold.create(path: path, title: title)
            print("Created \(path). Fill in its description and reviewed_by, then write the page.")
        } catch let failure as SiteScaffold.Failure {
            DiagnosticPrinter.print([.error(failure.description, code: "new")])
            throw ExitCode(1)
        }
    }
}
