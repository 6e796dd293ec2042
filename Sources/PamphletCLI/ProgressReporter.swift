import Foundation

/// Shows the stage a long build is in, on a terminal only and only after
/// the first second, so short builds and CI logs stay quiet.
final class ProgressReporter {
    private let started = Date()
    private let enabled = isatty(STDERR_FILENO) != 0

    func report(_ number: Int, _ total: Int, _ stage: String) {
        guard enabled, Date().timeIntervalSince(started) > 1 else { return }
        FileHandle.standardError.write(Data("[\(number)/\(total)] \(stage)\n".utf8))
    }
}
