import PamphletReadability

/// Plain language: a page harder to read than its target gets a warning
/// naming its longest sentences and hardest words. English pages are
/// measured with Flesch-Kincaid (a school grade, lower is easier), Spanish
/// pages with Fernández-Huerta (a score, higher is easier).
struct ReadabilityCheck: ContentCheck {
    static let codes = ["readability"]

    /// Below this many words a score says little, so no warning is given.
    static let minimumWords = 20

    /// The target this page is held to, and whether its report misses it.
    struct Verdict {
        var formula: String
        var value: Double
        var target: Double
        var missesTarget: Bool
    }

    static func verdict(for page: Page, report: ReadabilityReport, settings: CheckSettings) -> Verdict {
        if let score = report.fernandezHuerta {
            let target = page.frontMatter.minScore ?? settings.minSpanishScore
            return Verdict(formula: "Fernández-Huerta", value: score, target: target, missesTarget: report.words > 0 && score < target)
        }
        let target = page.frontMatter.maxGrade ?? settings.maxGrade
        let grade = report.fleschKincaidGrade
        return Verdict(formula: "Flesch-Kincaid", value: grade, target: target, missesTarget: grade > target)
    }

    func check(_ input: CheckInput) -> [Diagnostic] {
        let page = input.page
        guard page.hasSourceFile else { return [] }
        let report = input.readability
        let verdict = Self.verdict(for: page, report: report, settings: input.settings)
        guard report.words >= Self.minimumWords, verdict.missesTarget else { return [] }
        let position = page.frontMatter.positions["title"] ?? SourcePosition(line: 1, column: 1)
        let summary = report.fernandezHuerta == nil
            ? "reading grade \(Self.format(verdict.value)) (Flesch-Kincaid) is above this page's target of \(Self.format(verdict.target))"
            : "reading ease \(Self.format(verdict.value)) (Fernández-Huerta, for Spanish) is below this page's target of \(Self.format(verdict.target))"
        var findings: [Diagnostic] = [.warning(
            summary + "; shorten the long sentences and use plainer words",
            file: page.source, line: position.line, column: position.column, code: "readability")]
        // Only sentences long by plain-language guidance (about 20 words at most) are named:
        // a page of short cells can miss its target on its words alone.
        for sentence in report.longestSentences.prefix(3) where sentence.words > Self.longSentenceWords {
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

    static let longSentenceWords = 20

    static func format(_ value: Double) -> String {
        String((value * 10).rounded() / 10)
    }

    static func clip(_ text: String) -> String {
        text.count > 100 ? String(text.prefix(97)) + "..." : text
    }
}
