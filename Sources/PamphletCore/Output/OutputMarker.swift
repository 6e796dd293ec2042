import Foundation

/// The file that marks a folder as one a Pamphlet build wrote, and so one
/// the next build may replace. Published with the site: it is tiny, and a
/// folder copied back from the web host stays recognisable.
public enum OutputMarker {
    public static let fileName = ".pamphlet-output"

    static let text = """
        pamphlet-output 1
        This folder was written by Pamphlet (pamphlet build). The next build
        replaces the whole folder; files added here by hand will be deleted.

        """

    /// Files every earlier Pamphlet build wrote at the top of its output,
    /// before builds left the marker: such a folder is still accepted.
    static let olderBuildFiles = ["index.html", "404.html", "sitemap.xml", "robots.txt"]

    /// True when `folder` holds the marker, or looks like the output of a
    /// Pamphlet from before the marker.
    static func marks(_ folder: String) -> Bool {
        hasMarker(folder) || olderBuildFiles.allSatisfy { isFile(folder + "/" + $0) }
    }

    static func hasMarker(_ folder: String) -> Bool {
        guard isFile(folder + "/" + fileName),
              let handle = FileHandle(forReadingAtPath: folder + "/" + fileName) else { return false }
        defer { try? handle.close() }
        let start = (try? handle.read(upToCount: 64)) ?? Data()
        return start.starts(with: Data("pamphlet-output".utf8))
    }

    private static func isFile(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG
    }
}
