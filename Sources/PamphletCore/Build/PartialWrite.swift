/// What a partial write of the output folder covers (`WriteMemo`): the
/// pages whose files changed or that show a changed page (a glossary
/// introduction among them is written by the glossary generator), and
/// whether what listings show of a page changed. Which generators run
/// again follows from what each declares it reads (`Generator.reads`).
struct PartialWrite {
    var pages: [Int]
    var listings: Bool
    /// Whether a page's review date is among what changed.
    var reviewDates = false
    var glossaryIntroduction: Bool
    /// What each generator reported when the output was last written:
    /// one that does not run again says it again.
    var findings: [(generator: String, diagnostics: [Diagnostic])]

    /// The generator to run again (itself, or limited to `pages`), or nil
    /// when nothing it reads changed.
    func rerun(_ generator: any Generator, in tree: SiteTree) -> (any Generator)? {
        let reads = generator.reads
        if reads.contains(.pageText), let pageByPage = generator as? any PageByPageGenerator {
            return pageByPage.only(pages, in: tree)
        }
        let changed = (reads.contains(.pageText) && !pages.isEmpty) || (reads.contains(.pageListings) && listings)
            || (reads.contains(.reviewDates) && reviewDates)
            || (reads.contains(.glossaryIntroduction) && glossaryIntroduction)
        guard changed else { return nil }
        return (generator as? any PartlyRewritingGenerator)?.rewriting(pages, in: tree) ?? generator
    }
}
