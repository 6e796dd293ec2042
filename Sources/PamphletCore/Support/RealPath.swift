import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Where a path really points: symbolic links followed and `..` taken
/// physically, even when its last parts do not exist yet (an output folder
/// or a page about to be written). Safety checks compare these, never the
/// text a user typed, so `out/../..` or a link to the home folder is seen
/// for what it is.
public enum RealPath {
    public static func resolve(_ path: String, relativeTo base: String = FileManager.default.currentDirectoryPath) -> String {
        let absolute = path.hasPrefix("/") ? path : base + "/" + path
        var resolved = "/"
        var links = 0
        var pending = absolute.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        pending.reverse()
        while let part = pending.popLast() {
            if part == "." { continue }
            if part == ".." {
                resolved = parent(resolved)
                continue
            }
            let candidate = resolved == "/" ? "/" + part : resolved + "/" + part
            var info = stat()
            guard lstat(candidate, &info) == 0, (info.st_mode & S_IFMT) == S_IFLNK, links < 40 else {
                resolved = candidate
                continue
            }
            // A link: its target's parts take its place, from the root when absolute.
            links += 1
            let target = linkTarget(candidate) ?? ""
            if target.hasPrefix("/") { resolved = "/" }
            pending += target.split(separator: "/", omittingEmptySubsequences: true).map(String.init).reversed()
        }
        return resolved
    }

    /// True when `path` is `folder` or lies inside it (both already resolved).
    public static func isInside(_ path: String, _ folder: String) -> Bool {
        path == folder || folder == "/" || path.hasPrefix(folder + "/")
    }

    public static func parent(_ path: String) -> String {
        guard path != "/", let slash = path.lastIndex(of: "/") else { return "/" }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    private static func linkTarget(_ path: String) -> String? {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let count = readlink(path, &buffer, buffer.count - 1)
        guard count >= 0 else { return nil }
        return String(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
