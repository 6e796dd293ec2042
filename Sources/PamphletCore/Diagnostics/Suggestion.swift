/// "Did you mean" hints for misspelled keys and link targets.
enum Suggestion {
    /// The candidate closest to `word`, when it is close enough to be a likely typo.
    static func closest(to word: String, in candidates: some Sequence<String>) -> String? {
        var work = 0
        return SuggestionIndex(candidates).closest(to: word, work: &work)
    }

    static func phrase(_ suggestion: String?) -> String {
        suggestion.map { "; did you mean '\($0)'?" } ?? ""
    }
}
