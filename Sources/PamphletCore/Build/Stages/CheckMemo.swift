import PamphletReadability

/// What "Check links" and "Check content" remember between builds: each
/// page's findings by content path, with the `PageVersion` of the page (and
/// of its original, for a translation) they hold for; each page's broken
/// `#fragment` links, while no page's headings changed; and the reading-level
/// report of each rendering, by its generation (measuring is most of a
/// build's work, and a new title needs new findings but not new measuring).
final class CheckMemo {
    private let arrangement: ArrangementMemo
    private let rendering: RenderMemo
    private var findings: [String: CheckedPage] = [:]
    private var readability: [String: (rendering: Int, report: KnownReadability)] = [:]
    private var assembly: CheckAssembly?

    init(arrangement: ArrangementMemo, rendering: RenderMemo) {
        self.arrangement = arrangement
        self.rendering = rendering
    }

    /// Each page's broken `#fragment` links when still known (nil: to check), by page index.
    func knownLinkProblems() -> [[Diagnostic]?] {
        rendering.headingsStand ? arrangement.pages.pages.map(\.linkProblems) : []
    }

    func remember(linkProblems: [[Diagnostic]]) {
        guard linkProblems.count == arrangement.pages.pages.count else { return }
        for index in linkProblems.indices { arrangement.pages.pages[index].linkProblems = linkProblems[index] }
    }

    /// By page index: the findings of every page that is the same version as
    /// when they were found (and, for a translation, whose original is), and
    /// for the others the reading-level report of their rendering, if known.
    /// What is known is found by path once per arrangement, then by index.
    func known(in tree: SiteTree, defaultLanguage: String) -> (checks: [PageCheckResult?], readability: [KnownReadability?]) {
        let count = tree.pages.count
        guard arrangement.pages.pages.count == count else { return ([], []) }
        if !arrangement.pages.filled {
            for (index, page) in tree.pages.enumerated() {
                arrangement.pages.pages[index].checked = findings[page.contentPath]
                if let known = readability[page.contentPath], known.rendering == arrangement.pages.pages[index].rendered {
                    arrangement.pages.pages[index].readability = known.report
                }
                arrangement.pages.pages[index].original = page.language == defaultLanguage
                    ? nil : tree.translations[page.translationKey]?[defaultLanguage]
            }
            arrangement.pages.filled = true
        }
        var checks = [PageCheckResult?](repeating: nil, count: count)
        var reports = [KnownReadability?](repeating: nil, count: count)
        // Fields read in place: `let memo = pages[index]` copied each page's memo whole, every field retained.
        arrangement.pages.pages.withUnsafeBufferPointer { memos in
            for index in 0..<count {
                let version = memos[index].version
                let original = memos[index].original.map { memos[$0].version }
                if let known = memos[index].checked, known.version == version, known.original == original, version.isKnown {
                    checks[index] = known.result
                } else {
                    reports[index] = memos[index].readability
                }
            }
        }
        return (checks, reports)
    }

    /// Keeps what "Check content" found on the pages not handed their
    /// findings back (`known`), and the reading-level report beside the rendering it was measured from.
    func remember(_ results: [PageCheckResult], known: [PageCheckResult?], in tree: SiteTree) {
        guard results.count == tree.pages.count, arrangement.pages.pages.count == tree.pages.count else { return }
        for index in tree.pages.indices where index >= known.count || known[index] == nil {
            let result = results[index]
            let page = tree.pages[index]
            let rendered = arrangement.pages.pages[index].rendered
            if rendered >= 0 {
                let report = KnownReadability(language: page.language, report: result.readability)
                readability[page.contentPath] = (rendered, report)
                arrangement.pages.pages[index].readability = report
            }
            let (version, original) = arrangement.pages.versions(index)
            let checked = CheckedPage(version: version, original: original, result: result)
            findings[page.contentPath] = checked
            arrangement.pages.pages[index].checked = checked
        }
    }
}

extension CheckMemo {
    /// `CheckAssembly(results).parts`, patched from the last build's when only a few pages' results are new.
    func assemble(_ results: [PageCheckResult]) -> (findings: [Diagnostic], health: [PageHealth]) {
        // Taken out while patched, so its arrays are changed in place, not copied.
        if var last = assembly.take(), last.patch(with: results) {
            assembly = last
            return last.parts
        }
        let made = CheckAssembly(results)
        assembly = made
        return made.parts
    }
}

/// A page's reading-level report and the language it was measured in.
struct KnownReadability {
    var language: String
    var report: ReadabilityReport
}
