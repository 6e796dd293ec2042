import Foundation

/// What "Read content" remembers of `content/` between builds: the last scan,
/// while no file there was added or removed (and the changed ones are plain
/// files: how a symbolic link is treated depends on where it points), and
/// each Markdown file's reading, stale when the file's `SourceSnapshot.Stamp`
/// (size, modification time, inode) changed. Kept by position in the scan, so
/// that while the scan stands a build that reads one file again hashes no
/// other file's path.
final class ReadingMemo {
    /// One Markdown file's latest reading.
    struct File {
        var stamp: SourceSnapshot.Stamp
        /// Tells this reading of the file from every other one (-1: not read).
        var generation: Int
        var file: ReadFile?
        var key: ArrangementKey?
    }

    private let history: BuildHistory
    private var scan: (scan: ContentScan, made: BuildHistory.Moment)?
    /// `found.markdown` of the scan that was read, with each file's reading.
    private(set) var paths: [String] = []
    /// Content path -> position in `paths`.
    private(set) var positions: [String: Int] = [:]
    private(set) var files: [File] = []
    private var assembly: ReadingAssembly?
    /// The positions of the files whose page goes to "Arrange pages" (read, and not a left-out draft), in order.
    private(set) var acceptedPositions: [Int] = []
    /// Positions of files that had no stamp in the snapshot (they appeared after it): read again next time.
    private var unstamped: Set<Int> = []
    /// When every other file's stamp was taken; nil before the first reading.
    private var made: BuildHistory.Moment?
    /// The files read in a build (for `IncrementalBuilder.Outcome`).
    private var read: (build: Int, paths: [String]) = (0, [])
    /// Files read since "Arrange pages" and "Render Markdown" last looked at them.
    var unarranged = Set<String>()
    var unrendered = Set<String>()

    init(history: BuildHistory) {
        self.history = history
    }

    func knownScan(_ context: BuildContext) -> ContentScan? {
        guard let scan else { return nil }
        let changes = history.changes(since: scan.made)
        let inContent = { (path: String) in path.hasPrefix("content/") }
        guard !changes.added.contains(where: inContent), !changes.removed.contains(where: inContent),
              changes.modified.filter(inContent).allSatisfy({ Self.isPlainFile(context.folder.root.appendingPathComponent($0).path) })
        else { return nil }
        // Still true of this snapshot, so the next build need only compare with this one.
        self.scan = (scan.scan, history.now)
        return scan.scan
    }

    func remember(scan: ContentScan) {
        self.scan = (scan, history.now)
    }

    private static func isPlainFile(_ path: String) -> Bool {
        (try? FileManager.default.attributesOfItem(atPath: path))?[.type] as? FileAttributeType == .typeRegular
    }

    /// The positions in `paths` (the scan's Markdown files) of the files to read again.
    func filesToRead(_ paths: [String]) -> [Int] {
        if let made, self.paths == paths {
            // The same files as the last reading, each stamped as in its
            // snapshot: only those changed since then (or unstamped) are stale.
            var stale = unstamped
            let changes = history.changes(since: made)
            for path in changes.added + changes.modified + changes.removed where path.hasPrefix("content/") {
                if let position = positions[String(path.dropFirst("content/".count))] { stale.insert(position) }
            }
            return stale.sorted()
        }
        // Files added or removed: readings are carried over by path, and checked against their stamps.
        let (oldPositions, oldFiles, oldUnstamped) = (positions, files, unstamped)
        // Positions move: the next assembly is made whole.
        assembly = nil
        self.paths = paths
        positions = Dictionary(paths.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        files = []
        unstamped = []
        var stale: [Int] = []
        files.reserveCapacity(paths.count)
        for (position, path) in paths.enumerated() {
            if let oldPosition = oldPositions[path], !oldUnstamped.contains(oldPosition),
               let stamp = history.now.snapshot.stamp(of: "content/" + path), oldFiles[oldPosition].stamp == stamp {
                files.append(oldFiles[oldPosition])
            } else {
                files.append(File(stamp: Self.noStamp, generation: -1, file: nil, key: nil))
                stale.append(position)
            }
        }
        acceptedPositions = files.indices.filter { files[$0].file?.isBuilt == true }
        return stale
    }

    private static let noStamp = SourceSnapshot.Stamp(size: -1, modified: -1, changed: -1, inode: 0)

    /// Keeps the files just read (at `positions`); returns what every
    /// file's reading hands on, patched from the last build's when the scan stands.
    func remember(_ read: [ReadFile], at positions: [Int]) -> ReadingAssembly {
        var acceptanceChanged = false
        var readPaths: [String] = []
        for (file, position) in zip(read, positions) {
            let path = paths[position]
            // A file that appeared after the snapshot has no stamp: it is read again next time.
            let stamp = history.now.snapshot.stamp(of: "content/" + path)
            if stamp == nil { unstamped.insert(position) } else { unstamped.remove(position) }
            if files[position].file?.isBuilt != file.isBuilt { acceptanceChanged = true }
            files[position] = File(
                stamp: stamp ?? Self.noStamp, generation: history.nextGeneration(), file: file, key: file.page.map(ArrangementKey.init))
            readPaths.append(path)
        }
        if acceptanceChanged { acceptedPositions = files.indices.filter { files[$0].file?.isBuilt == true } }
        made = history.now
        self.read = (history.now.build, readPaths)
        unrendered.formUnion(readPaths)
        unarranged.formUnion(readPaths)
        // Taken out while patched, so its arrays are changed in place, not copied.
        if var last = assembly.take(), last.files.count == files.count, last.patch(read, at: positions) {
            assembly = last
            return last
        }
        // By index, in place: iterating copied each entry whole, its key retained.
        var readings: [ReadFile] = []
        readings.reserveCapacity(files.count)
        files.withUnsafeBufferPointer { files in
            for index in files.indices { if let file = files[index].file { readings.append(file) } }
        }
        let made = ReadingAssembly(readings)
        assembly = made
        return made
    }

    /// The files read in the build under way.
    var readThisBuild: [String] { read.build == history.now.build ? read.paths : [] }

    /// The keys of the files "Arrange pages" takes, in order.
    var acceptedKeys: [ArrangementKey] { acceptedPositions.compactMap { files[$0].key } }

    /// The generation of the reading a page of `tree` came from (0: no source file; -1: not read).
    func generation(of page: Page) -> Int {
        guard page.hasSourceFile else { return 0 }
        return positions[page.contentPath].map { files[$0].generation } ?? -1
    }
}
