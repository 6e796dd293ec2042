import Foundation

/// `pamphlet new`: a page with its front matter ready to fill in.
public enum PageScaffold {
    public static func create(at file: URL, title: String?, today: CalendarDate = .today()) throws {
        let fileManager = FileManager.default
        guard file.pathExtension == "md" else {
            throw SiteScaffold.Failure(description: "\(file.path): a page's file name must end in .md")
        }
        guard !fileManager.fileExists(atPath: file.path) else {
            throw SiteScaffold.Failure(description: "\(file.path) already exists; pamphlet new never overwrites a page")
        }
        let name = file.deletingPathExtension().lastPathComponent
        let pageTitle = title ?? SiteTreeBuilder.humanize(name == "_index" ? file.deletingLastPathComponent().lastPathComponent : name)
        let text = """
            ---
            title: \(yamlQuoted(pageTitle))
            description: ""
            reviewed: \(today.iso)
            reviewed_by: ""
            ---

            Write one or two short sentences that say what this page is about.

            ## A first heading

            Keep sentences short and use everyday words.

            """
        try fileManager.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: file, atomically: true, encoding: .utf8)
    }

    /// Quotes a title when YAML would otherwise misread it ("Gene therapy: an overview").
    static func yamlQuoted(_ text: String) -> String {
        let special = text.contains(": ") || text.contains(" #") || text.hasPrefix("'") || text.hasPrefix("\"")
            || text.first.map { "-?:,[]{}#&*!|>%@`".contains($0) } == true
        guard special else { return text }
        return "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}
