import Foundation

/// `check --format github`: one GitHub Actions workflow command per finding
/// (`::error file=content/a.md,line=3,col=5,title=broken-link::message`),
/// which the Actions runner shows beside the line in a pull request.
public enum GitHubAnnotations {
    /// `pathPrefix` is the site folder from the repository root ("" or "site/"),
    /// since GitHub places annotations by paths from the repository's root.
    public static func lines(_ diagnostics: [Diagnostic], pathPrefix: String) -> [String] {
        diagnostics.sortedForDisplay().map { line($0, pathPrefix: pathPrefix) }
    }

    static func line(_ diagnostic: Diagnostic, pathPrefix: String) -> String {
        var properties: [String] = []
        if let file = diagnostic.file {
            properties.append("file=" + property(pathPrefix + file))
            if let line = diagnostic.line, line > 0 {
                properties.append("line=\(line)")
                if let column = diagnostic.column, column > 0 { properties.append("col=\(column)") }
            }
        }
        properties.append("title=" + property("Pamphlet: " + diagnostic.code))
        return "::\(command(diagnostic.severity)) \(properties.joined(separator: ","))::\(data(diagnostic.message))"
    }

    static func command(_ severity: Diagnostic.Severity) -> String {
        switch severity {
        case .error: return "error"
        case .warning: return "warning"
        case .note: return "notice"
        }
    }

    /// The runner's escaping of a message: %, CR and LF.
    static func data(_ text: String) -> String {
        var escaped = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "%": escaped += "%25"
            case "\r": escaped += "%0D"
            case "\n": escaped += "%0A"
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped
    }

    /// A property's value also escapes the : and , that separate properties.
    static func property(_ text: String) -> String {
        data(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }
}
