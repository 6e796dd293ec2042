extension AuthorNoteContext {
    /// What `pamphlet serve` shows a page's authors (`page.author_note`), from the checks' figures.
    init(_ health: PageHealth) {
        self.init(
            readingGrade: ReadabilityCheck.format(health.fernandezHuerta ?? health.fleschKincaidGrade),
            targetGrade: ReadabilityCheck.format(health.targetScore ?? health.targetGrade),
            formula: health.formula, aboveTarget: health.aboveTarget,
            reviewStatus: CheckReport.statusText(health.reviewStatus), words: health.words)
    }

    /// The notes by source file (the first figures of a file, if it has two).
    static func notes(_ health: [PageHealth]) -> [String: AuthorNoteContext] {
        Dictionary(health.map { ($0.file, AuthorNoteContext($0)) }, uniquingKeysWith: { first, _ in first })
    }
}
