/// What a partial write of the output folder covers (see `IncrementalBuilder.writeSite`).
extension IncrementalBuilder {
    /// What a partial write must write again, as the generators' `reads`
    /// name it: the pages whose files changed or that show a changed page
    /// (a glossary introduction among them is written by the glossary
    /// generator), and whether what listings show of a page changed.
    struct PartialWrite {
        var pages: [Int]
        var listings: Bool
        var glossaryIntroduction: Bool

        /// The generator to run again (itself, or limited to `pages`), or nil
        /// when nothing it reads changed.
        func rerun(_ generator: any Generator, in tree: SiteTree) -> (any Generator)? {
            let reads = generator.reads
            if reads.contains(.pageText), let pageByPage = generator as? any PageByPageGenerator {
                return pageByPage.only(pages, in: tree)
            }
            let changed = (reads.contains(.pageText) && !pages.isEmpty) || (reads.contains(.pageListings) && listings)
                || (reads.contains(.glossaryIntroduction) && glossaryIntroduction)
            return changed ? generator : nil
        }
    }

    /// The pages (by index in `new`) whose face changed while every page kept
    /// its source, address and aliases; nil when any page did not.
    static func changedFaces(from old: [PageFace], to new: [PageFace]) -> Set<Int>? {
        guard old.count == new.count else { return nil }
        let sameOrder = zip(old, new).allSatisfy { $0.contentPath == $1.contentPath }
        let before = sameOrder ? old : {
            let byPath = Dictionary(old.map { ($0.contentPath, $0) }, uniquingKeysWith: { first, _ in first })
            return new.map { byPath[$0.contentPath] }
        }().compactMap { $0 }
        guard before.count == new.count else { return nil }
        var changed = Set<Int>()
        for index in new.indices where before[index] != new[index] {
            guard before[index].sameAddress(as: new[index]) else { return nil }
            changed.insert(index)
        }
        return changed
    }
}
