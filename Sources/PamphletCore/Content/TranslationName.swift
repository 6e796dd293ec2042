import Foundation

/// Translations sit beside their page with the language before `.md`:
/// `gene-therapy.md` and `gene-therapy.es.md`.
enum TranslationName {
    /// (`gene-therapy.md`, "es") for `gene-therapy.es.md`; the default
    /// language for a name without a known suffix.
    static func split(_ fileName: String, languages: [Language]) -> (name: String, language: String) {
        let defaultCode = languages.first(where: \.isDefault)?.code ?? "en"
        guard let suffix = languageSuffix(fileName) else { return (fileName, defaultCode) }
        guard languages.contains(where: { $0.code == suffix }) else { return (fileName, defaultCode) }
        return (String(fileName.dropLast(suffix.count + 4)) + ".md", suffix)
    }

    /// The part between the last two dots of `name.xx.md` when it looks like a language code.
    static func languageSuffix(_ fileName: String) -> String? {
        guard fileName.hasSuffix(".md") else { return nil }
        let stem = fileName.dropLast(3)
        guard let dot = stem.lastIndex(of: "."), dot != stem.startIndex else { return nil }
        let suffix = String(stem[stem.index(after: dot)...])
        return Language.isWellFormedCode(suffix) ? suffix : nil
    }

    /// Problems with how translations are laid out: a suffix for a language
    /// site.yml does not list, or a per-language folder (`content/es/`),
    /// which mixes a second convention in.
    static func layoutProblems(markdown: [String], languages: [Language]) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        let codes = Set(languages.map(\.code))
        var reportedFolders: Set<String> = []
        for path in markdown {
            let name = path.fileName
            if let suffix = languageSuffix(name), !codes.contains(suffix), Language.nativeNames[suffix] != nil {
                problems.append(.error(
                    "the file name says this page is in '\(suffix)', but site.yml does not list that language; add it under 'languages' or rename the file",
                    file: "content/" + path, line: 1, column: 1, code: "language"))
            }
            let parts = path.split(separator: "/").map(String.init)
            if codes.count > 1, parts.count > 1, codes.contains(parts[0]), !reportedFolders.contains(parts[0]) {
                let top = parts[0]
                reportedFolders.insert(top)
                problems.append(.error(
                    "content/\(top)/ looks like a folder per language; Pamphlet keeps translations beside their page instead (page.md and page.es.md), so move these pages next to the pages they translate",
                    file: "content/" + top + "/", code: "language"))
            }
        }
        return problems
    }
}
