/// Plain language: a page whose reading grade is above its target gets a
/// warning naming its longest sentences and hardest words.
struct ReadabilityCheck: ContentCheck {
    /// Below this many words a grade says little, so no warning is given.
    static let minimumWords = 20

    static func target(for page: Page, settings: CheckSettings) -> Double {
        page.frontMatter.maxGrade ?? settings.maxGrade
    }

    func check(_ input: CheckInput) -> [Diagnostic] {
        let page = input.page
        guard page.hasSourceFile else { return [] }
        let report = input.readability
        let target = Self.target(for: page, settings: input.settings)
        guard report.words >= Self.minimumWords, report.fleschKincaidGrade > target else { return [] }
        let position = page.frontMatter.positions["title"] ?? SourcePosition(line: 1, column: 1)
        var findings: [Diagnostic] = [.warning(
            "reading grade \(Self.format(report.fleschKincaidGrade)) (Flesch-Kincaid) is above this page's target of \(Self.format(target)); "
                + "shorten the long sentences and use plainer words",
            file: page.source, line: position.line, column: position.column, code: "readability")]
        for sentence in report.longestSentences.prefix(3) {
            findings.append(Diagnostic(
                .note, "long sentence (\(sentence.words) words): \"\(Self.clip(sentence.text))\"",
                file: page.source, line: sentence.line, column: 1, code: "readability"))
        }
        if !report.hardestWords.isEmpty {
            let words = report.hardestWords.prefix(8).map { word in
                word.plainer.map { "\(word.word) (try \"\($0)\")" } ?? word.word
            }
            findings.append(Diagnostic(
                .note, "hardest words: " + words.joined(separator: ", "),
                file: page.source, line: position.line, column: position.column, code: "readability"))
        }
        return findings
    }

    static func format(_ value: Double) -> String {
        String((value * 10).rounded() / 10)
    }

    static func clip(_ text: String) -> String {
        text.count > 100 ? String(text.prefix(97)) + "..." : text
    }
}
