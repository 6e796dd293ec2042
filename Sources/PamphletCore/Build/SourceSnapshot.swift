import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The size, modification time and identity of every file a build reads:
/// `site.yml` and everything under `content/`, `themes/`, `layouts/` and
/// `i18n/` (the site's rewording of the theme's words).
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
    /// Tells this snapshot from every other one (`updating` with nothing
    /// changed returns the same), so comparing it with itself is immediate.
    private var identity = Identity()
    /// The last few snapshots `updating` made this one from, newest first,
    /// each with every path looked at again since: what changed since one
    /// of them is found among those paths alone, not among all 10,000.
    private var ancestors: [Ancestor] = []

    private final class Identity: Sendable {}

    private struct Ancestor: Sendable {
        var identity: Identity
        var paths: Set<String>
    }

    private static let rememberedAncestors = 8

    public init() {}

    public static func == (lhs: SourceSnapshot, rhs: SourceSnapshot) -> Bool {
        if lhs.identity === rhs.identity { return true }
        guard lhs.files.count == rhs.files.count else { return false }
        // Asked of the later one: the earlier, asked what changed since the later, looked at every path.
        if lhs.paths(since: rhs) != nil { return lhs.changes(since: rhs).isEmpty }
        if rhs.paths(since: lhs) != nil { return rhs.changes(since: lhs).isEmpty }
        return lhs.files == rhs.files
    }

    /// The only paths that can differ from `earlier`, when this snapshot was made from it.
    private func paths(since earlier: SourceSnapshot) -> Set<String>? {
        ancestors.first { $0.identity === earlier.identity }?.paths
    }

    /// Hidden files (editor swap files, `.DS_Store`) are left out, as the build leaves them out.
    public static func take(of folder: SiteFolder) -> SourceSnapshot {
        var snapshot = SourceSnapshot()
        let root = folder.root.path
        if let stamp = stamp(atPath: folder.configFile.path), !stamp.isDirectory {
            snapshot.files["site.yml"] = stamp.stamp
        }
        var visited = Set<FileID>()
        for top in topFolders {
            snapshot.walk(root + "/" + top, relative: top, depth: 0, visited: &visited)
        }
        return snapshot
    }

    public func stamp(of path: String) -> Stamp? { files[path] }

    /// The folders of the site a build reads, besides `site.yml`.
    public static let topFolders = ["content", "themes", "layouts", "i18n"]

    /// This snapshot with the given site-relative paths looked at again: for
    /// a watcher the kernel told which entries changed. Nil when one of them
    /// is, or may have been, a folder: then only a whole new look is sure to
    /// see everything. Returns this very snapshot when nothing differs.
    public func updating(_ paths: Set<String>, in folder: SiteFolder) -> SourceSnapshot? {
        var updated = self
        var changed = false
        for path in paths {
            // Hidden entries are left out, as `take` leaves them out.
            guard !path.split(separator: "/").contains(where: { $0.hasPrefix(".") }) else { continue }
            let isTop = !path.contains("/")
            if isTop, path != "site.yml" { return nil }
            if let found = Self.stamp(atPath: folder.root.path + "/" + path) {
                if found.isDirectory {
                    // site.yml as a folder is not a settings file: `take` leaves it out.
                    guard isTop else { return nil }
                    if updated.files[path] != nil { updated.files[path] = nil; changed = true }
                } else if updated.files[path] != found.stamp {
                    updated.files[path] = found.stamp
                    changed = true
                }
            } else if updated.files[path] != nil {
                updated.files[path] = nil
                changed = true
            } else if files.keys.contains(where: { $0.hasPrefix(path + "/") }) {
                // A link to a folder went away.
                return nil
            }
        }
        guard changed else { return self }
        updated.identity = Identity()
        updated.ancestors = [Ancestor(identity: identity, paths: paths)]
            + ancestors.prefix(Self.rememberedAncestors - 1).map { Ancestor(identity: $0.identity, paths: $0.paths.union(paths)) }
        return updated
    }

    /// What differs from an earlier snapshot, as sorted site-relative paths.
    public func changes(since earlier: SourceSnapshot) -> SourceChanges {
        var changes = SourceChanges()
        if identity === earlier.identity { return changes }
        if let paths = paths(since: earlier) {
            for path in paths {
                switch (earlier.files[path], files[path]) {
                case (nil, .some): changes.added.append(path)
                case (.some, nil): changes.removed.append(path)
                case let (old?, new?) where old != new: changes.modified.append(path)
                default: break
                }
            }
            changes.added.sort()
            changes.removed.sort()
            changes.modified.sort()
            return changes
        }
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

    /// `site.yml` and the files under `content/` other than pages (images,
    /// glossary): what every page's Markdown may depend on.
    static func isSettingsOrContentFile(_ path: String) -> Bool {
        path == "site.yml" || (path.hasPrefix("content/") && !isPage(path))
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
    /// Works relative to open folders (`openat`, `fstatat`): this runs several
    /// times a second, and looking up whole paths again was most of its cost.
    private mutating func walk(_ directory: String, relative: String, depth: Int, visited: inout Set<FileID>) {
        let descriptor = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        walk(descriptor: descriptor, relative: relative, depth: depth, visited: &visited)
    }

    /// Takes ownership of `descriptor` and closes it.
    private mutating func walk(descriptor: Int32, relative: String, depth: Int, visited: inout Set<FileID>) {
        var info = stat()
        guard depth < 32, fstat(descriptor, &info) == 0,
              visited.insert(FileID(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))).inserted,
              let handle = fdopendir(descriptor)
        else {
            close(descriptor)
            return
        }
        defer { closedir(handle) }
        var names: [String] = []
        while let entry = readdir(handle) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if !name.hasPrefix(".") { names.append(name) }
        }
        for name in names {
            var entry = stat()
            guard fstatat(descriptor, name, &entry, 0) == 0 else { continue }
            if (entry.st_mode & S_IFMT) == S_IFDIR {
                let child = openat(descriptor, name, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
                if child >= 0 { walk(descriptor: child, relative: relative + "/" + name, depth: depth + 1, visited: &visited) }
            } else {
                files[relative + "/" + name] = Self.stamp(entry)
            }
        }
    }

    private static func stamp(atPath path: String) -> (stamp: Stamp, isDirectory: Bool)? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return (stamp(info), (info.st_mode & S_IFMT) == S_IFDIR)
    }

    private static func stamp(_ info: stat) -> Stamp {
        #if canImport(Darwin)
        let modified = Int64(info.st_mtimespec.tv_sec) * 1_000_000_000 + Int64(info.st_mtimespec.tv_nsec)
        let changed = Int64(info.st_ctimespec.tv_sec) * 1_000_000_000 + Int64(info.st_ctimespec.tv_nsec)
        #else
        let modified = Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
        let changed = Int64(info.st_ctim.tv_sec) * 1_000_000_000 + Int64(info.st_ctim.tv_nsec)
        #endif
        return Stamp(size: Int64(info.st_size), modified: modified, changed: changed, inode: UInt64(info.st_ino))
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
