import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The size, modification time and identity of every file a build reads:
/// `site.yml` and everything under `content/`, `themes/` and `layouts/`.
/// Two snapshots differ when a file was added, removed, renamed or saved.
/// Taking one costs a `stat` per file, so it can be polled a few times a second.
public struct SourceSnapshot: Sendable, Equatable {
    public struct Stamp: Sendable, Hashable {
        public var size: Int64
        public var modified: Int64
        public var changed: Int64
        public var inode: UInt64
    }

    /// Site-relative path (`content/genes/dna.md`, `site.yml`) -> stamp.
    public private(set) var files: [String: Stamp] = [:]

    public init() {}

    /// Hidden files (editor swap files, `.DS_Store`) are left out, as the build leaves them out.
    public static func take(of folder: SiteFolder) -> SourceSnapshot {
        var snapshot = SourceSnapshot()
        let root = folder.root.path
        if let stamp = stamp(atPath: folder.configFile.path), !stamp.isDirectory {
            snapshot.files["site.yml"] = stamp.stamp
        }
        var visited = Set<FileID>()
        for top in ["content", "themes", "layouts"] {
            snapshot.walk(root + "/" + top, relative: top, depth: 0, visited: &visited)
        }
        return snapshot
    }

    public func stamp(of path: String) -> Stamp? { files[path] }

    /// What differs from an earlier snapshot, as sorted site-relative paths.
    public func changes(since earlier: SourceSnapshot) -> SourceChanges {
        var changes = SourceChanges()
        for (path, stamp) in files {
            if let old = earlier.files[path] {
                if old != stamp { changes.modified.append(path) }
            } else {
                changes.added.append(path)
            }
        }
        for path in earlier.files.keys where files[path] == nil { changes.removed.append(path) }
        changes.added.sort()
        changes.removed.sort()
        changes.modified.sort()
        return changes
    }

    /// The files whose change can alter more than one page: everything but
    /// the Markdown under `content/`.
    func sharedFiles() -> [String: Stamp] {
        files.filter { !Self.isPage($0.key) }
    }

    /// `site.yml` and the files under `content/` other than pages (images,
    /// glossary): what every page's Markdown may depend on.
    func settingsAndContentFiles() -> [String: Stamp] {
        files.filter { $0.key == "site.yml" || ($0.key.hasPrefix("content/") && !Self.isPage($0.key)) }
    }

    static func isPage(_ path: String) -> Bool {
        path.hasPrefix("content/") && path.hasSuffix(".md")
    }

    private struct FileID: Hashable {
        var device: UInt64
        var inode: UInt64
    }

    /// Follows symbolic links (the repository's `themes/default` is one),
    /// visiting each real folder once so a link loop cannot trap the walk.
    private mutating func walk(_ directory: String, relative: String, depth: Int, visited: inout Set<FileID>) {
        guard depth < 32, let info = Self.stamp(atPath: directory), info.isDirectory,
              visited.insert(FileID(device: info.device, inode: info.stamp.inode)).inserted,
              let names = try? FileManager.default.contentsOfDirectory(atPath: directory)
        else { return }
        for name in names where !name.hasPrefix(".") {
            let path = directory + "/" + name
            let display = relative + "/" + name
            guard let entry = Self.stamp(atPath: path) else { continue }
            if entry.isDirectory {
                walk(path, relative: display, depth: depth + 1, visited: &visited)
            } else {
                files[display] = entry.stamp
            }
        }
    }

    private static func stamp(atPath path: String) -> (stamp: Stamp, isDirectory: Bool, device: UInt64)? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        #if canImport(Darwin)
        let modified = Int64(info.st_mtimespec.tv_sec) * 1_000_000_000 + Int64(info.st_mtimespec.tv_nsec)
        let changed = Int64(info.st_ctimespec.tv_sec) * 1_000_000_000 + Int64(info.st_ctimespec.tv_nsec)
        #else
        let modified = Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
        let changed = Int64(info.st_ctim.tv_sec) * 1_000_000_000 + Int64(info.st_ctim.tv_nsec)
        #endif
        let stamp = Stamp(size: Int64(info.st_size), modified: modified, changed: changed, inode: UInt64(info.st_ino))
        return (stamp, (info.st_mode & S_IFMT) == S_IFDIR, UInt64(info.st_dev))
    }
}

/// Files added, removed and modified between two snapshots.
public struct SourceChanges: Sendable, Equatable {
    public var added: [String] = []
    public var removed: [String] = []
    public var modified: [String] = []

    public init() {}

    public var isEmpty: Bool { added.isEmpty && removed.isEmpty && modified.isEmpty }
    public var all: [String] { (added + removed + modified).sorted() }
}
