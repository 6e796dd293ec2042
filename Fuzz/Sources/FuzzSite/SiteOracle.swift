import Foundation
import PamphletCore

/// What must hold after any build, whatever the input: findings that a
/// writer can act on, and pages where no text from the input became markup.
enum SiteOracle {
    /// The fuzzing dictionary (Fuzz/dictionaries) offers these marker names;
    /// they must never appear as a tag or as an attribute in what was written.
    static let marker = "x-pwn"

    static func check(_ result: BuildResult, output: URL, rawHTMLAllowed: Bool) {
        for diagnostic in result.diagnostics {
            require(!diagnostic.message.isEmpty && !diagnostic.code.isEmpty, "a finding without message or code: \(diagnostic)")
            require(diagnostic.code != "internal", "an internal error reached the writer: \(diagnostic)")
        }
        guard result.wroteOutput, !rawHTMLAllowed else { return }
        let files = FileManager.default.enumerator(atPath: output.path)
        while let relative = files?.nextObject() as? String {
            guard relative.hasSuffix(".html") || relative.hasSuffix(".xml") else { continue }
            guard let data = FileManager.default.contents(atPath: output.appendingPathComponent(relative).path) else { continue }
            checkMarkup(Array(data), file: relative)
        }
    }

    /// No `<x-pwn` tag, and no `x-pwn` attribute: an occurrence inside a tag,
    /// outside a quoted value, after a space or quote.
    static func checkMarkup(_ bytes: [UInt8], file: String) {
        let name = Array(marker.utf8)
        var tagStart: Int?
        var quote: UInt8?
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if let open = quote {
                if byte == open { quote = nil }
            } else if tagStart != nil {
                if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                    quote = byte
                } else if byte == UInt8(ascii: ">") {
                    tagStart = nil
                } else if bytes[index...].starts(with: name), index > 0,
                          [UInt8(ascii: " "), UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "/"), 0x09, 0x0A].contains(bytes[index - 1]) {
                    fail("\(file): the input made an attribute: \(excerpt(bytes, at: index))")
                }
            } else if byte == UInt8(ascii: "<") {
                if bytes[(index + 1)...].starts(with: name) {
                    fail("\(file): the input made a tag: \(excerpt(bytes, at: index))")
                }
                // Script and style content is not markup; JSON-LD is checked by its own escaping.
                if let end = rawTextEnd(bytes, from: index) {
                    index = end
                    continue
                }
                tagStart = index
            }
            index += 1
        }
    }

    /// After `<script ...>...</script>` (or style), the index past it.
    private static func rawTextEnd(_ bytes: [UInt8], from index: Int) -> Int? {
        for element in ["script", "style"] {
            guard bytes[(index + 1)...].starts(with: element.utf8) else { continue }
            let closing = Array("</\(element)>".utf8)
            var cursor = index + 1
            while cursor + closing.count <= bytes.count {
                if bytes[cursor...].starts(with: closing) { return cursor + closing.count }
                cursor += 1
            }
            return bytes.count
        }
        return nil
    }

    private static func excerpt(_ bytes: [UInt8], at index: Int) -> String {
        String(decoding: bytes[max(0, index - 80)..<min(bytes.count, index + 40)], as: UTF8.self)
    }

    static func require(_ condition: Bool, _ message: @autoclosure () -> String) {
        if !condition { fail(message()) }
    }

    static func fail(_ message: String) -> Never {
        FileHandle.standardError.write(Data("FUZZ FINDING: \(message)\n".utf8))
        abort()
    }
}
