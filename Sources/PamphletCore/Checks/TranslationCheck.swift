/// A translation reviewed before its original was last reviewed may no
/// longer say the same thing.
struct TranslationCheck: ContentCheck {
    static let codes = ["translation-outdated"]

    func check(_ input: CheckInput) -> [Diagnostic] {
        guard let original = input.original, let source = original.frontMatter.reviewed else { return [] }
        let page = input.page
        let position = page.frontMatter.positions["reviewed"] ?? SourcePosition(line: 1, column: 1)
        guard let reviewed = page.frontMatter.reviewed else {
            return [.warning(
                "this translation has no 'reviewed' date, but \(original.source) was reviewed on \(source.iso); check the translation still matches it",
                file: page.source, line: position.line, column: position.column, code: "translation-outdated")]
        }
        guard reviewed < source else { return [] }
        return [.warning(
            "this translation was reviewed on \(reviewed.iso), before \(original.source) was last reviewed (\(source.iso)); it may be out of date",
            file: page.source, line: position.line, column: position.column, code: "translation-outdated")]
    }
}
