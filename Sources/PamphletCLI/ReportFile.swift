import Foundation
import PamphletCore

/// Where `check --html` writes its dashboard: a new file, or an earlier
/// report. Any other file is replaced only with --force, and a folder never.
struct ReportFile {
    let path: String

    /// Nil when the report may be written to `path`; checked before the site is read.
    func problem(force: Bool) -> Diagnostic? {
        let real = RealPath.resolve(path)
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: real, isDirectory: &isFolder) {
            if isFolder.boolValue {
                return error("--html \(path) is a folder; give the report a file name, such as \(path.hasSuffix("/") ? path : path + "/")content-health.html")
            }
            if !force && !isReport(real) {
                return error("\(path) already exists and is not a content-health report, so --html would replace it; "
                    + "choose another file name, or pass --force to replace it")
            }
            return nil
        }
        let parent = RealPath.parent(real)
        if !FileManager.default.fileExists(atPath: parent, isDirectory: &isFolder) || !isFolder.boolValue {
            return error("cannot write the report \(path): the folder \(parent) does not exist; create it first, or choose another file name")
        }
        return nil
    }

    func write(_ html: String) -> Diagnostic? {
        do {
            try Data(html.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
            return nil
        } catch {
            return self.error("could not write the report \(path): \(SystemReason.of(error)); choose a file in a folder you can write to")
        }
    }

    /// An earlier `check --html` report names itself in its title near the top.
    private func isReport(_ real: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: real) else { return false }
        defer { try? handle.close() }
        let start = (try? handle.read(upToCount: 4096)) ?? Data()
        return String(decoding: start, as: UTF8.self).contains("<title>Content health: ")
    }

    private func error(_ message: String) -> Diagnostic {
        .error(message, code: "check-html")
    }
}
