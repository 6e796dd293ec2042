import Foundation

/// How one fuzz input becomes a site: Fuzz/site-template with the input's
/// parts, split at NUL bytes, put in. `Tests/PamphletEndToEndTests/FuzzRegressionTests`
/// makes the same site from a saved input.
///  - part 1: content/topics/page.md
///  - part 2: lines added to the end of site.yml
///  - part 3: content/glossary.yml
///  - part 4: content/topics/other.md, in place of the template's
enum FuzzInput {
    static let template = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("site-template")

    /// Relative path -> bytes, template files included.
    static func files(_ input: [UInt8]) -> [String: Data] {
        var files: [String: Data] = [:]
        for relative in ["site.yml", "content/_index.md", "content/topics/_index.md", "content/topics/other.md"] {
            files[relative] = FileManager.default.contents(atPath: template.appendingPathComponent(relative).path) ?? Data()
        }
        let parts = input.split(separator: 0, maxSplits: 3, omittingEmptySubsequences: false).map { Data($0) }
        files["content/topics/page.md"] = parts[0]
        if parts.count > 1 { files["site.yml"]!.append(parts[1]) }
        if parts.count > 2 { files["content/glossary.yml"] = parts[2] }
        if parts.count > 3 { files["content/topics/other.md"] = parts[3] }
        return files
    }
}
