/// What one distinct word adds to a readability report, worked out the
/// first time a worker meets the word (`Readability.Words`).
struct KnownWord {
    let syllables: Int
    /// The word lowercased, with straight apostrophes: how hard words are listed.
    let key: String
    let plainer: String?
    /// Has a letter, and is long or has a plainer word: listed unless its key already is.
    let isCandidate: Bool

    init(_ word: String, syllableMemo: WordMemo, hardSyllables: Int, plainWords: Bool) {
        syllables = syllableMemo.value(word)
        key = Apostrophes.straightened(word.lowercased())
        plainer = plainWords ? PlainWords.pairs[key] : nil
        isCandidate = key.contains(where: { $0.isLetterQuick }) && (syllables >= hardSyllables || plainer != nil)
    }
}
