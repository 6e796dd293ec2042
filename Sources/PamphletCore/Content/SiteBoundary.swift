import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The site folder as the edge of what a build reads and publishes: a
/// symbolic link in a theme, `layouts/` or `i18n/` that leads out of it
/// (to /etc/passwd, say) would print or publish that file.
struct SiteBoundary {
    /// The site folder's real path, links resolved.
    let root: String

    init(_ folder: SiteFolder) {
        root = Self.realPath(folder.root.path) ?? folder.root.path
    }

    /// Where `path` really leads, when that is outside the site; nil when it
    /// stays inside or leads nowhere (a missing file is reported elsewhere).
    func outside(_ path: String) -> String? {
        guard let real = Self.realPath(path) else { return nil }
        return real == root || real.hasPrefix(root + "/") ? nil : real
    }

    /// The error for a file that leads out of the site, named by its site-relative path.
    func problem(_ path: String, display: String) -> Diagnostic? {
        guard let real = outside(path) else { return nil }
        return .error(
            "this leads through a symbolic link to \(real), outside the site folder; Pamphlet reads only files inside the site, "
                + "so copy the file here instead of linking to it",
            file: display, code: "outside-root")
    }

    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
