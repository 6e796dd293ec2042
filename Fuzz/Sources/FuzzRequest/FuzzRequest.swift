import Foundation
@testable import PamphletServer

/// libFuzzer target: any request target against a served folder that has
/// a hidden file, a link pointing out of it and a sibling folder whose name
/// starts like it. Nothing outside may be served, and no redirect may leave the site.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzRequest(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let target = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let root = ServedFolder.shared.root
    switch RequestPath.resolve(target, root: root) {
    case .file(let path):
        if !(path == root || path.hasPrefix(root + "/")) { fail("\(target.debugDescription) served \(path), outside \(root)") }
        if path.dropFirst(root.count).split(separator: "/").contains(where: { $0.hasPrefix(".") }) {
            fail("\(target.debugDescription) served the hidden file \(path)")
        }
    case .redirect(let location):
        if !location.hasPrefix("/") || location.hasPrefix("//") { fail("\(target.debugDescription) redirects off the site to \(location)") }
    case .notFound, .badRequest:
        break
    }
    return 0
}

/// site/ with pages, site/.secret, site/outside -> the parent folder, and site2/page.html beside it.
final class ServedFolder: @unchecked Sendable {
    static let shared = ServedFolder()
    let root: String

    private init() {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("pamphlet-fuzz-request-\(getpid())")
        let site = base.appendingPathComponent("site")
        let manager = FileManager.default
        try? manager.removeItem(at: base)
        try! manager.createDirectory(at: site.appendingPathComponent("topics/dna"), withIntermediateDirectories: true)
        try! manager.createDirectory(at: base.appendingPathComponent("site2"), withIntermediateDirectories: true)
        for file in ["index.html", "topics/index.html", "topics/dna/index.html", ".secret", "404.html"] {
            try! Data("page".utf8).write(to: site.appendingPathComponent(file))
        }
        try! Data("private".utf8).write(to: base.appendingPathComponent("site2/page.html"))
        try! manager.createSymbolicLink(atPath: site.appendingPathComponent("outside").path, withDestinationPath: base.path)
        root = RequestPath.realPath(site.path)!
        atexit { try? FileManager.default.removeItem(atPath: URL(fileURLWithPath: ServedFolder.shared.root).deletingLastPathComponent().path) }
    }
}

private func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("FUZZ FINDING: \(message)\n".utf8))
    abort()
}
