import Foundation

/// `pamphlet init`: a new site with settings, the default theme, a home page
/// and one example page.
public enum SiteScaffold {
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    /// Writes the site into `directory`; refuses a folder that already has a site.
    public static func create(at directory: URL, today: CalendarDate = .today()) throws -> [String] {
        let fileManager = FileManager.default
        let site = SiteFolder(root: directory)
        for existing in [site.configFile, site.content] where fileManager.fileExists(atPath: existing.path) {
            throw Failure(description: "\(existing.path) already exists; choose an empty folder for a new site")
        }
        guard let builtIn = ThemeLoader.builtInThemes?.appendingPathComponent("default") else {
            throw Failure(description: "the default theme is missing from this copy of pamphlet; reinstall it")
        }
        var written: [String] = []
        func write(_ relative: String, _ text: String) throws {
            let url = directory.appendingPathComponent(relative)
            try fileManager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
            written.append(relative)
        }
        try write("site.yml", """
            title: My health information site
            base_url: https://health.example.org/
            language: en
            description: Clear, reviewed information about health conditions and treatments.
            publisher: Example Health Service

            """)
        try write("content/_index.md", """
            ---
            title: My health information site
            description: Clear, reviewed information about health conditions and treatments.
            reviewed: \(today.iso)
            ---

            Welcome. These pages explain health conditions and treatments in plain words.

            """)
        try write("content/conditions/_index.md", """
            ---
            title: Conditions
            description: What common conditions are and how they are treated.
            weight: 1
            reviewed: \(today.iso)
            ---

            Read about conditions and their treatment.

            """)
        try write("content/conditions/example-condition.md", """
            ---
            title: Example condition
            description: A short summary of the page for search results and link lists.
            weight: 1
            reviewed: \(today.iso)
            reviewed_by: Name of the clinician who checked this page
            ---

            Start with one or two short sentences that say what this page is about.

            ## What it is

            Explain the condition in plain words. Keep sentences short.

            ## How it is treated

            - Use lists for steps and choices.
            - Link to related pages, such as the [conditions overview](_index.md).

            """)
        let themeTarget = directory.appendingPathComponent("themes/default")
        try fileManager.createDirectory(at: themeTarget.deletingLastPathComponent(), withIntermediateDirectories: true)
        try fileManager.copyItem(at: builtIn.resolvingSymlinksInPath(), to: themeTarget)
        written.append("themes/default/")
        try write(".gitignore", "output/\n")
        return written
    }
}
