extension Stages {
    /// Reads each language's glossary (`content/glossary.yml` for the default
    /// language, `content/glossary.es.yml` for Spanish) into
    /// `context.glossaries` (part of "Read content").
    static func readGlossary(_ context: BuildContext, dataFiles: [String]) {
        let files = Dictionary(uniqueKeysWithValues: context.config.languages.map { language in
            (language.isDefault ? Glossary.file : "glossary.\(language.code).yml", language.code)
        })
        for other in dataFiles where files[other] == nil {
            context.diagnostics.append(.warning(
                "this glossary file is for no language the site lists; use content/\(Glossary.file) for the default language and glossary.CODE.yml for the others",
                file: "content/" + other, code: "glossary"))
        }
        for (file, language) in files where dataFiles.contains(file) {
            let display = "content/" + file
            switch SourceText.read(context.folder.content.appendingPathComponent(file), display: display) {
            case .failure(let diagnostic):
                context.diagnostics.append(diagnostic)
            case .success(let text):
                context.glossaries[language] = Glossary.load(text: text, file: display, diagnostics: &context.diagnostics)
            }
        }
    }
}
