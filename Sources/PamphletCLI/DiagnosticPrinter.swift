import Foundation
import PamphletCore

/// Prints diagnostics compiler style, grouped by file, on standard error.
enum DiagnosticPrinter {
    static func print(_ diagnostics: [Diagnostic]) {
        for diagnostic in diagnostics.sortedForDisplay() {
            FileHandle.standardError.write(Data((diagnostic.description + "\n").utf8))
        }
    }

    static func plural(_ count: Int, _ word: String) -> String {
        "\(count) \(word)\(count == 1 ? "" : "s")"
    }
}
