import Foundation
import PamphletCore
@testable import PamphletServer
import XCTest

/// A copy of the sample site in a temporary folder with a preview server
/// running on a free port of 127.0.0.1.
final class PreviewFixture: @unchecked Sendable {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    /// The tests' copy of the sample site.
    static let sampleSite = repository.appendingPathComponent("Tests/Fixtures/sample-site")

    let work: URL
    let site: URL
    let server: PreviewServer
    let task: Task<Void, Error>
    let ready: PreviewServer.Ready
    let messages = Messages()

    var http: RawHTTP { RawHTTP(port: ready.port) }

    final class Messages: @unchecked Sendable {
        private let lock = NSLock()
        private var lines: [String] = []
        func add(_ line: String) { lock.withLock { lines.append(line) } }
        var all: [String] { lock.withLock { lines } }
    }

    /// `prepare` may change the copied site before the server starts.
    init(
        localTheme: Bool = false, port: Int = 0, idleTimeout: Duration = .seconds(10),
        prepare: (URL) throws -> Void = { _ in }
    ) async throws {
        work = FileManager.default.temporaryDirectory.appendingPathComponent("pamphlet-serve-test-\(UUID().uuidString)")
        site = work.appendingPathComponent("site")
        try FileManager.default.createDirectory(at: site, withIntermediateDirectories: true)
        for name in ["content", "site.yml"] {
            try FileManager.default.copyItem(at: Self.sampleSite.appendingPathComponent(name), to: site.appendingPathComponent(name))
        }
        if localTheme {
            try FileManager.default.createDirectory(at: site.appendingPathComponent("themes"), withIntermediateDirectories: true)
            try FileManager.default.copyItem(
                at: Self.repository.appendingPathComponent("Sources/PamphletCore/Resources/themes/default"),
                to: site.appendingPathComponent("themes/default"))
        }
        try prepare(site)
        var configuration = PreviewServer.Configuration(source: site)
        configuration.port = port
        configuration.pollInterval = .milliseconds(50)
        configuration.quietPeriod = .milliseconds(50)
        configuration.today = CalendarDate(iso: "2026-11-01")!
        configuration.temporaryFolder = work
        configuration.idleTimeout = idleTimeout
        let messages = self.messages
        let server = PreviewServer(configuration: configuration) { messages.add($0.text) }
        self.server = server
        task = Task { try await server.run(handleSignals: false) }
        do {
            ready = try await server.waitUntilReady(timeout: .seconds(60))
        } catch {
            task.cancel()
            try? FileManager.default.removeItem(at: work)
            throw error
        }
    }

    /// Stops the server (bounded) and removes the temporary folder.
    func stop() async throws {
        await server.stop()
        let finished = await withTaskGroup(of: Bool.self) { group in
            group.addTask { [task] in
                _ = try? await task.value
                return true
            }
            group.addTask {
                try? await Task.sleep(for: .seconds(10))
                return false
            }
            let first = await group.next() ?? false
            group.cancelAll()
            return first
        }
        if !finished { task.cancel() }
        try? FileManager.default.removeItem(at: work)
        XCTAssertTrue(finished, "the server did not stop within 10 seconds")
    }

    func path(_ relative: String) -> URL { site.appendingPathComponent(relative) }

    func read(_ relative: String) throws -> String { try String(contentsOf: path(relative), encoding: .utf8) }

    func write(_ relative: String, _ text: String) throws {
        try FileManager.default.createDirectory(at: path(relative).deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: path(relative))
    }

    func replace(_ relative: String, _ old: String, with new: String) throws {
        let text = try read(relative)
        XCTAssertTrue(text.contains(old), "\(relative) does not contain \(old)")
        try write(relative, text.replacingOccurrences(of: old, with: new))
    }

    // Sockets block, so they run on their own threads, never on the threads the server's tasks need.

    func get(_ target: String) async throws -> RawHTTP.Reply {
        let http = self.http
        return try await blocking { try http.get(target) }
    }

    func send(_ method: String, _ target: String) async throws -> RawHTTP.Reply {
        let http = self.http
        return try await blocking { try http.send(method, target) }
    }

    func openEvents() async throws -> EventStreamClient {
        let port = ready.port
        let client = try await blocking { try EventStreamClient(port: port) }
        _ = try await next(client, "hello")
        return client
    }

    func next(_ client: EventStreamClient, _ name: String, timeout: TimeInterval = 15) async throws -> EventStreamClient.Event {
        try await blocking { try client.next(name, timeout: timeout) }
    }

    /// Fetches `target` until `condition` holds (a rebuild may still be running), at most `timeout`.
    func eventually(_ target: String, timeout: TimeInterval = 15, _ condition: @escaping @Sendable (RawHTTP.Reply) -> Bool) async throws -> RawHTTP.Reply {
        let deadline = Date().addingTimeInterval(timeout)
        var reply = try await get(target)
        while !condition(reply) && Date() < deadline {
            try await Task.sleep(for: .milliseconds(50))
            reply = try await get(target)
        }
        return reply
    }
}

func blocking<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
    try await withCheckedThrowingContinuation { continuation in
        Thread.detachNewThread { continuation.resume(with: Result { try work() }) }
    }
}
