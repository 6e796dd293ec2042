import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Decides whether a build may replace its output folder. A build deletes
/// whatever was there, so it replaces only an empty or new folder, or one an
/// earlier build wrote (`OutputMarker`); anything else needs `--force`, and
/// the site itself, its source folders and the home folder are never replaced.
public enum OutputSafety {
    /// Nil when `output` may be replaced; otherwise the error to report.
    /// Checked before anything is written.
    public static func problem(
        output: URL, site: SiteFolder, force: Bool, homes: [String] = homeFolders()
    ) -> Diagnostic? {
        let shown = output.path
        let real = RealPath.resolve(output.path)
        let named = real == shown ? shown : "\(shown) (really \(real))"
        if let reason = forbiddenReason(real, site: site, homes: homes) {
            return .error(
                "refusing to write the site into \(named): \(reason). A build replaces its output folder completely, "
                    + "so choose a separate folder such as output/ in the site folder (--force does not change this)",
                code: "output")
        }
        if let reason = parentProblem(real) { return .error(reason, code: "output") }
        guard !force else { return nil }
        var info = stat()
        guard lstat(real, &info) == 0 else { return nil }  // a new folder
        guard (info.st_mode & S_IFMT) == S_IFDIR else {
            return .error(
                "\(named) is a file, not a folder, and a build would delete it; choose a new or empty folder for --output, "
                    + "or pass --force if that file may be deleted",
                code: "output")
        }
        let entries = ((try? FileManager.default.contentsOfDirectory(atPath: real)) ?? []).sorted()
        if entries.isEmpty { return nil }
        if OutputMarker.marks(real) && !entries.contains(".git") { return nil }
        let why = entries.contains(".git")
            ? "holds a .git folder"
            : "is not empty and was not written by Pamphlet (it has no \(OutputMarker.fileName) file)"
        return .error(
            "\(named) \(why); a build replaces its output folder completely and would delete \(sample(entries)). "
                + "Choose a new or empty folder for --output, or pass --force after checking that everything in it may be deleted",
            code: "output")
    }

    /// Why `real` may never be an output folder, even with --force.
    static func forbiddenReason(_ real: String, site: SiteFolder, homes: [String]) -> String? {
        let root = RealPath.resolve(site.root.path)
        if real == "/" { return "it is the root of the file system" }
        if real == root { return "it is the site folder" }
        if RealPath.isInside(root, real) { return "it contains the site folder \(root)" }
        for part in ["content", "themes", "layouts", "i18n", ".git", "site.yml"] {
            let protected = RealPath.resolve(root + "/" + part)
            if RealPath.isInside(real, protected) {
                let name = part == "site.yml" ? part : part + "/ folder"
                return real == protected ? "it is the site's \(name)" : "it is inside the site's \(part)/ folder"
            }
        }
        for home in homes.map({ RealPath.resolve($0) }) where home != "/" && RealPath.isInside(home, real) {
            return real == home ? "it is your home folder" : "it contains your home folder \(home)"
        }
        return nil
    }

    /// The staging folder goes beside the output: its parent (or the
    /// nearest folder that exists above it) must be a folder we can write to.
    static func parentProblem(_ real: String) -> String? {
        var folder = RealPath.parent(real)
        var info = stat()
        while lstat(folder, &info) != 0 {
            if folder == "/" { break }
            folder = RealPath.parent(folder)
        }
        if (info.st_mode & S_IFMT) != S_IFDIR {
            return "cannot make the output folder \(real): \(folder) is a file, not a folder; choose another folder for --output"
        }
        if access(folder, W_OK) != 0 {
            let reason = String(cString: strerror(errno))
            return "cannot write the output folder \(real): \(folder) is not writable (\(reason)); "
                + "choose an output folder you can write to, or make \(folder) writable"
        }
        return nil
    }

    /// The user's home folders: $HOME and the one in the password database.
    public static func homeFolders() -> [String] {
        var homes: [String] = []
        if let home = ProcessInfo.processInfo.environment["HOME"], !home.isEmpty { homes.append(home) }
        if let entry = getpwuid(getuid()), let directory = entry.pointee.pw_dir {
            let home = String(cString: directory)
            if !home.isEmpty { homes.append(home) }
        }
        return homes
    }

    /// "index.html, notes.txt, photos and 12 more"
    static func sample(_ entries: [String]) -> String {
        let shown = entries.prefix(5).joined(separator: ", ")
        return entries.count > 5 ? "\(shown) and \(entries.count - 5) more" : shown
    }
}
