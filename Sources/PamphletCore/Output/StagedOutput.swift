import Foundation

/// Builds into a hidden folder beside the output and swaps it in only when
/// the whole build succeeded, so a failed build leaves the old site as it was.
struct StagedOutput {
    let output: URL
    let staging: URL

    init(output: URL) {
        self.output = output.standardizedFileURL
        let parent = self.output.deletingLastPathComponent()
        staging = parent.appendingPathComponent(".\(self.output.lastPathComponent).staging-\(ProcessInfo.processInfo.processIdentifier)")
    }

    func prepare() throws {
        let fileManager = FileManager.default
        if fileManager.fileExists(atPath: staging.path) { try fileManager.removeItem(at: staging) }
        try fileManager.createDirectory(at: staging, withIntermediateDirectories: true)
    }

    func discard() {
        try? FileManager.default.removeItem(at: staging)
    }

    /// Replaces the output folder with the staged one; nothing stale survives.
    func publish() throws {
        let fileManager = FileManager.default
        let old = output.deletingLastPathComponent()
            .appendingPathComponent(".\(output.lastPathComponent).old-\(ProcessInfo.processInfo.processIdentifier)")
        if fileManager.fileExists(atPath: old.path) { try fileManager.removeItem(at: old) }
        if fileManager.fileExists(atPath: output.path) {
            try fileManager.moveItem(at: output, to: old)
        }
        do {
            try fileManager.moveItem(at: staging, to: output)
        } catch {
            // Put the previous site back before reporting.
            if fileManager.fileExists(atPath: old.path) { try? fileManager.moveItem(at: old, to: output) }
            throw error
        }
        try? fileManager.removeItem(at: old)
    }
}
