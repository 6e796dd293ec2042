import Synchronization

/// "Did you mean" for a broken link: the files of content/ by file name,
/// then by path. Indexed on the first broken link, once for all of them:
/// most builds have none, and indexing 10,000 paths took 0.15 s on one core
/// while the other waited for "Render Markdown" to start. Pages render on
/// every core, so the first to need it makes it and the others wait for it.
final class LinkSuggestions: Sendable {
    private struct Index: Sendable {
        /// File name -> the paths that have it.
        var byName: [String: [String]]
        var names: SuggestionIndex
        var paths: SuggestionIndex
    }

    private let pages: [String: Int]
    private let staticFiles: Set<String>
    private let index = Mutex<Index?>(nil)

    /// `pages`: the content paths of the pages (only the keys are read).
    init(pages: [String: Int], staticFiles: Set<String>) {
        self.pages = pages
        self.staticFiles = staticFiles
    }

    /// The file the writer most likely meant by `target`, nil when none is close.
    func closest(to target: String) -> String? {
        // Copied out, so that many broken links are matched on every core at once.
        let made = index.withLock { index in
            let made = index ?? make()
            index = made
            return made
        }
        var work = 0
        if let close = made.names.closest(to: target.fileName, work: &work), let match = made.byName[close]?.sorted().first {
            return match
        }
        return made.paths.closest(to: target, work: &work)
    }

    private func make() -> Index {
        let candidates = Array(pages.keys) + Array(staticFiles)
        let byName = Dictionary(grouping: candidates) { $0.fileName }
        // Sorted, so that of two as near the same one is named in every build.
        return Index(byName: byName, names: SuggestionIndex(byName.keys.sorted()), paths: SuggestionIndex(candidates.sorted()))
    }
}
