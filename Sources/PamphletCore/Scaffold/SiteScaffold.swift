import Foundation

/// `pamphlet init`: a new site with settings, the default theme, a home page
/// and one example page.
public enum SiteScaffold {
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    /// Writes the site into `directory`. Everything is checked before the
    /// first write: it refuses a file, a folder that already has a site, and
    /// an existing themes/default (it never overwrites theme files). An
    /// existing .gitignore is kept, with the lines Pamphlet needs added.
    public static func create(at directory: URL) throws -> [String] {
        let fileManager = FileManager.default
        let site = SiteFolder(root: directory)
        var isFolder: ObjCBool = false
        if fileManager.fileExists(atPath: directory.path, isDirectory: &isFolder), !isFolder.boolValue {
            throw Failure(description: "\(directory.path) is a file, not a folder; give pamphlet init a new or empty folder for the site")
        }
        for existing in [site.configFile, site.content] where fileManager.fileExists(atPath: existing.path) {
            throw Failure(description: "\(existing.path) already exists; choose an empty folder for a new site")
        }
        let themeTarget = directory.appendingPathComponent("themes/default")
        if (try? fileManager.attributesOfItem(atPath: themeTarget.path)) != nil {
            throw Failure(description: "\(themeTarget.path) already exists and pamphlet init never overwrites theme files; "
                + "move that folder aside (for example to themes/mine, then set theme: mine in site.yml) and run pamphlet init again")
        }
        guard let builtIn = ThemeLoader.builtInThemes?.appendingPathComponent("default") else {
            throw Failure(description: "the default theme is missing from this copy of pamphlet; reinstall it")
        }
        var written: [String] = []
        func attempt(_ relative: String, _ work: () throws -> Void) throws {
            do {
                try work()
            } catch {
                throw Failure(description: "could not write \(directory.appendingPathComponent(relative).path): \(SystemReason.of(error)); "
                    + "check that you can write to \(directory.path), or choose another folder")
            }
        }
        func write(_ relative: String, _ text: String) throws {
            let url = directory.appendingPathComponent(relative)
            try attempt(relative) {
                try fileManager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try text.write(to: url, atomically: true, encoding: .utf8)
            }
            written.append(relative)
        }
        try write("site.yml", """
            title: My health information site
            base_url: https://health.example.org/
            language: en
            description: Clear, reviewed information about health conditions and treatments.
            publisher: Example Health Service

            \(SiteScaffold.brandBlock)
            """)
        try write("content/_index.md", """
            ---
            title: My health information site
            description: Clear, reviewed information about health conditions and treatments.
            ---

            Welcome. These pages explain health conditions and treatments in plain words.

            """)
        try write("content/conditions/_index.md", """
            ---
            title: Conditions
            description: What common conditions are and how they are treated.
            weight: 1
            ---

            Read about conditions and their treatment.

            """)
        try write("content/conditions/example-condition.md", """
            ---
            title: Example condition
            description: A short summary of the page for search results and link lists.
            weight: 1
            ---

            \(ReviewGovernanceCheck.placeholders[0])

            ## What it is

            Explain the condition in plain words. Keep sentences short.

            ## How it is treated

            - Use lists for steps and choices.
            - Link to related pages, such as the [conditions overview](_index.md).

            """)
        try attempt("themes/default") {
            try fileManager.createDirectory(at: themeTarget.deletingLastPathComponent(), withIntermediateDirectories: true)
            try fileManager.copyItem(at: builtIn.resolvingSymlinksInPath(), to: themeTarget)
        }
        written.append("themes/default/")
        let gitignore = directory.appendingPathComponent(".gitignore")
        if (try? fileManager.attributesOfItem(atPath: gitignore.path)) != nil {
            // Kept whatever happens: never replaced, only added to.
            guard let existing = try? String(contentsOf: gitignore, encoding: .utf8) else {
                written.append(".gitignore (kept unchanged: it could not be read; add \(GitIgnore.pamphletLines.joined(separator: " ")) to it)")
                return written
            }
            if let added = GitIgnore.adding(GitIgnore.pamphletLines, to: existing) {
                try write(".gitignore", added)
                written[written.count - 1] = ".gitignore (kept, with Pamphlet's lines added)"
            }
        } else {
            try write(".gitignore", GitIgnore.pamphletLines.joined(separator: "\n") + "\n")
        }
        return written
    }
}
