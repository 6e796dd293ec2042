/// What a partial write of the output folder covers (see `IncrementalBuilder.writeSite`).
extension IncrementalBuilder {
    /// What a partial write must write again: pages (a glossary
    /// introduction among them is written by the glossary generator), and
    /// whether the files that list pages (A to Z, sitemap, 404, glossary,
    /// redirects) are among them.
    struct PartialWrite {
        var pages: [Int]
        var otherFiles: Bool
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
