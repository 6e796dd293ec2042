import Foundation

/// Builds into a hidden folder beside the output and swaps it in only when
/// the whole build succeeded, so a failed build leaves the old site as it was.
/// The folders are named `.NAME.staging-PID` and `.NAME.old-PID`.
struct StagedOutput {
    let output: URL
    let staging: URL

    init(output: URL) {
        self.output = output.standardizedFileURL
        staging = Self.sibling(of: self.output, "staging", ProcessInfo.processInfo.processIdentifier)
    }

    static func sibling(of output: URL, _ kind: String, _ process: Int32) -> URL {
        output.deletingLastPathComponent().appendingPathComponent(".\(output.lastPathComponent).\(kind)-\(process)")
    }

    /// Makes the staging folder, marked as Pamphlet's from the start, and
    /// clears what killed builds left beside the output.
    func prepare() throws {
        LeftoverFolders.remove(beside: output)
        let fileManager = FileManager.default
        do {
            if fileManager.fileExists(atPath: staging.path) { try fileManager.removeItem(at: staging) }
            try fileManager.createDirectory(at: staging, withIntermediateDirectories: true)
            try Data(OutputMarker.text.utf8).write(to: staging.appendingPathComponent(OutputMarker.fileName))
        } catch {
            throw Self.failure("could not make the staging folder \(staging.path) beside the output folder", error)
        }
    }

    func discard() {
        try? FileManager.default.removeItem(at: staging)
    }

    /// Replaces the output folder with the staged one; nothing stale survives.
    func publish() throws {
        let fileManager = FileManager.default
        let old = Self.sibling(of: output, "old", ProcessInfo.processInfo.processIdentifier)
        do {
            if fileManager.fileExists(atPath: old.path) { try fileManager.removeItem(at: old) }
            if (try? fileManager.attributesOfItem(atPath: output.path)) != nil {
                try fileManager.moveItem(at: output, to: old)
            }
        } catch {
            throw Self.failure("could not move the previous output \(output.path) aside", error)
        }
        do {
            try fileManager.moveItem(at: staging, to: output)
        } catch {
            // Put the previous site back before reporting.
            if fileManager.fileExists(atPath: old.path) { try? fileManager.moveItem(at: old, to: output) }
            throw Self.failure("could not put the new site in place at \(output.path)", error)
        }
        Self.remove(old)
    }

    /// Removes the previous site, moved aside above, a top-level folder per
    /// core: a large site's 20,000 files took a tenth of a second on one core
    /// after everything else was done. Links are removed, never followed.
    static func remove(_ old: URL) {
        let fileManager = FileManager.default
        let names = (try? fileManager.contentsOfDirectory(atPath: old.path)) ?? []
        _ = parallelMap(names) { _, name in try? FileManager.default.removeItem(atPath: old.path + "/" + name) }
        try? fileManager.removeItem(at: old)
    }

    /// A one-line error naming the path and the system's reason, never a Foundation dump.
    static func failure(_ what: String, _ error: Error) -> Diagnostic {
        .error("\(what): \(SystemReason.of(error)); check that the folder exists and that you can write to it, or choose another --output", code: "output")
    }
}
