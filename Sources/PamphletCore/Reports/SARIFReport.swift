import Foundation

/// `check --format sarif`: the findings as SARIF 2.1.0, the format GitHub
/// code scanning and other code-scanning tools read. One rule per check code.
public struct SARIFReport: Encodable {
    static let schema = "https://json.schemastore.org/sarif-2.1.0.json"

    let schemaURI = Self.schema
    let version = "2.1.0"
    let runs: [Run]

    /// `pathPrefix` is the site folder from the repository root ("" or
    /// "site/"); `siteFile` stands for findings about the whole site.
    public init(_ diagnostics: [Diagnostic], pathPrefix: String, siteFile: String = "site.yml") {
        let sorted = diagnostics.sortedForDisplay()
        var codes: [String] = []
        for diagnostic in sorted where !codes.contains(diagnostic.code) { codes.append(diagnostic.code) }
        let results = sorted.map { diagnostic in
            Result(
                ruleId: diagnostic.code, ruleIndex: codes.firstIndex(of: diagnostic.code) ?? 0,
                level: Self.level(diagnostic.severity), message: Message(text: diagnostic.message),
                locations: [Location(physicalLocation: PhysicalLocation(
                    artifactLocation: ArtifactLocation(uri: Self.uri(pathPrefix + (diagnostic.file ?? siteFile))),
                    // SARIF counts lines from 1; a finding without one is about the whole file.
                    region: Region(startLine: max(diagnostic.line ?? 1, 1), startColumn: diagnostic.column.flatMap { $0 > 0 ? $0 : nil })))])
        }
        let rules = codes.map { Rule(id: $0, name: $0, shortDescription: Message(text: "Pamphlet check '\($0)'")) }
        runs = [Run(tool: Tool(driver: Driver(rules: rules)), results: results)]
    }

    public func json() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(self), as: UTF8.self) + "\n"
    }

    static func level(_ severity: Diagnostic.Severity) -> String {
        switch severity {
        case .error: return "error"
        case .warning: return "warning"
        case .note: return "note"
        }
    }

    /// A relative URI reference: each path segment percent-encoded.
    static func uri(_ path: String) -> String {
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: ";?#[]@!$&'()*+,=:")
        return path.addingPercentEncoding(withAllowedCharacters: allowed) ?? path
    }

    enum CodingKeys: String, CodingKey {
        case schemaURI = "$schema", version, runs
    }

    struct Run: Encodable {
        let tool: Tool
        let results: [Result]
    }

    struct Tool: Encodable {
        let driver: Driver
    }

    struct Driver: Encodable {
        let name = "Pamphlet"
        let rules: [Rule]
    }

    struct Rule: Encodable {
        let id: String
        let name: String
        let shortDescription: Message
    }

    struct Result: Encodable {
        let ruleId: String
        let ruleIndex: Int
        let level: String
        let message: Message
        let locations: [Location]
    }

    struct Message: Encodable {
        let text: String
    }

    struct Location: Encodable {
        let physicalLocation: PhysicalLocation
    }

    struct PhysicalLocation: Encodable {
        let artifactLocation: ArtifactLocation
        let region: Region
    }

    struct ArtifactLocation: Encodable {
        let uri: String
    }

    struct Region: Encodable {
        let startLine: Int
        let startColumn: Int?
    }
}
