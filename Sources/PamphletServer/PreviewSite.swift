import Foundation
import PamphletCore

/// What request handlers need to know about the site being served; read on
/// every request, changed after each build.
final class PreviewState: @unchecked Sendable {
    struct Value: Sendable {
        /// The served folder with symbolic links resolved; nil until a build has written it.
        var root: String?
        /// Number of the build whose files are served (0: none yet).
        var goodBuild = 0
        /// The overlay for the latest build when it failed.
        var failureOverlay: String?
        var siteTitle = ""
    }

    private let lock = NSLock()
    private var value = Value()

    func read() -> Value { lock.withLock { value } }

    func update(_ change: (inout Value) -> Void) {
        lock.withLock { change(&value) }
    }
}

/// One line for the terminal.
public struct PreviewMessage: Sendable {
    public enum Kind: Sendable { case info, diagnostic, error }
    public var kind: Kind
    public var text: String
}

/// Runs the builds, one at a time: a build asked for while another runs waits
/// for it, so two builds never touch the output folder together. Each build
/// runs on its own thread, leaving the server's threads free for requests.
actor PreviewSite {
    /// The builder is used by one build at a time (the chain below), never concurrently.
    private final class BuilderBox: @unchecked Sendable {
        let builder: IncrementalBuilder
        init(_ builder: IncrementalBuilder) { self.builder = builder }
    }

    private let box: BuilderBox
    let state: PreviewState
    let hub: EventHub
    private let log: @Sendable (PreviewMessage) -> Void
    private var tail: Task<Void, Never>?
    private var builds = 0
    private var lastFailed = false
    private var lastAssets: [String: String] = [:]
    private var lastPrinted: [String] = []
    /// The findings `lastPrinted` was made from: most rebuilds find the same,
    /// and sorting and formatting tens of thousands of them takes a while.
    private var lastDiagnostics: [Diagnostic]?
    /// The source files as the last build saw them (its outcome is not kept: see `rebuild`).
    private(set) var lastSnapshot: SourceSnapshot?
    private let printsTimings: Bool

    init(
        options: BuildOptions, printsTimings: Bool = false, state: PreviewState, hub: EventHub,
        log: @escaping @Sendable (PreviewMessage) -> Void
    ) {
        box = BuilderBox(IncrementalBuilder(options: options))
        self.printsTimings = printsTimings
        self.state = state
        self.hub = hub
        self.log = log
    }

    var output: URL { box.builder.options.output }

    /// Builds what changed, then updates the served state and tells open pages.
    /// `snapshot`: the watcher's latest look at the files, saving the builder another.
    @discardableResult
    func rebuild(using snapshot: SourceSnapshot? = nil) async -> IncrementalBuilder.Outcome {
        let previous = tail
        let box = self.box
        let made = OutcomeBox()
        // The task keeps no outcome: a kept one would share the last build's
        // per-page figures, and the next build would copy them all to change one.
        let task = Task<Void, Never> {
            _ = await previous?.value
            let outcome = await Self.offThreadPool { box.builder.build(using: snapshot) }
            self.publish(outcome)
            made.outcome = outcome
        }
        tail = task
        await task.value
        return made.outcome!
    }

    private final class OutcomeBox: @unchecked Sendable {
        var outcome: IncrementalBuilder.Outcome?
    }

    /// Waits for the build in progress, if any, at most `timeout`; true when none is left running.
    /// A build cannot be interrupted, and the folder it writes must outlive it.
    func finish(timeout: Duration) async -> Bool {
        guard let tail else { return true }
        let gate = ResumeOnce<Bool>()
        let timer = Task {
            try? await Task.sleep(for: timeout)
            gate.resume(false)
        }
        defer { timer.cancel() }
        return await withCheckedContinuation { continuation in
            gate.set(continuation)
            Task {
                _ = await tail.value
                gate.resume(true)
            }
        }
    }

    private static func offThreadPool<T: Sendable>(_ work: @escaping @Sendable () -> T) async -> T {
        await withCheckedContinuation { continuation in
            Thread.detachNewThread { continuation.resume(returning: work()) }
        }
    }


    private func publish(_ outcome: IncrementalBuilder.Outcome) {
        lastSnapshot = outcome.snapshot
        let result = outcome.result
        if printsTimings, outcome.kind != .unchanged {
            log(PreviewMessage(kind: .info, text: "Stage times:\n" + result.timingLines.joined(separator: "\n")))
        }
        let time = String(format: "%.2f s", result.seconds)
        switch outcome.kind {
        case .unchanged:
            return
        case .failed:
            builds += 1
            lastPrinted = result.diagnostics.sortedForDisplay().map(\.description)
            lastDiagnostics = result.diagnostics
            for line in lastPrinted { log(PreviewMessage(kind: .diagnostic, text: line)) }
            let errors = result.diagnostics.errorCount
            log(PreviewMessage(kind: .error, text:
                "Build failed: \(errors) error\(errors == 1 ? "" : "s"). Still serving the last version that built; fix and save to try again."))
            let overlay = LiveReload.overlay(result.diagnostics)
            state.update { $0.failureOverlay = overlay; $0.siteTitle = outcome.siteTitle }
            lastFailed = true
            hub.broadcast(.failed(overlay: overlay))
        case .full, .pages:
            builds += 1
            let build = builds
            let firstGood = state.read().root == nil
            let root = RequestPath.realPath(box.builder.options.output.path)
            state.update {
                $0.root = root
                $0.goodBuild = build
                $0.failureOverlay = nil
                $0.siteTitle = outcome.siteTitle
            }
            let recovered = lastFailed
            lastFailed = false
            let changed = outcome.changes.all
            if firstGood && builds == 1 {
                // The first build; nothing is open yet.
            } else if outcome.kind == .pages {
                let paths = outcome.written.map { "/" + ($0.hasSuffix("index.html") ? String($0.dropLast("index.html".count)) : $0) }
                log(PreviewMessage(kind: .info, text: paths.isEmpty
                    ? "Rebuilt in \(time); no published page changed (\(Self.summary(changed)))"
                    : "Rebuilt \(Self.count(outcome.written)) in \(time) (\(Self.summary(changed)))"))
                if recovered || !paths.isEmpty {
                    hub.broadcast(.reload(build: build, paths: recovered ? nil : paths))
                }
            } else {
                log(PreviewMessage(kind: .info, text:
                    "Rebuilt the site (\(result.pageCount) pages) in \(time) (\(Self.summary(changed)))"))
                let replacements = Self.stylesheetReplacements(old: lastAssets, new: outcome.assetURLs)
                if !recovered, let replacements, !changed.isEmpty,
                   changed.allSatisfy({ $0.hasPrefix("themes/") && $0.hasSuffix(".css") }) {
                    hub.broadcast(.stylesheets(build: build, replacements: replacements))
                } else {
                    hub.broadcast(.reload(build: build, paths: nil))
                }
            }
            lastAssets = outcome.assetURLs
            // After the reload: on a site with 10,000 warnings, comparing and sorting them took longer than the rebuild.
            // Warnings are repeated only when they change, so each save prints one line.
            if result.diagnostics != lastDiagnostics {
                let printed = result.diagnostics.sortedForDisplay().map(\.description)
                if printed != lastPrinted {
                    for line in printed { log(PreviewMessage(kind: .diagnostic, text: line)) }
                }
                lastPrinted = printed
                lastDiagnostics = result.diagnostics
            }
        }
    }

    /// Old -> new address of each stylesheet whose address changed; nil when anything but a stylesheet did.
    static func stylesheetReplacements(old: [String: String], new: [String: String]) -> [String: String]? {
        guard Set(old.keys) == Set(new.keys) else { return nil }
        var replacements: [String: String] = [:]
        for (key, address) in new where old[key] != address {
            guard address.hasSuffix(".css"), let before = old[key] else { return nil }
            replacements[before] = address
        }
        return replacements.isEmpty ? nil : replacements
    }

    /// "3 pages", or "12 pages and 2 other files" when the sitemap or robots.txt was written too.
    static func count(_ written: [String]) -> String {
        let pages = written.filter { $0.hasSuffix(".html") }.count
        let others = written.count - pages
        let text = "\(pages) page\(pages == 1 ? "" : "s")"
        return others == 0 ? text : text + " and \(others) other file\(others == 1 ? "" : "s")"
    }

    static func summary(_ changed: [String]) -> String {
        if changed.isEmpty { return "first build" }
        if changed.count <= 3 { return changed.joined(separator: ", ") }
        return changed.prefix(3).joined(separator: ", ") + " and \(changed.count - 3) more"
    }
}
