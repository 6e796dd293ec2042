import Foundation
import PamphletCore
import ServiceLifecycle

/// Polls the site's sources (`site.yml`, `content/`, `themes/`, `layouts/`, `i18n/`)
/// and asks for a rebuild once a burst of changes has gone quiet. Polling a
/// snapshot of sizes and modification times works on every file system,
/// including network and container mounts where change notifications do not;
/// where the kernel does notify (inotify), a notification starts the next
/// look at once, so a save is not left waiting for the poll, and that look
/// stats only the entries the kernel named. A whole snapshot is still taken
/// every `notifiedInterval` or so, and whenever the kernel's word may be
/// incomplete: a change it never reports (a linked file edited elsewhere)
/// is seen then.
struct SourceWatcher: Service {
    let folder: SiteFolder
    let site: PreviewSite
    let hub: EventHub
    /// How often to look when nothing is happening.
    var interval: Duration = .milliseconds(200)
    /// How often to look anyway when every folder is watched for
    /// notifications, and to take a whole snapshot (tens of milliseconds
    /// on a large site) rather than look at the entries notified alone;
    /// while saves keep coming, at most five times this.
    var notifiedInterval: Duration = .seconds(2)
    /// How long the files must stay unchanged before a rebuild starts:
    /// long enough for an editor's write-and-rename, short beside a rebuild.
    var quietPeriod: Duration = .milliseconds(30)
    /// How often open event streams get a comment line, to notice closed ones.
    var heartbeat: Duration = .seconds(15)

    func run() async throws {
        // Stops the loop on Ctrl-C; then the open event streams are ended so the server can close.
        try? await cancelWhenGracefulShutdown {
            try await watch()
        }
        hub.close()
    }

    private func watch() async throws {
        let clock = ContinuousClock()
        var seen: SourceSnapshot?
        var wholeLookAt = clock.now
        var changedAt = clock.now
        var lastPing = clock.now
        let notifications = ChangeNotifications()
        var watching = false
        var notified = false
        while !Task.isCancelled {
            if clock.now - lastPing >= heartbeat {
                hub.broadcast(.ping)
                lastPing = clock.now
            }
            // The first build starts when the server is listening.
            guard let built = await site.lastSnapshot else {
                try await Task.sleep(for: .milliseconds(20))
                continue
            }
            if !watching {
                notified = watchFolders(notifications)
                watching = true
            }
            // Events are read before anything is looked at: a change after that is seen by the look or notified again.
            let hint = notifications.take()
            // The whole look that stands in for missed notifications waits, when it can, for a
            // look that has nothing notified and nothing waiting to be built, so it does not delay a save.
            let sinceWholeLook = clock.now - wholeLookAt
            let wholeLookDue = sinceWholeLook >= notifiedInterval
                && (sinceWholeLook >= notifiedInterval * 5 || (hint.paths.isEmpty && seen == built))
            var current: SourceSnapshot
            if notified, hint.complete, let seen, !wholeLookDue, let updated = seen.updating(hint.paths, in: folder) {
                current = updated
            } else {
                // A folder came or went: it is watched before the look, so nothing in it is missed.
                if !hint.complete { notified = watchFolders(notifications) }
                current = SourceSnapshot.take(of: folder)
                wholeLookAt = clock.now
            }
            if current != seen {
                seen = current
                changedAt = clock.now
            } else if let seen {
                // The same files: the snapshot already seen stands for them, with what it was made from,
                // so the next save's snapshot is compared with the last build's by the paths it names, not 10,000.
                current = seen
            }
            if current == built {
                try await Self.sleep(for: notified ? max(interval, notifiedInterval) : interval, unlessNotifiedBy: notifications)
            } else if clock.now - changedAt >= quietPeriod || Self.quietSinceLastWrite(current, built: built) >= quietPeriod {
                // Ctrl-C stops waiting here at once; the build itself finishes
                // before the server removes its folder (PreviewServer.run).
                let build = Task { await site.rebuild(using: current) }
                await Self.waitUnlessCancelled(for: build)
                // While every folder is watched, a new one is notified (and watched then); otherwise
                // try again, so folders made meanwhile are watched from now on.
                if !notified { notified = watchFolders(notifications) }
            } else {
                try await Task.sleep(for: quietPeriod / 4)
            }
        }
    }

    private func watchFolders(_ notifications: ChangeNotifications) -> Bool {
        notifications.watch(site: folder.root.path, folders: SourceSnapshot.topFolders)
    }

    /// Sleeps `interval`, or less when a change notification arrives first.
    static func sleep(for interval: Duration, unlessNotifiedBy notifications: ChangeNotifications) async throws {
        let clock = ContinuousClock()
        let end = clock.now + interval
        while clock.now < end {
            if notifications.drain() { return }
            try await Task.sleep(for: min(.milliseconds(5), end - clock.now))
        }
    }

    static func waitUnlessCancelled<T: Sendable>(for task: Task<T, Never>) async {
        let gate = ResumeOnce<Void>()
        await withTaskCancellationHandler {
            await withCheckedContinuation { continuation in
                gate.set(continuation)
                Task {
                    _ = await task.value
                    gate.resume(())
                }
            }
        } onCancel: {
            gate.resume(())
        }
    }

    /// How long ago the newest change happened, from the files' change times
    /// (ctime moves on writes and renames), so a save noticed late by the poll
    /// does not wait the quiet period again. Zero when only deletions are
    /// known; then the time the poll noticed them counts.
    static func quietSinceLastWrite(_ current: SourceSnapshot, built: SourceSnapshot) -> Duration {
        let changes = current.changes(since: built)
        let newest = (changes.added + changes.modified).compactMap { current.stamp(of: $0)?.changed }.max()
        guard let newest else { return .zero }
        let now = Int64(Date().timeIntervalSince1970 * 1_000_000_000)
        return .nanoseconds(max(0, now - newest))
    }
}

/// Resumes a continuation exactly once with the first value offered: the work
/// finishing, a cancellation or a timeout (any of which may come before the
/// continuation exists).
final class ResumeOnce<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var continuation: CheckedContinuation<Value, Never>?
    private var early: Value?
    private var done = false

    func set(_ continuation: CheckedContinuation<Value, Never>) {
        let value = lock.withLock { () -> Value? in
            if done { return early }
            self.continuation = continuation
            return nil
        }
        if let value { continuation.resume(returning: value) }
    }

    func resume(_ value: Value) {
        let waiting = lock.withLock { () -> CheckedContinuation<Value, Never>? in
            if done { return nil }
            done = true
            guard let continuation else {
                early = value
                return nil
            }
            self.continuation = nil
            return continuation
        }
        waiting?.resume(returning: value)
    }
}
