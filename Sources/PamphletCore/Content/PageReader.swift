import Foundation

/// Turns a Markdown file into a `Page` with its front matter read.
struct PageReader {
    let languages: [Language]
    /// `content/`'s path, worked out once: Foundation's URL joins cost more than reading a small page.
    private let contentRoot: String

    init(folder: SiteFolder, languages: [Language]) {
        self.languages = languages
        contentRoot = folder.content.path
    }

    func read(contentPath: String) -> (Page?, [Diagnostic]) {
        let display = "content/" + contentPath
        var diagnostics: [Diagnostic] = []
        let text: String
        switch SourceText.read(path: contentRoot + "/" + contentPath, display: display) {
        case .success(let value): text = value
        case .failure(let diagnostic): return (nil, [diagnostic])
        }
        // Stops at the first character that is not blank; trimming would copy the whole text.
        if text.unicodeScalars.allSatisfy(CharacterSet.whitespacesAndNewlines.contains) {
            return (nil, [.error(
                "the file is empty; start it with front matter such as '---', 'title: Your page title', '---', then the text",
                file: display, line: 1, column: 1, code: "front-matter")])
        }
        let split: FrontMatter.Split
        switch FrontMatter.split(text, file: display) {
        case .success(let value): split = value
        case .failure(let diagnostic): return (nil, [diagnostic])
        }
        guard let matter = FrontMatter.parse(split.yaml, file: display, diagnostics: &diagnostics) else {
            return (nil, diagnostics)
        }
        diagnostics += ShortcodeScanner.warnings(in: split.body, firstLine: split.bodyStartLine, file: display)
        let parent = contentPath.parentPath
        let (name, language) = TranslationName.split(contentPath.fileName, languages: languages)
        let isIndex = name == "_index.md"
        let kind: Page.Kind = isIndex ? (parent.isEmpty ? .home : .section) : .page
        let page = Page(
            kind: kind,
            source: display,
            contentPath: contentPath,
            parentFolder: isIndex ? parent.parentPath : parent,
            folder: isIndex ? parent : nil,
            language: language,
            translationKey: parent.isEmpty ? name : parent + "/" + name,
            frontMatter: matter,
            body: String(split.body),
            bodyStartLine: split.bodyStartLine,
            hasSourceFile: true)
        return (page, diagnostics)
    }
}
