import Foundation
import PamphletCore
#if canImport(Glibc)
import Glibc
#endif

/// Wakes the source watcher as soon as the kernel says a watched folder
/// changed (inotify on Linux), so a save is noticed in milliseconds instead
/// of at the next poll, and says which entries changed, so the watcher can
/// look at those alone. Only a hint: the watcher still takes a whole
/// snapshot now and then, and whenever the hint may be incomplete (a folder
/// came or went, the kernel's queue overflowed), and keeps polling where
/// notifications are missing (other systems, network mounts, more folders
/// than the inotify limit).
final class ChangeNotifications: @unchecked Sendable {
    /// What the kernel reported since the last `take()`.
    struct Hint: Equatable {
        /// Site-relative paths of the entries that changed (`content/genes/dna.md`, `site.yml`).
        var paths: Set<String> = []
        /// False when something happened that `paths` cannot describe.
        var complete = true
    }

    private let lock = NSLock()
    private var pending = Hint()
    #if os(Linux)
    private let descriptor: Int32
    /// Watch -> the site-relative folder it watches ("" for the site folder).
    private var folders: [Int32: String] = [:]
    #endif

    init() {
        #if os(Linux)
        descriptor = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        #endif
    }

    deinit {
        #if os(Linux)
        if descriptor >= 0 { close(descriptor) }
        #endif
    }

    /// Watches the site folder (for `site.yml`) and every folder below the
    /// given ones (site-relative); watching a folder twice is harmless, so
    /// this is called again after each build to pick up new folders. True
    /// when every folder is watched, so a change will be notified.
    @discardableResult
    func watch(site: String, folders relative: [String]) -> Bool {
        #if os(Linux)
        guard descriptor >= 0 else { return false }
        let mask = UInt32(IN_CREATE | IN_DELETE | IN_MODIFY | IN_CLOSE_WRITE | IN_MOVED_FROM | IN_MOVED_TO | IN_ATTRIB | IN_DELETE_SELF)
        let root = inotify_add_watch(descriptor, site, mask)
        var complete = root >= 0
        lock.withLock { if root >= 0 { folders[root] = "" } }
        var visited = Set<String>()
        for folder in relative {
            add(site + "/" + folder, relative: folder, mask: mask, depth: 0, visited: &visited, complete: &complete)
        }
        return complete
        #else
        return false
        #endif
    }

    /// True when something changed since the last call; reads all pending
    /// events and keeps what they say for `take()`.
    func drain() -> Bool {
        #if os(Linux)
        guard descriptor >= 0 else { return false }
        var any = false
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count <= 0 { return any }
            any = true
            lock.withLock { buffer.withUnsafeBytes { record($0.prefix(count)) } }
        }
        #else
        return false
        #endif
    }

    /// Everything reported since the last call (events still queued included).
    func take() -> Hint {
        _ = drain()
        return lock.withLock {
            defer { pending = Hint() }
            return pending
        }
    }

    #if os(Linux)
    /// Reads the events in `bytes` into `pending`. Called with the lock held.
    private func record(_ bytes: UnsafeRawBufferPointer.SubSequence) {
        let header = MemoryLayout<inotify_event>.size
        var offset = bytes.startIndex
        while offset + header <= bytes.endIndex {
            let event = UnsafeRawBufferPointer(rebasing: bytes[offset..<(offset + header)]).loadUnaligned(as: inotify_event.self)
            let nameEnd = min(bytes.endIndex, offset + header + Int(event.len))
            let name = String(decoding: bytes[(offset + header)..<nameEnd].prefix { $0 != 0 }, as: UTF8.self)
            offset = nameEnd
            note(watch: event.wd, mask: event.mask, name: name)
        }
    }

    private func note(watch: Int32, mask: UInt32, name: String) {
        if mask & UInt32(IN_Q_OVERFLOW) != 0 {
            pending.complete = false
            return
        }
        guard let folder = folders[watch] else {
            pending.complete = false
            return
        }
        if mask & UInt32(IN_IGNORED) != 0 {
            // The folder is gone (or no longer watched): its number may be given to another.
            folders[watch] = nil
            pending.complete = false
            return
        }
        // An event on the folder itself (deleted, its attributes changed): only a whole look says what it means.
        guard !name.isEmpty else {
            pending.complete = false
            return
        }
        // Snapshots leave hidden entries out (editor swap files), and everything below a hidden folder.
        if name.hasPrefix(".") { return }
        // A folder came, went or changed: new ones need watching, and their files are unknown.
        if mask & UInt32(IN_ISDIR) != 0 {
            pending.complete = false
            return
        }
        if folder.isEmpty {
            // In the site folder, only site.yml and the watched folders (through links) matter.
            if name == "site.yml" {
                pending.paths.insert(name)
            } else if SourceSnapshot.topFolders.contains(name) {
                pending.complete = false
            }
            return
        }
        pending.paths.insert(folder + "/" + name)
    }

    /// `relative`: the folder's path from the site folder, the way a snapshot names it.
    private func add(_ path: String, relative: String, mask: UInt32, depth: Int, visited: inout Set<String>, complete: inout Bool) {
        // Symbolic links are followed, as the snapshot follows them; a loop ends at the real path.
        // A folder that does not exist (no layouts/) needs no watching.
        guard depth < 32, let real = realpath(path, nil) else { return }
        let resolved = String(cString: real)
        free(real)
        guard visited.insert(resolved).inserted else { return }
        let watch = inotify_add_watch(descriptor, resolved, mask)
        guard watch >= 0, let handle = opendir(resolved) else {
            complete = false
            return
        }
        lock.withLock { folders[watch] = relative }
        defer { closedir(handle) }
        var children: [(path: String, name: String)] = []
        while let entry = readdir(handle) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            guard !name.hasPrefix(".") else { continue }
            let type = entry.pointee.d_type
            if type == UInt8(DT_DIR) || type == UInt8(DT_LNK) || type == UInt8(DT_UNKNOWN) {
                children.append((resolved + "/" + name, name))
            }
        }
        for child in children {
            var info = stat()
            if stat(child.path, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR {
                add(child.path, relative: relative + "/" + child.name, mask: mask, depth: depth + 1, visited: &visited, complete: &complete)
            }
        }
    }
    #endif
}
