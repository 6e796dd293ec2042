/// One finding about the site, printed compiler style:
/// `content/path.md:12:3: error: what is wrong, and how to fix it [code]`.
public struct Diagnostic: Sendable, Equatable, CustomStringConvertible {
    public enum Severity: String, Sendable, Comparable {
        case error, warning, note

        public static func < (lhs: Severity, rhs: Severity) -> Bool {
            lhs.rank < rhs.rank
        }

        private var rank: Int {
            switch self {
            case .error: return 0
            case .warning: return 1
            case .note: return 2
            }
        }
    }

    public var severity: Severity
    /// Path relative to the site folder (`content/genes/dna.md`), nil for whole-site problems.
    public var file: String?
    public var line: Int?
    public var column: Int?
    public var message: String
    /// Stable short name (`broken-link`, `front-matter`) a site can refer to in `site.yml`.
    public var code: String

    /// Longer messages are cut: a message quotes the writer's text (a word,
    /// a link), and a megabyte word must not become a megabyte of terminal.
    public static let longestMessage = 2_000

    public init(_ severity: Severity, _ message: String, file: String? = nil, line: Int? = nil, column: Int? = nil, code: String) {
        self.severity = severity
        self.message = Self.clipped(message)
        self.file = file
        self.line = line
        self.column = column
        self.code = code
    }

    public static func error(_ message: String, file: String? = nil, line: Int? = nil, column: Int? = nil, code: String) -> Diagnostic {
        Diagnostic(.error, message, file: file, line: line, column: column, code: code)
    }

    public static func warning(_ message: String, file: String? = nil, line: Int? = nil, column: Int? = nil, code: String) -> Diagnostic {
        Diagnostic(.warning, message, file: file, line: line, column: column, code: code)
    }

    /// By scalars, so the cut never splits a UTF-8 sequence.
    static func clipped(_ message: String) -> String {
        guard message.utf8.count > longestMessage else { return message }
        var kept = String.UnicodeScalarView()
        var bytes = 0
        for scalar in message.unicodeScalars {
            bytes += UTF8.width(scalar)
            if bytes > longestMessage - 40 { break }
            kept.append(scalar)
        }
        return String(kept) + "… (cut: \(message.utf8.count) bytes in all)"
    }

    public var location: String {
        guard let file else { return "pamphlet" }
        var text = file
        if let line, line > 0 {
            text += ":\(line)"
            if let column, column > 0 { text += ":\(column)" }
        }
        return text
    }

    public var description: String {
        "\(location): \(severity.rawValue): \(message) [\(code)]"
    }
}

extension Collection where Element == Diagnostic {
    public var hasErrors: Bool { contains(.error) }
    // Counted, not filtered: a filter copies every finding (11,000 on a large site) to count them.
    public var errorCount: Int { count(of: .error) }
    public var warningCount: Int { count(of: .warning) }

    /// Severities read in place: iterating copied each finding, its strings
    /// retained and released, at each count (four passes over 10,000 findings
    /// kept one core busy for 20 ms after a build, the other idle).
    private func count(of severity: Diagnostic.Severity) -> Int {
        withContiguousStorageIfAvailable { findings in
            var count = 0
            for index in findings.indices where findings[index].severity == severity { count += 1 }
            return count
        } ?? reduce(0) { $0 + ($1.severity == severity ? 1 : 0) }
    }

    private func contains(_ severity: Diagnostic.Severity) -> Bool {
        withContiguousStorageIfAvailable { findings in
            findings.indices.contains { findings[$0].severity == severity }
        } ?? contains { $0.severity == severity }
    }
}

extension Array where Element == Diagnostic {

    /// Grouped by file, then in line order, so a writer fixes one page at a time.
    public func sortedForDisplay() -> [Diagnostic] {
        displayOrder().map { self[$0] }
    }

    /// The positions of the findings in `sortedForDisplay` order.
    public func displayOrder() -> [Int] {
        // Positions are sorted, not the findings themselves: moving a finding copies its strings.
        // The fields are compared in place: copying both findings at every comparison
        // was most of the time a build with 10,000 findings took to print them.
        withUnsafeBufferPointer { findings in
            findings.indices.sorted { a, b in
                let (fileA, fileB) = (findings[a].file ?? "", findings[b].file ?? "")
                if fileA != fileB { return fileA < fileB }
                let (lineA, lineB) = (findings[a].line ?? 0, findings[b].line ?? 0)
                if lineA != lineB { return lineA < lineB }
                let (columnA, columnB) = (findings[a].column ?? 0, findings[b].column ?? 0)
                if columnA != columnB { return columnA < columnB }
                return a < b
            }
        }
    }
}

/// Lets a single problem travel in a `Result` from a helper to its stage.
extension Diagnostic: Error {}
