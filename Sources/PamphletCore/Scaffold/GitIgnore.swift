/// The lines a site's .gitignore needs: the output folder and the folders
/// a build makes beside it (`StagedOutput`), which a killed build can leave.
public enum GitIgnore {
    public static let pamphletLines = ["/output/", "/.output.staging-*/", "/.output.old-*/"]

    /// `text` with the missing lines appended, or nil when none is missing.
    /// A line counts as present with or without its leading or trailing slash.
    static func adding(_ lines: [String], to text: String) -> String? {
        func bare(_ line: Substring) -> Substring {
            var line = line.drop { $0 == " " || $0 == "\t" }
            while line.last == " " || line.last == "\t" || line.last == "\r" { line = line.dropLast() }
            if line.hasPrefix("/") { line = line.dropFirst() }
            if line.hasSuffix("/") { line = line.dropLast() }
            return line
        }
        let present = Set(text.split(separator: "\n", omittingEmptySubsequences: true).map(bare))
        let missing = lines.filter { !present.contains(bare(Substring($0))) }
        guard !missing.isEmpty else { return nil }
        let separator = text.isEmpty || text.hasSuffix("\n") ? "" : "\n"
        return text + separator + "# Pamphlet: the built site and the folders a build makes beside it\n"
            + missing.joined(separator: "\n") + "\n"
    }
}
