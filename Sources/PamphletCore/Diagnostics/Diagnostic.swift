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
    public var hasErrors: Bool { contains { $0.severity == .error } }
    // Counted, not filtered: a filter copies every finding (11,000 on a large site) to count them.
    public var errorCount: Int { reduce(0) { $0 + ($1.severity == .error ? 1 : 0) } }
    public var warningCount: Int { reduce(0) { $0 + ($1.severity == .warning ? 1 : 0) } }
}

extension Array where Element == Diagnostic {

    /// Grouped by file, then in line order, so a writer fixes one page at a time.
    public func sortedForDisplay() -> [Diagnostic] {
        // Positions are sorted, not the findings themselves: moving a finding copies its strings.
        indices.sorted { a, b in
            let (x, y) = (self[a], self[b])
            if (x.file ?? "") != (y.file ?? "") { return (x.file ?? "") < (y.file ?? "") }
            if (x.line ?? 0) != (y.line ?? 0) { return (x.line ?? 0) < (y.line ?? 0) }
            if (x.column ?? 0) != (y.column ?? 0) { return (x.column ?? 0) < (y.column ?? 0) }
            return a < b
        }.map { self[$0] }
    }
}

/// Lets a single problem travel in a `Result` from a helper to its stage.
extension Diagnostic: Error {}
