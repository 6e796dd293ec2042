import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Wakes the source watcher as soon as the kernel says a watched folder
/// changed (inotify on Linux), so a save is noticed in milliseconds instead
/// of at the next poll. Only a hint: the watcher still compares snapshots to
/// decide what changed, and keeps polling where notifications are missing
/// (other systems, network mounts, more folders than the inotify limit).
final class ChangeNotifications: @unchecked Sendable {
    #if os(Linux)
    private let descriptor: Int32
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
    /// given ones; watching a folder twice is harmless, so this is called
    /// again after each build to pick up new folders. True when every folder
    /// is watched, so a change will be notified.
    @discardableResult
    func watch(site: String, folders: [String]) -> Bool {
        #if os(Linux)
        guard descriptor >= 0 else { return false }
        let mask = UInt32(IN_CREATE | IN_DELETE | IN_MODIFY | IN_CLOSE_WRITE | IN_MOVED_FROM | IN_MOVED_TO | IN_ATTRIB | IN_DELETE_SELF)
        var complete = inotify_add_watch(descriptor, site, mask) >= 0
        var visited = Set<String>()
        for folder in folders { add(folder, mask: mask, depth: 0, visited: &visited, complete: &complete) }
        return complete
        #else
        return false
        #endif
    }

    /// True when something changed since the last call; reads all pending events.
    func drain() -> Bool {
        #if os(Linux)
        guard descriptor >= 0 else { return false }
        var any = false
        var buffer = [UInt8](repeating: 0, count: 16 * 1024)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count <= 0 { return any }
            any = true
        }
        #else
        return false
        #endif
    }

    #if os(Linux)
    private func add(_ path: String, mask: UInt32, depth: Int, visited: inout Set<String>, complete: inout Bool) {
        // Symbolic links are followed, as the snapshot follows them; a loop ends at the real path.
        // A folder that does not exist (no layouts/) needs no watching.
        guard depth < 32, let real = realpath(path, nil) else { return }
        let resolved = String(cString: real)
        free(real)
        guard visited.insert(resolved).inserted else { return }
        guard inotify_add_watch(descriptor, resolved, mask) >= 0, let handle = opendir(resolved) else {
            complete = false
            return
        }
        defer { closedir(handle) }
        var children: [String] = []
        while let entry = readdir(handle) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            guard !name.hasPrefix(".") else { continue }
            let type = entry.pointee.d_type
            if type == UInt8(DT_DIR) || type == UInt8(DT_LNK) || type == UInt8(DT_UNKNOWN) {
                children.append(resolved + "/" + name)
            }
        }
        for child in children {
            var info = stat()
            if stat(child, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR {
                add(child, mask: mask, depth: depth + 1, visited: &visited, complete: &complete)
            }
        }
    }
    #endif
}
