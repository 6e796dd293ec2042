extension AuthorNoteContext {
    /// What `pamphlet serve` shows a page's authors (`page.author_note`), from the checks' figures.
    init(_ health: PageHealth) {
        self.init(
            readingGrade: ReadabilityCheck.format(health.fernandezHuerta ?? health.fleschKincaidGrade),
            targetGrade: ReadabilityCheck.format(health.targetScore ?? health.targetGrade),
            formula: health.formula, aboveTarget: health.aboveTarget,
            reviewStatus: CheckReport.statusText(health.reviewStatus), words: health.words)
    }

}

/// The preview's notes to authors by source file (the first figures of a
/// file, if it has two); none in a published build. Each note is made when
/// a page asks for it: a one-page save writes a few pages of 10,000.
struct AuthorNotes: Sendable {
    private let health: [PageHealth]
    private let positions: [String: Int]

    /// `last`: the notes of the build before, whose index by file is kept
    /// when the files are the same (on a save, the same strings, so
    /// comparing them is quick; hashing 10,000 paths was not).
    init(_ health: [PageHealth] = [], last: AuthorNotes? = nil) {
        self.health = health
        if let last, last.health.count == health.count,
           health.indices.allSatisfy({ health[$0].file == last.health[$0].file }) {
            positions = last.positions
            return
        }
        var positions: [String: Int] = [:]
        positions.reserveCapacity(health.count)
        // By index: `enumerated()` copied each page's figures whole.
        for position in health.indices where positions[health[position].file] == nil { positions[health[position].file] = position }
        self.positions = positions
    }

    subscript(source: String) -> AuthorNoteContext? {
        positions[source].map { AuthorNoteContext(health[$0]) }
    }
}
