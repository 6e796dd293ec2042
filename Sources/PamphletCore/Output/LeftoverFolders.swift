import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A build killed before it finished (kill -9, a power cut) leaves its
/// `.NAME.staging-PID` or `.NAME.old-PID` folder beside the output. The next
/// build removes those whose process is gone; a live build's are left alone.
enum LeftoverFolders {
    static func remove(beside output: URL) {
        let parent = output.deletingLastPathComponent().path
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: parent) else { return }
        for name in names {
            guard let process = process(named: name, output: output.lastPathComponent),
                  process != getpid(), isGone(process) else { continue }
            let path = parent + "/" + name
            var info = stat()
            // Only real folders: never follow a link somewhere else.
            guard lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR else { continue }
            try? FileManager.default.removeItem(atPath: path)
        }
    }

    /// The process number in `.OUTPUT.staging-PID` or `.OUTPUT.old-PID`, exactly; nil for any other name.
    static func process(named name: String, output: String) -> Int32? {
        for kind in ["staging", "old"] {
            let prefix = ".\(output).\(kind)-"
            guard name.hasPrefix(prefix) else { continue }
            let digits = name.dropFirst(prefix.count)
            guard !digits.isEmpty, digits.count <= 10, digits.allSatisfy({ $0.isASCII && $0.isNumber }),
                  let number = Int32(digits), number > 0 else { return nil }
            return number
        }
        return nil
    }

    /// True only when no process has this number (a process of another user still counts as alive).
    static func isGone(_ process: Int32) -> Bool {
        kill(process, 0) == -1 && errno == ESRCH
    }
}
