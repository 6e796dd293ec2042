import Foundation
import XCTest

/// ARCHITECTURE.md stays true: the files it names exist, every target under
/// Sources/ is in its table, and no target imports one of ours that the
/// table's "may import" column leaves out (SwiftPM lets a target import
/// whatever its dependencies depend on, so the compiler alone does not check it).
final class ArchitectureDocumentTests: XCTestCase {
    private static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    /// Backticked text that starts with one of these is a path from the repository root.
    private static let roots = ["Sources/", "Tests/", "scripts/", "themes/", "bench/", "Fuzz/", "docs/"]
    private static let rootFiles: Set<String> = ["Package.swift", "Makefile", "README.md", "ARCHITECTURE.md"]

    private func document() throws -> String {
        try String(contentsOf: Self.repository.appendingPathComponent("ARCHITECTURE.md"), encoding: .utf8)
    }

    private static func backticked(_ text: Substring) -> [String] {
        text.split(separator: "`", omittingEmptySubsequences: false).enumerated().filter { $0.offset % 2 == 1 }.map { String($0.element) }
    }

    /// Every file below `folder` (repository-relative), as repository-relative paths.
    private func files(under folder: String) -> [String] {
        let root = Self.repository.appendingPathComponent(folder)
        guard let walker = FileManager.default.enumerator(atPath: root.path) else { return [] }
        return walker.compactMap { ($0 as? String).map { folder + "/" + $0 } }
    }

    func testEveryFileItNamesExists() throws {
        var named: [String] = []
        var checked = 0
        let everyFile = files(under: "Sources") + files(under: "Tests")
        for path in Self.backticked(try document()[...]) {
            if Self.roots.contains(where: path.hasPrefix) || Self.rootFiles.contains(path) {
                checked += 1
                if !FileManager.default.fileExists(atPath: Self.repository.appendingPathComponent(path).path) { named.append(path) }
            } else if path.hasSuffix(".swift"), !path.contains("/") {
                // A file named without its folder: it must exist somewhere in Sources/ or Tests/.
                checked += 1
                if !everyFile.contains(where: { $0.hasSuffix("/" + path) }) { named.append(path) }
            }
        }
        XCTAssertGreaterThan(checked, 20, "ARCHITECTURE.md should name the files it describes")
        XCTAssertEqual(named, [], "ARCHITECTURE.md names files that are not there; update it")
    }

    /// The table under "## Targets": target -> the targets of ours it may import.
    private func layers() throws -> [String: Set<String>] {
        let text = try document()
        guard let start = text.range(of: "## Targets") else { XCTFail("no '## Targets' section"); return [:] }
        var table: [String: Set<String>] = [:]
        for line in text[start.upperBound...].split(separator: "\n") {
            if line.hasPrefix("## ") { break }
            let cells = line.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            guard line.hasPrefix("|"), cells.count >= 4, let name = Self.backticked(cells[1][...]).first else { continue }
            table[name] = Set(Self.backticked(cells[2][...]))
        }
        return table
    }

    func testEveryTargetIsListedAndImportsOnlyWhatItMay() throws {
        let layers = try layers()
        let targets = try FileManager.default.contentsOfDirectory(atPath: Self.repository.appendingPathComponent("Sources").path)
            .filter { !$0.hasPrefix(".") }
        XCTAssertEqual(Set(targets).subtracting(layers.keys), [], "targets missing from ARCHITECTURE.md's table")
        var wrong: [String] = []
        for target in targets.sorted() {
            let allowed = layers[target] ?? []
            for file in files(under: "Sources/" + target) where file.hasSuffix(".swift") {
                let text = try String(contentsOf: Self.repository.appendingPathComponent(file), encoding: .utf8)
                for line in text.split(separator: "\n") where line.hasPrefix("import ") || line.hasPrefix("@testable import ") {
                    let module = String(line.split(separator: " ").last ?? "")
                    if layers[module] != nil, !allowed.contains(module) { wrong.append("\(file): import \(module)") }
                }
            }
        }
        XCTAssertEqual(wrong, [], "imports that ARCHITECTURE.md's table does not allow: move the code, or change the layers on purpose")
    }
}
