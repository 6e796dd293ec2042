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
    private var health: [PageHealth]
    /// Each figure's file, by position: what the next build compares.
    private let files: [String]
    private let positions: [String: Int]

    /// `last`: the notes of the build before, whose index by file is kept
    /// when the files are the same (on a save, the same strings, so
    /// comparing them is quick; hashing 10,000 paths was not).
    init(_ health: [PageHealth] = [], last: AuthorNotes? = nil) {
        self.health = health
        if let last, last.files.count == health.count,
           health.indices.allSatisfy({ health[$0].file == last.files[$0] }) {
            (files, positions) = (last.files, last.positions)
            return
        }
        // By index: iterating copied each page's figures whole.
        files = health.indices.map { health[$0].file }
        var positions: [String: Int] = [:]
        positions.reserveCapacity(files.count)
        for position in files.indices where positions[files[position]] == nil { positions[files[position]] = position }
        self.positions = positions
    }

    /// What the next build's notes need of these, without the figures: kept
    /// figures would be shared with "Check content"'s memo, which would then
    /// copy them all to change one page's.
    var forNextBuild: AuthorNotes {
        var kept = self
        kept.health = []
        return kept
    }

    subscript(source: String) -> AuthorNoteContext? {
        positions[source].flatMap { $0 < health.count ? AuthorNoteContext(health[$0]) : nil }
    }
}
