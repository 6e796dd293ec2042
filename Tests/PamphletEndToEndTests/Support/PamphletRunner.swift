import Foundation
import XCTest

/// What one run of the `pamphlet` binary did.
struct CommandResult {
    var arguments: [String]
    var status: Int32
    var stdout: String
    var stderr: String

    /// The diagnostic lines (`file:line:col: severity: message [code]`) from standard error.
    var diagnosticLines: [String] {
        stderr.split(separator: "\n").map(String.init).filter { $0.contains(": error: ") || $0.contains(": warning: ") }
    }

    var errorLines: [String] { diagnosticLines.filter { $0.contains(": error: ") } }
}

enum Pamphlet {
    /// The folder SwiftPM builds products into, found as its test template does.
    static var productsDirectory: URL {
        #if os(macOS)
        for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
            return bundle.bundleURL.deletingLastPathComponent()
        }
        return Bundle.main.bundleURL
        #else
        return Bundle.main.bundleURL
        #endif
    }

    static var binary: URL { productsDirectory.appendingPathComponent("pamphlet") }

    struct Missing: Error, CustomStringConvertible {
        var description: String {
            "the pamphlet binary is not at \(Pamphlet.binary.path); build it first with 'swift build' (swift test builds it too)"
        }
    }

    /// Runs `pamphlet` with `arguments`; fails the test when it crashed or
    /// printed a stack trace, whatever its exit status. `environment` adds to
    /// or replaces variables of this process's environment (a fake HOME).
    @discardableResult
    static func run(
        _ arguments: [String], in directory: URL? = nil, environment: [String: String] = [:],
        respectingPermissions: Bool = false,
        file: StaticString = #filePath, line: UInt = #line
    ) throws -> CommandResult {
        guard FileManager.default.isExecutableFile(atPath: binary.path) else {
            XCTFail(Missing().description, file: file, line: line)
            throw Missing()
        }
        let (executable, launchArguments) = try launcher(respectingPermissions: respectingPermissions)
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("pamphlet-run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let outURL = scratch.appendingPathComponent("stdout")
        let errURL = scratch.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let outHandle = try FileHandle(forWritingTo: outURL)
        let errHandle = try FileHandle(forWritingTo: errURL)

        let process = Process()
        process.executableURL = executable
        process.arguments = launchArguments + arguments
        if let directory { process.currentDirectoryURL = directory }
        if !environment.isEmpty {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        }
        process.standardOutput = outHandle
        process.standardError = errHandle
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try outHandle.close()
        try errHandle.close()

        let result = CommandResult(
            arguments: arguments,
            status: process.terminationStatus,
            stdout: String(decoding: try Data(contentsOf: outURL), as: UTF8.self),
            stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self))
        XCTAssertEqual(process.terminationReason, .exit, "pamphlet \(arguments) was killed by a signal:\n\(result.stderr)", file: file, line: line)
        for marker in ["Fatal error", "Program crashed", "Backtracing", "Stack dump", "Illegal instruction", "Segmentation fault"] {
            XCTAssertFalse(result.stderr.contains(marker), "pamphlet \(arguments) printed '\(marker)':\n\(result.stderr)", file: file, line: line)
        }
        return result
    }

    static let setpriv = "/usr/bin/setpriv"

    /// Root reads any file whatever its permissions, so `chmod 000` alone
    /// tests nothing when the tests run as root (as in CI containers). There
    /// the binary runs without the two capabilities that let root ignore
    /// permissions, and stops at an unreadable file as a writer's account does.
    static func launcher(respectingPermissions: Bool) throws -> (URL, [String]) {
        guard respectingPermissions, getuid() == 0 else { return (binary, []) }
        guard FileManager.default.isExecutableFile(atPath: setpriv) else {
            throw XCTSkip("running as root without \(setpriv) (util-linux): root reads unreadable files, so this case cannot be shown")
        }
        return (URL(fileURLWithPath: setpriv), ["--bounding-set=-dac_override,-dac_read_search", binary.path])
    }
}
