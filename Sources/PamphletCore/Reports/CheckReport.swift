import Foundation

/// The findings and per-page figures of `pamphlet check`, for CI (JSON) and
/// for content leads (a self-contained HTML dashboard).
public struct CheckReport: Sendable, Codable {
    public struct Finding: Sendable, Codable, Equatable {
        public var severity: String
        public var code: String
        public var file: String?
        public var line: Int?
        public var column: Int?
        public var message: String
    }

    public struct Summary: Sendable, Codable, Equatable {
        public var pages: Int
        public var errors: Int
        public var warnings: Int
        public var today: String
        /// Pages left out of the build on `today`.
        public var drafts = 0
        public var scheduled = 0
        public var expired = 0
    }

    public var summary: Summary
    public var findings: [Finding]
    public var pages: [PageHealth]

    public init(result: BuildResult, today: CalendarDate) {
        let diagnostics = result.diagnostics.sortedForDisplay()
        summary = Summary(
            pages: result.health.count, errors: diagnostics.errorCount, warnings: diagnostics.warningCount, today: today.iso)
        findings = diagnostics.map {
            Finding(severity: $0.severity.rawValue, code: $0.code, file: $0.file, line: $0.line, column: $0.column, message: $0.message)
        }
        // Pages left out are listed too, so a content lead sees what is waiting or taken down.
        pages = (result.health + result.unpublished).sorted { $0.file < $1.file }
        summary.drafts = result.unpublished.filter(\.draft).count
        summary.scheduled = result.unpublished.filter(\.scheduled).count
        summary.expired = result.unpublished.filter(\.expired).count
    }

    public func json() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        return String(decoding: try encoder.encode(self), as: UTF8.self) + "\n"
    }
}
