import Foundation
import Hummingbird
import Logging
import NIOCore
import PamphletCore
import ServiceLifecycle
import UnixSignals

/// `pamphlet serve`: builds the site into a private temporary folder with
/// `base_url` set to the preview's own address, serves it, rebuilds what
/// changes when a file is saved, and tells open pages to reload.
public final class PreviewServer: Sendable {
    public struct Configuration: Sendable {
        /// The site folder, the one with site.yml.
        public var source: URL
        public var host = "127.0.0.1"
        /// 0 picks a free port; `Ready.port` says which.
        public var port = 8000
        public var includeDrafts = false
        /// Print each stage's time after every rebuild (`--timings`).
        public var printsTimings = false
        public var today: CalendarDate = .today()
        public var pollInterval: Duration = .milliseconds(200)
        public var quietPeriod: Duration = .milliseconds(30)
        public var heartbeat: Duration = .seconds(15)
        /// How long a connection may take to send a request's headers, or stay
        /// idle between requests, before it is closed: a client that trickles
        /// its headers (slowloris) cannot hold sockets open. An open reload
        /// stream is a response in progress, which this never closes.
        public var idleTimeout: Duration = .seconds(10)
        /// Where the private folder is made (the system's temporary folder when nil).
        public var temporaryFolder: URL?

        public init(source: URL) {
            self.source = source
        }
    }

    /// Known once the server listens and the first build has finished.
    public struct Ready: Sendable {
        public var url: String
        public var port: Int
        public var siteTitle: String
        /// The folder being served (inside the private temporary folder).
        public var servedFolder: URL
        public var firstBuildSucceeded: Bool
    }

    /// Problems that stop the preview from starting, each one line for the terminal.
    public enum Failure: Error, CustomStringConvertible, Equatable {
        case portInUse(host: String, port: Int)
        case permissionDenied(host: String, port: Int)
        case cannotListen(host: String, port: Int, reason: String)
        case noSite(String)
        case temporaryFolder(String)

        public var description: String {
            switch self {
            case let .portInUse(host, port):
                return "port \(port) on \(host) is already in use (is another 'pamphlet serve' running?); "
                    + "stop it or choose another port with --port, such as --port \(port == 65535 ? 8001 : port + 1)"
            case let .permissionDenied(host, port):
                return "not allowed to listen on \(host):\(port); ports below 1024 need special rights, so use one such as --port 8000"
            case let .cannotListen(host, port, reason):
                return "cannot listen on \(host):\(port): \(reason); check --host and --port"
            case let .noSite(message):
                return message
            case let .temporaryFolder(reason):
                return "cannot make a temporary folder for the preview: \(reason)"
            }
        }
    }

    public let configuration: Configuration
    private let log: @Sendable (PreviewMessage) -> Void
    private let shared = Shared()

    /// What `stop()` and `waitUntilReady` reach from other tasks.
    private final class Shared: @unchecked Sendable {
        private let lock = NSLock()
        private var group: ServiceGroup?
        private var ready: Ready?
        private var stopped = false
        private var failure: Error?

        func set(group: ServiceGroup?) -> Bool {
            lock.withLock {
                self.group = group
                return !stopped
            }
        }

        func stop() -> ServiceGroup? {
            lock.withLock {
                stopped = true
                return group
            }
        }

        func setReady(_ value: Ready) { lock.withLock { ready = value } }
        func setFailure(_ error: Error) { lock.withLock { failure = error } }
        var state: (Ready?, Error?, Bool) { lock.withLock { (ready, failure, stopped) } }
    }

    public init(configuration: Configuration, log: @escaping @Sendable (PreviewMessage) -> Void) {
        self.configuration = configuration
        self.log = log
    }

    /// The preview's address: `http://127.0.0.1:8000/` (IPv6 hosts in brackets).
    public static func address(host: String, port: Int) -> String {
        let shown = host.contains(":") && !host.hasPrefix("[") ? "[\(host)]" : host
        return "http://\(shown):\(port)/"
    }

