import Foundation

/// The fixed folder each input's site is written into, emptied between inputs.
final class FuzzWorkspace: @unchecked Sendable {
    static let shared = FuzzWorkspace()

    let root: URL
    var site: URL { root.appendingPathComponent("site") }
    var output: URL { root.appendingPathComponent("output") }

    private init() {
        let memory = URL(fileURLWithPath: "/dev/shm")
        let parent = FileManager.default.fileExists(atPath: memory.path) ? memory : FileManager.default.temporaryDirectory
        root = parent.appendingPathComponent("pamphlet-fuzz-\(getpid())")
        try? FileManager.default.removeItem(at: root)
        try! FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        atexit { try? FileManager.default.removeItem(at: FuzzWorkspace.shared.root) }
    }

    func reset() {
        try? FileManager.default.removeItem(at: site)
    }

    func write(_ relative: String, _ data: Data) {
        let url = site.appendingPathComponent(relative)
        try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try! data.write(to: url)
    }
}
