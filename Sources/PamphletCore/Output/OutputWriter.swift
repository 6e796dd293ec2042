import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes files below one folder, and nowhere else.
final class OutputWriter: @unchecked Sendable {
    let root: URL
    /// `root`'s path, worked out once: Foundation's URL joins cost more than writing a page.
    private let rootPath: String
    /// Each file is written beside its old version and renamed over it, so
    /// that a reader of a folder being served never sees half a file; the
    /// paths written are kept (`written`), for the preview to reload them.
    let replacesWhole: Bool
    /// Set for `links.relative`: every HTML file's internal links are made relative to it.
    let relativeLinks: RelativeLinks?
    private let lock = NSLock()
    private var paths: [String] = []

    init(root: URL, replacesWhole: Bool = false, relativeLinks: RelativeLinks? = nil) {
        self.root = root
        self.replacesWhole = replacesWhole
        self.relativeLinks = relativeLinks
        rootPath = root.path
    }

    /// What a `replacesWhole` writer wrote, sorted.
    var written: [String] {
        lock.withLock { paths.sorted() }
    }

    func write(_ relative: String, _ text: String) throws {
        var text = text
        if let relativeLinks, relative.hasSuffix(".html") { text = relativeLinks.rewrite(text, file: relative) }
        let path = try destinationPath(relative)
        try text.withUTF8 { try write(path, relative, UnsafeRawBufferPointer($0)) }
    }

    private func write(_ path: String, _ relative: String, _ bytes: UnsafeRawBufferPointer) throws {
        guard replacesWhole else { return try Self.writeFile(path, bytes) }
        let url = URL(fileURLWithPath: path)
        // Hidden, as the build leaves hidden files out of what it reads and serves.
        let temporary = url.deletingLastPathComponent().appendingPathComponent("." + url.lastPathComponent + ".pamphlet-new").path
        try Self.writeFile(temporary, bytes)
        guard rename(temporary, path) == 0 else {
            let error = Self.failure(path)
            unlink(temporary)
            throw error
        }
        lock.withLock { paths.append(relative) }
    }

    /// Copies the file `source` leads to: `copyItem` copies a symbolic link
    /// as a link, which would publish a pointer into the author's machine.
    func copy(_ source: URL, to relative: String) throws {
        let url = try destination(relative)
        var info = stat()
        guard let real = SiteBoundary.realPath(source.path), stat(real, &info) == 0, info.st_mode & S_IFMT == S_IFREG else {
            throw NotAFile(path: source.path)
        }
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        if FileManager.default.fileExists(atPath: url.path) { try FileManager.default.removeItem(at: url) }
        try FileManager.default.copyItem(at: URL(fileURLWithPath: real), to: url)
    }

    struct NotAFile: Error, CustomStringConvertible {
        var path: String
        var description: String { "refused to publish '\(path)' because it is not a plain file" }
    }

    struct OutsideRoot: Error, CustomStringConvertible {
        var path: String
        var description: String { "refused to write '\(path)' because it is outside the output folder" }
    }

    struct WriteFailed: Error, CustomStringConvertible {
        var path: String
        var reason: String
        var description: String { "could not write \(path): \(reason)" }
    }

    private func destination(_ relative: String) throws -> URL {
        URL(fileURLWithPath: try destinationPath(relative), isDirectory: false)
    }

    /// The last line of defence: earlier stages already reject such paths.
    /// Bytes, not Characters or Foundation's text search: every page asks.
    private func destinationPath(_ relative: String) throws -> String {
        let bytes = relative.utf8
        let slash = UInt8(ascii: "/"), dot = UInt8(ascii: ".")
        var partLength = 0, dots = 0, parts = 0
        for byte in bytes {
            if byte == UInt8(ascii: "\\") || byte == 0 { throw OutsideRoot(path: relative) }
            if byte == slash {
                if partLength == 0 && parts == 0 && dots == 0 { throw OutsideRoot(path: relative) }  // starts with "/"
                if partLength == 2 && dots == 2 { throw OutsideRoot(path: relative) }
                if partLength > 0 { parts += 1 }
                partLength = 0
                dots = 0
            } else {
                partLength += 1
                if byte == dot { dots += 1 }
            }
        }
        if partLength == 2 && dots == 2 { throw OutsideRoot(path: relative) }
        if partLength > 0 { parts += 1 }
        guard parts > 0 else { throw OutsideRoot(path: relative) }
        return rootPath + "/" + relative
    }

    // Plain system calls: `Data.write(to:)` on Linux syncs every file to disk
    // (fsync) and `FileManager.createDirectory` checks each parent folder in
    // turn, which together cost a tenth of a build of thousands of pages.
    // Nothing here needs to survive a power cut: a build is simply run again.

    /// Creates or replaces the file at `path`, making its folders as needed.
    private static func writeFile(_ path: String, _ bytes: UnsafeRawBufferPointer) throws {
        // A page's index.html is nearly always the first file in its own
        // folder (pretty addresses): making the folder first saves an open
        // that would fail, one system call for each of thousands of pages.
        if isPageFile(path) { try makeFolder(path.parentPath) }
        var descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
        if descriptor < 0, errno == ENOENT {
            try makeFolder(path.parentPath)
            descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
        }
        guard descriptor >= 0 else { throw failure(path) }
        var offset = 0
        while offset < bytes.count {
            let written = systemWrite(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                let error = failure(path)
                close(descriptor)
                throw error
            }
            offset += written
        }
        guard close(descriptor) == 0 else { throw failure(path) }
    }

    private static let pageFileSuffix = Array("/index.html".utf8)

    /// Whether `path` ends in "/index.html", compared by bytes.
    static func isPageFile(_ path: String) -> Bool {
        let bytes = path.utf8
        return bytes.count > pageFileSuffix.count && bytes.suffix(pageFileSuffix.count).elementsEqual(pageFileSuffix)
    }

    /// `mkdir -p`: makes the folder and any missing parents. (Parents are found
    /// by bytes, `parentPath`: NSString's `deletingLastPathComponent` bridged the
    /// path each time, about 50,000 instructions for every page's new folder.)
    private static func makeFolder(_ path: String) throws {
        if mkdir(path, 0o777) == 0 || errno == EEXIST { return }
        guard errno == ENOENT else { throw failure(path) }
        let parent = path.parentPath
        guard !parent.isEmpty, parent != path else { throw failure(path) }
        try makeFolder(parent)
        if mkdir(path, 0o777) != 0 && errno != EEXIST { throw failure(path) }
    }

    private static func failure(_ path: String) -> WriteFailed {
        WriteFailed(path: path, reason: String(cString: strerror(errno)))
    }
}

/// write(2); a free function because OutputWriter's own `write` methods hide the C one.
private func systemWrite(_ descriptor: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
    write(descriptor, buffer, count)
}
