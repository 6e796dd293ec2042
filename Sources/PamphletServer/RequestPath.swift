import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Turns a request target into a file inside the served folder, and refuses
/// everything that could name a file outside it.
///
/// Rules, checked on the raw target before anything is decoded:
/// - the target must be a path starting with "/" (no `http://host/...` forms);
/// - no backslash, raw or encoded (`%5c`), no encoded slash (`%2f`), no NUL
///   or other control character, raw or encoded; bad percent-encoding is refused;
/// - after decoding each part on its own, no part may be `.` or `..`
///   (so `%2e%2e` is caught too) or start with `.` (hidden files);
/// - the file found must still be inside the folder once symbolic links are
///   resolved (`realpath`), so a link pointing out of the folder serves nothing.
/// Malformed targets get 400; well-formed ones that name nothing servable get 404.
enum RequestPath {
    enum Resolution: Error, Equatable {
        /// A regular file to serve: its resolved path and the name its type is taken from.
        case file(path: String)
        /// A folder asked for without the trailing slash: send the browser to `location`.
        case redirect(location: String)
        case notFound
        case badRequest
    }

    struct Parsed: Equatable {
        /// Decoded parts, without empty ones.
        var segments: [String]
        var trailingSlash: Bool
        /// The path as received (still encoded), without the query.
        var rawPath: String
        /// `?...` as received, or "".
        var query: String
    }

    /// Splits and decodes a request target; nil when it is malformed or names a hidden or parent folder.
    static func parse(_ target: String) -> Result<Parsed, Resolution> {
        var rawPath = target
        var query = ""
        if let mark = target.firstIndex(where: { $0 == "?" || $0 == "#" }) {
            rawPath = String(target[..<mark])
            if target[mark] == "?" { query = String(target[mark...]) }
        }
        guard rawPath.hasPrefix("/") else { return .failure(.badRequest) }
        let lower = rawPath.lowercased()
        if rawPath.contains("\\") || lower.contains("%5c") || lower.contains("%2f") || lower.contains("%00") {
            return .failure(.badRequest)
        }
        if rawPath.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) {
            return .failure(.badRequest)
        }
        var segments: [String] = []
        for raw in rawPath.split(separator: "/", omittingEmptySubsequences: true) {
            guard let decoded = String(raw).removingPercentEncoding else { return .failure(.badRequest) }
            if decoded.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F })
                || decoded.contains("/") || decoded.contains("\\") {
                return .failure(.badRequest)
            }
            if decoded == "." || decoded == ".." { return .failure(.badRequest) }
            if decoded.hasPrefix(".") { return .failure(.notFound) }
            segments.append(decoded)
        }
        return .success(Parsed(segments: segments, trailingSlash: rawPath.hasSuffix("/"), rawPath: rawPath, query: query))
    }

    /// Finds what a request target names below `root` (a folder path with symbolic links already resolved).
    static func resolve(_ target: String, root: String) -> Resolution {
        let parsed: Parsed
        switch parse(target) {
        case .success(let value): parsed = value
        case .failure(let resolution): return resolution
        }
        let joined = parsed.segments.isEmpty ? root : root + "/" + parsed.segments.joined(separator: "/")
        guard let real = realPath(joined), isInside(real, root: root) else { return .notFound }
        switch kind(of: real) {
        case .file:
            return .file(path: real)
        case .directory:
            if !parsed.trailingSlash && !parsed.segments.isEmpty {
                // One leading slash: `//folder/` would send the browser to the host "folder" (found by make fuzz).
                let path = "/" + parsed.rawPath.drop { $0 == "/" }
                return .redirect(location: path + "/" + parsed.query)
            }
            guard let index = realPath(real + "/index.html"), isInside(index, root: root), kind(of: index) == .file else {
                return .notFound
            }
            return .file(path: index)
        case .other:
            return .notFound
        }
    }

    static func isInside(_ path: String, root: String) -> Bool {
        path == root || path.hasPrefix(root.hasSuffix("/") ? root : root + "/")
    }

    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    enum Kind { case file, directory, other }

    static func kind(of path: String) -> Kind {
        var info = stat()
        guard stat(path, &info) == 0 else { return .other }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return .file
        case S_IFDIR: return .directory
        default: return .other
        }
    }
}
