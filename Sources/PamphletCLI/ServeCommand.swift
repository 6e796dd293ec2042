import ArgumentParser
import Foundation
import PamphletCore
import PamphletServer

struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Preview the site in a browser; pages reload when you save a file.",
        discussion: """
            Builds the site into a private temporary folder (never output/) with base_url set to the preview's \
            address, serves it, and watches site.yml, content/, themes/ and layouts/. Saving a page rebuilds only \
            what changed and reloads the pages open in the browser. When a build fails the last good version \
            stays on screen with the problems shown over it. Listens on 127.0.0.1 only, unless --host says otherwise.
            """)

    @Option(name: .long, help: "The site folder (the one with site.yml).")
    var source: String = "."

    @Option(name: .long, help: "The port to listen on (0 picks a free one).")
    var port: Int = 8000

    @Option(name: .long, help: "The address to listen on; 0.0.0.0 lets other computers on the network see the preview.")
    var host: String = "127.0.0.1"

    @Flag(name: .long, help: "Include drafts ('draft: true') and pages scheduled for later ('publish_date').")
    var drafts = false

    @Flag(name: .long, help: "After every rebuild, print how long each stage took.")
    var timings = false

    @Option(name: .long, help: "Measure review dates against this day (YYYY-MM-DD) instead of today.")
    var today: String?

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be a number from 1 to 65535, such as 8000 (or 0 for any free port)") }
        guard !host.isEmpty else { throw ValidationError("--host must be an address such as 127.0.0.1") }
        if let today, CalendarDate(iso: today) == nil {
            throw ValidationError("--today must be a date written as YYYY-MM-DD, such as 2025-03-15")
        }
    }

    func run() throws {
        var configuration = PreviewServer.Configuration(source: URL(fileURLWithPath: source).standardizedFileURL)
        configuration.host = host
        configuration.port = port
        configuration.includeDrafts = drafts
        configuration.printsTimings = timings
        if let today, let date = CalendarDate(iso: today) { configuration.today = date }
        let server = PreviewServer(configuration: configuration) { message in
            switch message.kind {
            case .info: Self.write(message.text, to: .standardOutput)
            case .diagnostic, .error: Self.write(message.text, to: .standardError)
            }
        }
        let outcome = Self.waitFor {
            try await server.run(handleSignals: true) { ready in
                if !ready.firstBuildSucceeded {
                    Self.write("The site did not build; the browser shows why. Fix the problem and save.", to: .standardError)
                }
                Self.write("Serving \(ready.siteTitle) at \(ready.url) (Ctrl-C to stop)", to: .standardOutput)
            }
        }
        switch outcome {
        case .success:
            Self.write("Stopped.", to: .standardOutput)
        case .failure(let error):
            Self.write("error: \(error)", to: .standardError)
            throw ExitCode(1)
        }
    }

    private enum Stream { case standardOutput, standardError }

    private static func write(_ line: String, to stream: Stream) {
        let handle = stream == .standardOutput ? FileHandle.standardOutput : FileHandle.standardError
        handle.write(Data((line + "\n").utf8))
    }

    /// Runs the server's async work to completion from this synchronous command.
    private static func waitFor(_ work: @escaping @Sendable () async throws -> Void) -> Result<Void, Error> {
        final class Box: @unchecked Sendable { var result: Result<Void, Error> = .success(()) }
        let box = Box()
        let done = DispatchSemaphore(value: 0)
        Task {
            do { try await work() } catch { box.result = .failure(error) }
            done.signal()
        }
        done.wait()
        return box.result
    }
}