    /// Runs until `stop()` or, when `handleSignals` is set, Ctrl-C or SIGTERM.
    /// `onReady` runs once the first build has finished and requests are answered.
    public func run(handleSignals: Bool = true, onReady: @escaping @Sendable (Ready) -> Void = { _ in }) async throws {
        let source = configuration.source.standardizedFileURL
        guard FileManager.default.fileExists(atPath: source.appendingPathComponent("site.yml").path) else {
            throw Failure.noSite(
                "there is no site.yml in \(source.path); run 'pamphlet serve' in the site folder or pass --source with it")
        }
        let parent = configuration.temporaryFolder ?? FileManager.default.temporaryDirectory
        let privateFolder = parent.appendingPathComponent("pamphlet-serve-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString.prefix(8))")
        do {
            try FileManager.default.createDirectory(at: privateFolder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw Failure.temporaryFolder(error.localizedDescription)
        }
        defer { try? FileManager.default.removeItem(at: privateFolder) }
        let served = privateFolder.appendingPathComponent("site")

        let state = PreviewState()
        let hub = EventHub()
        let configuration = self.configuration
        let log = self.log
        let shared = self.shared
        let siteBox = SiteBox()

        var logger = Logger(label: "pamphlet.serve")
        logger.logLevel = ProcessInfo.processInfo.environment["PAMPHLET_SERVE_LOG"].flatMap(Logger.Level.init(rawValue:)) ?? .critical
        let app = Application(
            responder: PreviewResponder(state: state, hub: hub),
            server: .http1(configuration: .init(idleTimeout: TimeAmount(configuration.idleTimeout))),
            configuration: ApplicationConfiguration(
                address: .hostname(configuration.host, port: configuration.port), serverName: nil),
            onServerRunning: { channel in
                // Build now that the port is known, before the first request is answered.
                let port = channel.localAddress?.port ?? configuration.port
                let url = Self.address(host: configuration.host, port: port)
                var options = BuildOptions(source: source, output: served)
                options.baseURL = url
                options.includeDrafts = configuration.includeDrafts
                // Writers see each page's reading grade and review status; patients never do.
                options.preview = true
                options.today = configuration.today
                let site = PreviewSite(options: options, printsTimings: configuration.printsTimings, state: state, hub: hub, log: log)
                // Known before the first build, so stopping during it waits for it.
                siteBox.set(site)
                let outcome = await site.rebuild()
                let ready = Ready(
                    url: url, port: port, siteTitle: outcome.siteTitle, servedFolder: served,
                    firstBuildSucceeded: outcome.kind != .failed)
                shared.setReady(ready)
                onReady(ready)
            },
            logger: logger)
        let watcher = WatcherLauncher(
            folder: SiteFolder(root: source), sites: siteBox, hub: hub,
            interval: configuration.pollInterval, quietPeriod: configuration.quietPeriod, heartbeat: configuration.heartbeat)
        // Shut down in reverse order: the watcher first (it ends the open event streams), then the server.
        var groupConfiguration = ServiceGroupConfiguration(
            services: [.init(service: app), .init(service: watcher)],
            gracefulShutdownSignals: handleSignals ? [.sigterm, .sigint] : [],
            logger: logger)
        groupConfiguration.maximumGracefulShutdownDuration = .seconds(5)
        groupConfiguration.maximumCancellationDuration = .seconds(2)
        let group = ServiceGroup(configuration: groupConfiguration)
        guard shared.set(group: group) else { return }
        do {
            try await group.run()
        } catch {
            hub.close()
            await Self.finishBuilding(siteBox.value, log: log)
            let failure = Self.explain(error, host: configuration.host, port: configuration.port)
            shared.setFailure(failure)
            throw failure
        }
        await Self.finishBuilding(siteBox.value, log: log)
        _ = shared.set(group: nil)
    }

    /// A rebuild may still be writing into the private folder; it is removed only after.
    private static func finishBuilding(_ site: PreviewSite?, log: @Sendable (PreviewMessage) -> Void) async {
        guard let site else { return }
        if await site.finish(timeout: .milliseconds(500)) { return }
        log(PreviewMessage(kind: .info, text: "Finishing the build in progress before stopping..."))
        _ = await site.finish(timeout: .seconds(120))
    }

    /// Stops a running preview: open pages are let go, then the server closes.
    public func stop() async {
        await shared.stop()?.triggerGracefulShutdown()
    }

    /// Waits (at most `timeout`) for the first build to be served.
    public func waitUntilReady(timeout: Duration = .seconds(60)) async throws -> Ready {
        let clock = ContinuousClock()
        let deadline = clock.now + timeout
        while clock.now < deadline {
            let (ready, failure, _) = shared.state
            if let ready { return ready }
            if let failure { throw failure }
            try await Task.sleep(for: .milliseconds(10))
        }
        throw Failure.cannotListen(host: configuration.host, port: configuration.port, reason: "the server did not start within \(timeout)")
    }

    static func explain(_ error: Error, host: String, port: Int) -> Error {
        if let failure = error as? Failure { return failure }
        if let io = error as? IOError {
            switch io.errnoCode {
            case EADDRINUSE: return Failure.portInUse(host: host, port: port)
            case EACCES, EPERM: return Failure.permissionDenied(host: host, port: port)
            case EADDRNOTAVAIL: return Failure.cannotListen(host: host, port: port, reason: "this computer has no address \(host)")
            default: return Failure.cannotListen(host: host, port: port, reason: io.description)
            }
        }
        let text = "\(error)"
        if text.contains("Address already in use") { return Failure.portInUse(host: host, port: port) }
        return Failure.cannotListen(host: host, port: port, reason: text)
    }
}

/// The site appears once the server listens; the watcher waits for it.
final class SiteBox: @unchecked Sendable {
    private let lock = NSLock()
    private var site: PreviewSite?
    func set(_ value: PreviewSite) { lock.withLock { site = value } }
    var value: PreviewSite? { lock.withLock { site } }
}

/// Starts watching once the first build exists; ends the event streams on shutdown.
struct WatcherLauncher: Service {
    let folder: SiteFolder
    let sites: SiteBox
    let hub: EventHub
    let interval: Duration
    let quietPeriod: Duration
    let heartbeat: Duration

    func run() async throws {
        try? await cancelWhenGracefulShutdown {
            while sites.value == nil {
                try await Task.sleep(for: .milliseconds(20))
            }
        }
        guard let site = sites.value else {
            hub.close()
            return
        }
        try await SourceWatcher(folder: folder, site: site, hub: hub, interval: interval, quietPeriod: quietPeriod, heartbeat: heartbeat).run()
    }
}
