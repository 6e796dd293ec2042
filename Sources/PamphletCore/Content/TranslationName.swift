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
        // Bytes, not Characters: every file under content/ is asked.
        let bytes = fileName.utf8
        guard bytes.count > 3, bytes.suffix(3).elementsEqual(".md".utf8) else { return nil }
        let stemEnd = bytes.index(bytes.endIndex, offsetBy: -3)
        guard let dot = bytes[..<stemEnd].lastIndex(of: UInt8(ascii: ".")), dot != bytes.startIndex else { return nil }
        let suffix = String(fileName[bytes.index(after: dot)..<stemEnd])
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
            if codes.count > 1, let slash = path.utf8.firstIndex(of: UInt8(ascii: "/")), slash != path.startIndex,
               case let top = String(path[..<slash]), codes.contains(top), !reportedFolders.contains(top) {
                reportedFolders.insert(top)
                problems.append(.error(
                    "content/\(top)/ looks like a folder per language; Pamphlet keeps translations beside their page instead (page.md and page.es.md), so move these pages next to the pages they translate",
                    file: "content/" + top + "/", code: "language"))
            }
        }
        return problems
    }
}
