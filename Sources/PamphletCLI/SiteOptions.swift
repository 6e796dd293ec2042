import ArgumentParser
import Foundation
import PamphletCore

/// Options shared by the commands that read a site.
struct SiteOptions: ParsableArguments {
    @Option(name: .long, help: "The site folder (the one with site.yml).")
    var source: String = "."

    @Option(name: .long, help: "Use this site address instead of base_url from site.yml.")
    var baseURL: String?

    @Flag(name: .long, help: "Include drafts ('draft: true') and pages scheduled for later ('publish_date').")
    var drafts = false

    @Option(name: .long, help: "Measure review dates against this day (YYYY-MM-DD) instead of today.")
    var today: String?

    func buildOptions(output: String?) throws -> BuildOptions {
        let sourceURL = URL(fileURLWithPath: source).standardizedFileURL
        var options = BuildOptions(
            source: sourceURL,
            output: output.map { URL(fileURLWithPath: $0).standardizedFileURL })
        options.baseURL = baseURL
        options.includeDrafts = drafts
        if let today {
            guard let date = CalendarDate(iso: today) else {
                throw ValidationError("--today must be a date written as YYYY-MM-DD, such as 2025-03-15")
            }
            options.today = date
        }
        return options
    }
}

extension SiteOptions {
    /// The site folder from the working folder, as annotations and SARIF
    /// name files ("" or "site/"): CI runs from the repository's root.
    var repositoryPrefix: String {
        let folder = URL(fileURLWithPath: source).standardizedFileURL.path
        let here = URL(fileURLWithPath: FileManager.default.currentDirectoryPath).standardizedFileURL.path
        if folder == here { return "" }
        let root = here.hasSuffix("/") ? here : here + "/"
        let relative = folder.hasPrefix(root) ? String(folder.dropFirst(root.count)) : folder
        return relative + "/"
    }
}
