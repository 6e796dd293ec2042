extension IncrementalBuilder {
    /// What one build works out as it goes, apart from what is remembered
    /// between builds: `build(using:)` starts a new one each time, so nothing
    /// of it can leak into the next build unnoticed.
    struct Scratch {
        /// The source files as this build saw them, before reading any.
        var snapshot = SourceSnapshot()
        /// What changed since the previous build's snapshot, made once.
        var changesSincePrevious = SourceChanges()
        /// The last build's pages: a face made again equal to one of them
        /// (same place in the same page list) keeps its generation.
        var previous: [PageMemo] = []
        /// Pages read and pages rendered again (for `Outcome`).
        var reparsed: [String] = []
        var rerendered: [String] = []
        /// What is known of every page, from "Render Markdown" on.
        var pages = PageMemos(pages: [])
        /// True when "Arrange pages" kept the last arrangement.
        var reusedArrangement = false
        /// What "Render Markdown" works out between asking and remembering:
        /// whether every page was a candidate, which were, with their inputs.
        var everyPage = false
        var candidates: [Int] = []
        var inputs: [RenderInput] = []
    }
}
