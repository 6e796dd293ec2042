import Foundation

/// Writes files below one folder, and nowhere else.
final class OutputWriter: Sendable {
    let root: URL

    init(root: URL) {
        self.root = root
    }

    func write(_ relative: String, _ text: String) throws {
        try write(relative, Data(text.utf8))
    }

    func write(_ relative: String, _ data: Data) throws {
        let url = try destination(relative)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url)
    }

    func copy(_ source: URL, to relative: String) throws {
        let url = try destination(relative)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        if FileManager.default.fileExists(atPath: url.path) { try FileManager.default.removeItem(at: url) }
        try FileManager.default.copyItem(at: source, to: url)
    }

    struct OutsideRoot: Error, CustomStringConvertible {
        var path: String
        var description: String { "refused to write '\(path)' because it is outside the output folder" }
    }

    /// The last line of defence: earlier stages already reject such paths.
    private func destination(_ relative: String) throws -> URL {
        let parts = relative.split(separator: "/")
        guard !relative.hasPrefix("/"), !parts.contains(".."), !relative.contains("\\"), !relative.contains("\0"), !parts.isEmpty else {
            throw OutsideRoot(path: relative)
        }
        return root.appendingPathComponent(relative)
    }
}
