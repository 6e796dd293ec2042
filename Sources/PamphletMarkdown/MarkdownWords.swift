/// The words Pamphlet writes into a page's body for tables, callouts and
/// footnotes, in the page's language (from the theme's `i18n/CODE.yml`).
public struct MarkdownWords: Sendable, Equatable {
    /// Each callout kind's screen-reader prefix ("Warning") and visible heading when the writer gives none.
    public var calloutPrefix: [CalloutKind: String]
    public var calloutHeading: [CalloutKind: String]
    /// The name of a scrolling table without a caption, read by screen readers.
    public var table: String
    /// The heading of the notes list, and the back link's label ("Back to note 1 in the text").
    public var footnotes: String
    public var footnoteBack: String

    public init(
        calloutPrefix: [CalloutKind: String], calloutHeading: [CalloutKind: String], table: String, footnotes: String, footnoteBack: String
    ) {
        self.calloutPrefix = calloutPrefix
        self.calloutHeading = calloutHeading
        self.table = table
        self.footnotes = footnotes
        self.footnoteBack = footnoteBack
    }

    /// The i18n keys these words are read from.
    public static func key(prefixOf kind: CalloutKind) -> String { "callout_" + String(kind.rawValue.map { $0 == "-" ? "_" : $0 }) }
    public static func key(headingOf kind: CalloutKind) -> String { key(prefixOf: kind) + "_heading" }

    /// Reads the words from an i18n table; `fallback` fills what it lacks.
    public init(strings: [String: String], fallback: MarkdownWords = .english) {
        var prefix = fallback.calloutPrefix, heading = fallback.calloutHeading
        for kind in CalloutKind.allCases {
            if let text = strings[Self.key(prefixOf: kind)] { prefix[kind] = text }
            if let text = strings[Self.key(headingOf: kind)] { heading[kind] = text }
        }
        self.init(
            calloutPrefix: prefix, calloutHeading: heading, table: strings["table"] ?? fallback.table,
            footnotes: strings["footnotes"] ?? fallback.footnotes, footnoteBack: strings["footnote_back"] ?? fallback.footnoteBack)
    }

    /// Used where a theme has no words of its own (and by tests).
    public static let english = MarkdownWords(
        calloutPrefix: [
            .note: "Note", .tip: "Tip", .important: "Important", .warning: "Warning", .caution: "Caution",
            .nonUrgent: "Non-urgent advice", .urgent: "Urgent advice", .emergency: "Immediate action required",
        ],
        calloutHeading: [
            .note: "Note", .tip: "Tip", .important: "Important", .warning: "Warning", .caution: "Caution",
            .nonUrgent: "Speak to your doctor if:", .urgent: "Ask for an urgent appointment if:", .emergency: "Call {number} if:",
        ],
        table: "Table", footnotes: "Notes", footnoteBack: "Back to note {number} in the text")
}

/// GitHub's alert kinds and the NHS care-card kinds.
public enum CalloutKind: String, CaseIterable, Sendable {
    case note, tip, important, warning, caution
    case nonUrgent = "non-urgent", urgent, emergency
}

/// Something a page's Markdown gets wrong, found while reading tables,
/// callouts, footnotes and heading ids. The caller turns it into a diagnostic.
public struct MarkdownIssue: Sendable, Equatable {
    public enum Severity: Sendable, Equatable { case warning, error }
    public var severity: Severity
    public var message: String
    /// 1-based, in the text that was parsed.
    public var line: Int
    public var column: Int
    public var code: String

    public init(_ severity: Severity, _ message: String, line: Int, column: Int = 1, code: String) {
        self.severity = severity
        self.message = message
        self.line = line
        self.column = column
        self.code = code
    }
}
