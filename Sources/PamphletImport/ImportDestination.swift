import Foundation

/// The new site's folder. Every file is created new (never through an
/// existing file or link), in folders this import made, so nothing outside
/// DEST is ever written.
struct ImportDestination {
    let root: URL
    private var madeFolders: Set<String> = [""]

    /// Refuses a DEST that holds anything, or that lies inside SOURCE (or SOURCE inside it).
    static func prepare(_ destination: URL, source: URL) throws -> ImportDestination {
        let fileManager = FileManager.default
        let sourcePath = source.resolvingSymlinksInPath().path
        // Checked before anything is made: creating DEST inside SOURCE would already change it.
        let destinationPath = Self.resolvedPath(destination)
        if destinationPath == sourcePath || destinationPath.hasPrefix(sourcePath + "/") || sourcePath.hasPrefix(destinationPath + "/") {
            throw ImportFailure("the new site's folder \(destination.path) is inside the old site \(source.path) (or holds it); "
                + "choose a folder outside it, so the old site is never changed")
        }
        var info = stat()
        if lstat(destination.path, &info) == 0 {
            guard info.st_mode & S_IFMT == S_IFDIR else {
                throw ImportFailure("\(destination.path) exists and is not a folder; give pamphlet import a new or empty folder for the site")
            }
            let names = (try? fileManager.contentsOfDirectory(atPath: destination.path)) ?? ["?"]
            guard names.isEmpty else {
                throw ImportFailure("\(destination.path) is not empty (it holds \(names.sorted().prefix(3).joined(separator: ", "))\(names.count > 3 ? ", …" : "")); "
                    + "pamphlet import writes a new site only into a new or empty folder")
            }
        } else {
            try fileManager.createDirectory(at: destination, withIntermediateDirectories: true)
        }
        return ImportDestination(root: URL(fileURLWithPath: destination.resolvingSymlinksInPath().path, isDirectory: true))
    }

    /// The path with links followed, for a folder that may not exist yet:
    /// its nearest existing folder resolved, and the rest added.
    static func resolvedPath(_ url: URL) -> String {
        var existing = url.standardizedFileURL
        var rest: [String] = []
        while !FileManager.default.fileExists(atPath: existing.path), existing.path != "/" {
            rest.insert(existing.lastPathComponent, at: 0)
            existing = existing.deletingLastPathComponent()
        }
        let base = existing.resolvingSymlinksInPath().path
        return rest.isEmpty ? base : (base == "/" ? "" : base) + "/" + rest.joined(separator: "/")
    }

    private init(root: URL) {
        self.root = root
    }

    /// Writes a new file at `relative` (below DEST).
    mutating func write(_ data: Data, to relative: String) throws {
        let parts = relative.split(separator: "/")
        guard !parts.isEmpty, !parts.contains(where: { $0 == ".." || $0 == "." }) else {
            throw ImportFailure("refused to write \(relative): it is not a plain path inside the new site")
        }
        var folder = ""
        for part in parts.dropLast() {
            folder = folder.isEmpty ? String(part) : folder + "/" + part
            guard !madeFolders.contains(folder) else { continue }
            let path = root.path + "/" + folder
            if mkdir(path, 0o755) != 0 && errno != EEXIST { throw ImportFailure("could not make the folder \(path): \(String(cString: strerror(errno)))") }
            var info = stat()
            guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFDIR else {
                throw ImportFailure("\(path) is not a folder (a link or file took its place); nothing is written through it")
            }
            madeFolders.insert(folder)
        }
        let path = root.path + "/" + relative
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw ImportFailure("could not write \(path): \(String(cString: strerror(errno)))") }
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        try handle.write(contentsOf: data)
        try handle.close()
    }
}

public struct ImportFailure: Error, CustomStringConvertible {
    public var description: String
    init(_ description: String) {
        self.description = description
    }
}
