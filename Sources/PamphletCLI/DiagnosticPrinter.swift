import Foundation
import PamphletCore

/// Prints diagnostics compiler style, grouped by file, on standard error.
enum DiagnosticPrinter {
    static func print(_ diagnostics: [Diagnostic]) {
        // Written in large pieces, not a line at a time: a site with 10,000
        // findings waited for 10,000 writes after its build was done.
        var text = ""
        // Each finding read in place (`diagnostics[index]` copied it to describe it).
        diagnostics.withUnsafeBufferPointer { findings in
            for index in diagnostics.displayOrder() {
                text += findings[index].description
                text += "\n"
                if text.utf8.count >= 1 << 16 {
                    FileHandle.standardError.write(Data(text.utf8))
                    text = ""
                }
            }
        }
        if !text.isEmpty { FileHandle.standardError.write(Data(text.utf8)) }
    }

    static func plural(_ count: Int, _ word: String) -> String {
        "\(count) \(word)\(count == 1 ? "" : "s")"
    }
}
