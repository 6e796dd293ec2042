import Foundation

/// What "Read content" and "Arrange pages" ask an incremental build.
extension IncrementalBuilder: ReadCache, ArrangeCache {
    /// The last scan while no file under `content/` was added or removed and
    /// the changed ones are plain files (how a symbolic link is treated
    /// depends on where it points).
    func knownScan(_ context: BuildContext) -> ContentScan? {
        guard let scan else { return nil }
        let changes = changes(since: scan.snapshot, takenIn: scan.build)
        let inContent = { (path: String) in path.hasPrefix("content/") }
        guard !changes.added.contains(where: inContent), !changes.removed.contains(where: inContent),
              changes.modified.filter(inContent).allSatisfy({ isPlainFile(context.folder.root.appendingPathComponent($0).path) })
        else { return nil }
        // Still true of this snapshot, so the next build need only compare with this one.
        self.scan = (scan.scan, now.snapshot, builds)
        return scan.scan
    }

    func remember(scan: ContentScan) {
        self.scan = (scan, now.snapshot, builds)
    }

    private func isPlainFile(_ path: String) -> Bool {
        (try? FileManager.default.attributesOfItem(atPath: path))?[.type] as? FileAttributeType == .typeRegular
    }

    func filesToRead(_ paths: [String], _ context: BuildContext) -> [Int] {
        if reading.build >= 0, reading.paths == paths {
            // The same files as the last reading, each stamped as in its
            // snapshot: only those changed since then (or unstamped) are stale.
            var stale = reading.unstamped
            let changes = changes(since: reading.snapshot, takenIn: reading.build)
            for path in changes.added + changes.modified + changes.removed where path.hasPrefix("content/") {
                if let position = reading.positions[String(path.dropFirst("content/".count))] { stale.insert(position) }
            }
            return stale.sorted()
        }
        // Files added or removed: readings are carried over by path, and checked against their stamps.
        let old = reading
        reading = Reading(paths: paths)
        reading.positions = Dictionary(paths.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        var stale: [Int] = []
        reading.files.reserveCapacity(paths.count)
        for (position, path) in paths.enumerated() {
            if let oldPosition = old.positions[path], !old.unstamped.contains(oldPosition),
               let stamp = now.snapshot.stamp(of: "content/" + path), old.files[oldPosition].stamp == stamp {
                reading.files.append(old.files[oldPosition])
            } else {
                reading.files.append(ParsedFile(stamp: Self.noStamp, generation: -1, file: nil, key: nil))
                stale.append(position)
            }
        }
        reading.acceptedPositions = reading.files.indices.filter { reading.files[$0].file?.isBuilt == true }
        return stale
    }

    private static let noStamp = SourceSnapshot.Stamp(size: -1, modified: -1, changed: -1, inode: 0)

    func remember(_ read: [ReadFile], at positions: [Int], _ context: BuildContext) -> [ReadFile] {
        var acceptanceChanged = false
        for (file, position) in zip(read, positions) {
            let path = reading.paths[position]
            // A file that appeared after the snapshot has no stamp: it is read again next time.
            let stamp = now.snapshot.stamp(of: "content/" + path)
            if stamp == nil { reading.unstamped.insert(position) } else { reading.unstamped.remove(position) }
            if reading.files[position].file?.isBuilt != file.isBuilt { acceptanceChanged = true }
            reading.files[position] = ParsedFile(
                stamp: stamp ?? Self.noStamp, generation: nextGeneration(), file: file, key: file.page.map(ArrangementKey.init))
            now.reparsed.append(path)
        }
        if acceptanceChanged { reading.acceptedPositions = reading.files.indices.filter { reading.files[$0].file?.isBuilt == true } }
        reading.snapshot = now.snapshot
        reading.build = builds
        pendingRender.formUnion(now.reparsed)
        pendingArrange.formUnion(now.reparsed)
        return reading.files.compactMap(\.file)
    }

    /// The last arrangement with the pages read again put in, when every
    /// page's `ArrangementKey` and the static files are the same.
    func reuseArrangement(_ context: BuildContext) -> Bool {
        let pending = pendingArrange
        pendingArrange.removeAll()
        guard var known = arrangement, known.staticFiles == context.staticFiles, let reordered = sameKeys(known, pending: pending) else {
            arrangement = nil
            return false
        }
        // Owned here alone, so putting pages in copies no other page (the
        // last build's pages are these: a face made again has a new generation).
        arrangement = nil
        now.previous = []
        known.readingPaths = reading.paths
        known.acceptedPositions = reading.acceptedPositions
        for path in pending {
            guard let position = reading.positions[path], let file = reading.files[position].file, file.isBuilt,
                  let page = file.page, let index = known.tree.byContentPath[page.contentPath] else { continue }
            var updated = page
            updated.url = known.tree.pages[index].url
            updated.outputPath = known.tree.pages[index].outputPath
            known.tree.pages[index] = updated
            known.pages.pages[index].rendered = -1
            known.pages.pages[index].face = nil
            known.pages.pages[index].parsed = reading.files[position].generation
        }
        // A new title or weight only moves the page in its list.
        for offset in reordered {
            let position = reading.acceptedPositions[offset]
            known.keys[offset] = reading.files[position].key!
            if let index = known.tree.byContentPath[reading.paths[position]] { SiteTreeBuilder.reorder(&known.tree, around: index) }
        }
        context.tree = known.tree
        context.redirects = known.redirects
        // "Render Markdown" puts the tree back, holding the only reference meanwhile.
        known.tree = SiteTree(pages: [], sections: [:], byContentPath: [:], byOutputPath: [:])
        arrangement = known
        now.reusedArrangement = true
        return true
    }

    func remember(arrangementOf context: BuildContext, clean: Bool) {
        guard clean, let tree = context.tree else { return arrangement = nil }
        arrangement = Arrangement(
            keys: reading.acceptedPositions.compactMap { reading.files[$0].key },
            staticFiles: context.staticFiles, tree: SiteTree(pages: [], sections: [:], byContentPath: [:], byOutputPath: [:]),
            redirects: context.redirects, readingPaths: reading.paths, acceptedPositions: reading.acceptedPositions,
            pages: PageMemos(pages: parsedGenerations(of: tree).map(PageMemo.init)))
    }

    /// Whether the accepted pages' keys equal those `known` was arranged
    /// from, but for titles and weights: nil when they do not, else the
    /// offsets in `known.keys` of the pages whose list must be sorted again.
    /// Over the same reading, only the pages read since can differ.
    private func sameKeys(_ known: Arrangement, pending: Set<String>) -> [Int]? {
        guard known.readingPaths == reading.paths, known.acceptedPositions == reading.acceptedPositions else {
            return known.keys == reading.acceptedPositions.compactMap { reading.files[$0].key } ? [] : nil
        }
        var reordered: [Int] = []
        for path in pending {
            guard let position = reading.positions[path] else { continue }
            guard reading.files[position].file?.isBuilt == true else {
                // A scheduled or expired page has an address links and a redirect use; an expired one may have had one.
                let dated = reading.files[position].file?.page.map { Publication($0.frontMatter, today: options.today) }
                    .map { $0.isExpired || $0.isScheduled } ?? false
                // A draft's address is in no link (a link to a draft is broken), so editing one arranges nothing.
                if dated || environment?.unpublished[path]?.isDraft == false || known.redirects.contains(where: { $0.source == "content/" + path }) {
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

    /// For each page of `tree`: the generation of the reading it came from (0: no source file).
    func parsedGenerations(of tree: SiteTree) -> [Int] {
        tree.pages.indices.map { index in
            guard tree.pages[index].hasSourceFile else { return 0 }
            return reading.positions[tree.pages[index].contentPath].map { reading.files[$0].generation } ?? -1
        }
    }
}
