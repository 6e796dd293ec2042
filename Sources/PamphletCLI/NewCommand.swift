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
            print("Created \(path) as a draft. Write the page and its description; when a clinician has checked it, "
                + "add reviewed and reviewed_by and remove 'draft: true'.")
        } catch let failure as SiteScaffold.Failure {
            DiagnosticPrinter.print([.error(failure.description, code: "new")])
            throw ExitCode(1)
        }
    }
}
