/// What "Arrange pages" remembers between builds: the last arrangement that
/// reported nothing, reused while every accepted page's `ArrangementKey` and
/// the static files are the same (a new title or weight only sorts its list
/// again), and what is known of each page of the tree last arranged, by its
/// index there (`PageMemos`), which the later stages' memos fill in.
final class ArrangementMemo {
    private struct Known {
        var keys: [ArrangementKey]
        var staticFiles: [String]
        /// With the renderings of the last build ("Render Markdown" puts it
        /// back; it holds the only reference meanwhile, so putting in a page copies no other).
        var tree: SiteTree
        var redirects: [Redirect]
        /// The reading `keys` were made from (`ReadingMemo.paths`, `acceptedPositions`).
        /// While both are the same, only pages read since need their keys compared.
        var readingPaths: [String]
        var acceptedPositions: [Int]
        /// Scheduled and expired pages: their addresses are in links and redirects (a draft's is in none).
        var dated: Set<String>
    }

    /// What `Known.tree` holds while "Render Markdown" has the tree.
    private static var lent: SiteTree { SiteTree(pages: [], sections: [:], byContentPath: [:], byOutputPath: [:]) }
    private let reading: ReadingMemo
    private let today: CalendarDate
    private var known: Known?
    /// What is known of each page of the tree this build arranged (the last build's until "Arrange pages" runs).
    var pages = PageMemos(pages: [])
    /// The pages of the build before, when this one arranged anew: a face
    /// made again equal to one of them (same place in the same list) keeps its generation.
    private var previous: [PageMemo] = []
    /// Whether this build kept the last arrangement.
    private(set) var reused = false

    init(reading: ReadingMemo, today: CalendarDate) {
        self.reading = reading
        self.today = today
    }

    /// Puts the last tree (with the pages read again) and redirects in the
    /// context and returns true, when what they were made from is the same.
    func reuse(_ context: BuildContext) -> Bool {
        let pending = reading.unarranged
        reading.unarranged.removeAll()
        reused = false
        guard var known = known.take(), known.staticFiles == context.staticFiles, known.tree.pages.count == pages.pages.count,
              let reordered = sameKeys(known, pending: pending)
        else { return false }
        previous = []
        known.readingPaths = reading.paths
        known.acceptedPositions = reading.acceptedPositions
        for path in pending {
            guard let position = reading.positions[path], let file = reading.files[position].file, file.isBuilt,
                  let page = file.page, let index = known.tree.byContentPath[page.contentPath] else { continue }
            var updated = page
            updated.url = known.tree.pages[index].url
            updated.outputPath = known.tree.pages[index].outputPath
            known.tree.pages[index] = updated
            pages.pages[index].read(again: reading.files[position].generation)
        }
        for offset in reordered {
            let position = reading.acceptedPositions[offset]
            known.keys[offset] = reading.files[position].key!
            if let index = known.tree.byContentPath[reading.paths[position]] { SiteTreeBuilder.reorder(&known.tree, around: index) }
        }
        context.tree = known.tree
        context.redirects = known.redirects
        known.tree = Self.lent
        self.known = known
        reused = true
        return true
    }

    /// Keeps an arrangement just made (`clean` when it reported nothing) and starts its pages' memos.
    func remember(arrangementOf context: BuildContext, clean: Bool) {
        guard let tree = context.tree else { return }
        previous = pages.pages
        pages = PageMemos(pages: tree.pages.map { PageMemo(parsed: reading.generation(of: $0)) })
        reused = false
        known = clean ? Known(
            keys: reading.acceptedKeys, staticFiles: context.staticFiles,
            tree: Self.lent,
            redirects: context.redirects, readingPaths: reading.paths, acceptedPositions: reading.acceptedPositions,
            dated: Set(context.unpublished.filter { !$0.frontMatter.draft && tree.byContentPath[$0.contentPath] == nil }.map(\.contentPath)))
            : nil
    }

    /// Puts back the tree with this build's renderings, and makes the face
    /// of every page that has none (a new one keeps the generation of an
    /// equal face the build before had at the same index).
    func rendered(_ tree: SiteTree, nextGeneration: () -> Int) {
        known?.tree = tree
        let comparable = previous.count == tree.pages.count
        for index in tree.pages.indices where pages.pages[index].face == nil {
            let face = PageFace(tree.pages[index])
            pages.pages[index].face = face
            pages.pages[index].faceGeneration =
                comparable && previous[index].face == face ? previous[index].faceGeneration : nextGeneration()
        }
        previous = []
    }

    /// The faces of the final tree, made once per build.
    func faces(of tree: SiteTree) -> [PageFace] {
        guard pages.pages.count == tree.pages.count, pages.pages.allSatisfy({ $0.face != nil }) else {
            return tree.pages.map(PageFace.init)
        }
        return pages.pages.map { $0.face! }
    }

    /// Whether the accepted pages' keys equal those `known` was arranged
    /// from, but for titles and weights: nil when they do not, else the
    /// offsets in `known.keys` of the pages whose list must be sorted again.
    /// Over the same reading, only the pages read since can differ.
    private func sameKeys(_ known: Known, pending: Set<String>) -> [Int]? {
        guard known.readingPaths == reading.paths, known.acceptedPositions == reading.acceptedPositions else {
            return known.keys == reading.acceptedKeys ? [] : nil
        }
        var reordered: [Int] = []
        for path in pending {
            guard let position = reading.positions[path] else { continue }
            guard reading.files[position].file?.isBuilt == true else {
                // A scheduled or expired page has an address links and a redirect use; an expired one may have had one.
                let dated = reading.files[position].file?.page.map { Publication($0.frontMatter, today: today) }
                    .map { $0.isExpired || $0.isScheduled } ?? false
                // A draft's address is in no link (a link to a draft is broken), so editing one arranges nothing.
                if dated || known.dated.contains(path) || known.redirects.contains(where: { $0.source == "content/" + path }) {
                    return nil
                }
                continue
            }
            guard let offset = Self.offset(of: position, in: reading.acceptedPositions),
                  let key = reading.files[position].key else { return nil }
            if known.keys[offset] == key { continue }
            guard key.differsOnlyInOrder(from: known.keys[offset]) else { return nil }
            reordered.append(offset)
        }
        return reordered
    }

    /// Where `value` is in the sorted `list`.
    private static func offset(of value: Int, in list: [Int]) -> Int? {
        var low = 0
        var high = list.count
        while low < high {
            let middle = (low + high) / 2
            if list[middle] < value { low = middle + 1 } else { high = middle }
        }
        return low < list.count && list[low] == value ? low : nil
    }
}
