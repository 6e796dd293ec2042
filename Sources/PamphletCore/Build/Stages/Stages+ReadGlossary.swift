extension Stages {
    /// Reads `content/glossary.yml` into `context.glossary` (part of "Read content").
    static func readGlossary(_ context: BuildContext, dataFiles: [String]) {
        for other in dataFiles where other != Glossary.file {
            context.diagnostics.append(.warning(
                "only content/\(Glossary.file) is read as the glossary; this file is not used or published",
                file: "content/" + other, code: "glossary"))
        }
        guard dataFiles.contains(Glossary.file) else { return }
        let display = "content/" + Glossary.file
        switch SourceText.read(context.folder.content.appendingPathComponent(Glossary.file), display: display) {
        case .failure(let diagnostic):
            context.diagnostics.append(diagnostic)
        case .success(let text):
            context.glossary = Glossary.load(text: text, file: display, diagnostics: &context.diagnostics)
        }
    }
}
