import Foundation

/// Finds the template tags of other generators in a page's Markdown: Hugo's
/// shortcodes (`{{< name >}}`, `{{% name %}}`) and Liquid tags (`{% name %}`,
/// Jekyll's). Pamphlet runs no templates in pages, so each would reach
/// patients as text. Tags in code blocks and code spans are examples in the
/// text and are left alone. Works on bytes, one pass over the page.
public enum ShortcodeScanner {
    public struct Match: Sendable, Equatable {
        /// Byte offsets of the whole tag in the text, `{{<` to `>}}`.
        public var start: Int
        public var end: Int
        /// 1-based line and byte column of the tag's start.
        public var line: Int
        public var column: Int
        /// `{{<`, `{{%` or `{%`.
        public var opener: String
        /// The first word inside: `figure`, `/note`, `ref`.
        public var name: String
        /// Everything between the opener and the closer, trimmed.
        public var inner: String
    }

    /// A quick no for the pages (almost all) with no tag at all: memchr
    /// jumps from one "{" to the next, so a page without one costs one pass in C.
    public static func mayContain(_ text: some StringProtocol) -> Bool {
        let found = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            guard let base = bytes.baseAddress else { return false }
            var offset = 0
            while offset < bytes.count - 1, let hit = memchr(base + offset, Int32(UInt8(ascii: "{")), bytes.count - offset - 1) {
                let index = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                let next = bytes[index + 1]
                if next == UInt8(ascii: "{") || next == UInt8(ascii: "%") { return true }
                offset = index + 1
            }
            return false
        }
        if let found { return found }
        var previous: UInt8 = 0
        for byte in text.utf8 {
            if previous == UInt8(ascii: "{"), byte == UInt8(ascii: "{") || byte == UInt8(ascii: "%") { return true }
            previous = byte
        }
        return false
    }

    public static func scan(_ text: String) -> [Match] {
        guard mayContain(text) else { return [] }
        let bytes = Array(text.utf8)
        var matches: [Match] = []
        var lineStart = 0
        var lineNumber = 1
        var fence: (byte: UInt8, count: Int)?
        var previousBlank = true
        var inIndentedCode = false
        var inList = false
        // Set when a tag or code span runs past the end of its line.
        var resumeAt = 0
        while lineStart < bytes.count {
            var lineEnd = lineStart
            while lineEnd < bytes.count, bytes[lineEnd] != 0x0A { lineEnd += 1 }
            defer {
                lineNumber += 1
                lineStart = lineEnd + 1
            }
            if resumeAt > lineStart {
                // The rest of a paragraph whose tag or code span started above.
                if resumeAt < lineEnd {
                    scanLine(bytes, from: resumeAt, to: lineEnd, line: lineNumber, lineStart: lineStart, resumeAt: &resumeAt, into: &matches)
                }
                previousBlank = false
                continue
            }
            let line = bytes[lineStart..<lineEnd]
            let indent = indentWidth(line)
            let content = line.dropFirst(line.prefix { $0 == 0x20 || $0 == 0x09 }.count)
            let blank = content.isEmpty
            defer { previousBlank = blank }
            if let open = fence {
                if indent < 4, closesFence(content, byte: open.byte, count: open.count) { fence = nil }
            } else if blank {
                // Blank lines keep an indented code block or a list going.
            } else if indent < 4, let opened = opensFence(content) {
                fence = opened
                inIndentedCode = false
            } else if indent >= 4 && !inList && (previousBlank || inIndentedCode) {
                inIndentedCode = true
            } else {
                inIndentedCode = false
                if indent == 0 { inList = startsListItem(content) } else if startsListItem(content) { inList = true }
                scanLine(bytes, from: lineStart, to: lineEnd, line: lineNumber, lineStart: lineStart, resumeAt: &resumeAt, into: &matches)
            }
        }
        return matches
    }

    /// Scans one line (or more, when a tag or code span continues) for tags outside code spans.
    private static func scanLine(
        _ bytes: [UInt8], from start: Int, to end: Int, line: Int, lineStart: Int, resumeAt: inout Int, into matches: inout [Match]
    ) {
        var index = start
        while index < end {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\\") {
                index += 2
                continue
            }
            if byte == UInt8(ascii: "`") {
                var run = 0
                while index + run < bytes.count, bytes[index + run] == UInt8(ascii: "`") { run += 1 }
                if let close = codeSpanEnd(bytes, after: index + run, run: run) {
                    index = close
                    resumeAt = max(resumeAt, close)
                    continue
                }
                index += run
                continue
            }
            if byte == UInt8(ascii: "{"), index + 1 < bytes.count, let (opener, closer) = tagKind(bytes, at: index),
               let close = find(closer, in: bytes, from: index + opener.count, limit: 4_000) {
                let innerBytes = bytes[(index + opener.count)..<close]
                let inner = String(decoding: innerBytes, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
                let visible = inner.hasPrefix("/*") ? String(inner.dropFirst(2)).trimmingCharacters(in: .whitespaces) : inner
                let name = String(visible.prefix { !$0.isWhitespace && $0 != "\"" })
                let tagEnd = close + closer.count
                matches.append(Match(
                    start: index, end: tagEnd, line: line, column: index - lineStart + 1,
                    opener: String(decoding: opener, as: UTF8.self), name: name, inner: inner))
                index = tagEnd
                resumeAt = max(resumeAt, tagEnd)
                continue
            }
            index += 1
        }
    }

    private static let hugoAngle: ([UInt8], [UInt8]) = (Array("{{<".utf8), Array(">}}".utf8))
    private static let hugoPercent: ([UInt8], [UInt8]) = (Array("{{%".utf8), Array("%}}".utf8))
    private static let liquid: ([UInt8], [UInt8]) = (Array("{%".utf8), Array("%}".utf8))

    private static func tagKind(_ bytes: [UInt8], at index: Int) -> ([UInt8], [UInt8])? {
        for kind in [hugoAngle, hugoPercent, liquid] where bytes[index...].starts(with: kind.0) { return kind }
        return nil
    }

    private static func find(_ needle: [UInt8], in bytes: [UInt8], from start: Int, limit: Int) -> Int? {
        var index = start
        let last = min(bytes.count - needle.count, start + limit)
        while index <= last {
            if bytes[index] == needle[0], bytes[index...].starts(with: needle) { return index }
            // A blank line ends the paragraph a tag could be in.
            if bytes[index] == 0x0A, index + 1 < bytes.count, bytes[index + 1] == 0x0A { return nil }
            index += 1
        }
        return nil
    }

    /// Where a code span opened by `run` backticks ends (after its closing run), within its paragraph.
    private static func codeSpanEnd(_ bytes: [UInt8], after start: Int, run: Int) -> Int? {
        var index = start
        while index < bytes.count {
            if bytes[index] == 0x0A, index + 1 < bytes.count, bytes[index + 1] == 0x0A { return nil }
            if bytes[index] == UInt8(ascii: "`") {
                var count = 0
                while index + count < bytes.count, bytes[index + count] == UInt8(ascii: "`") { count += 1 }
                if count == run { return index + count }
                index += count
                continue
            }
            index += 1
        }
        return nil
    }

    private static func indentWidth(_ line: ArraySlice<UInt8>) -> Int {
        var width = 0
        for byte in line {
            if byte == 0x20 { width += 1 } else if byte == 0x09 { width += 4 - width % 4 } else { break }
        }
        return width
    }

    private static func opensFence(_ content: ArraySlice<UInt8>) -> (byte: UInt8, count: Int)? {
        guard let first = content.first, first == UInt8(ascii: "`") || first == UInt8(ascii: "~") else { return nil }
        let count = content.prefix { $0 == first }.count
        guard count >= 3 else { return nil }
        // A backtick fence's info string has no backtick.
        if first == UInt8(ascii: "`"), content.dropFirst(count).contains(UInt8(ascii: "`")) { return nil }
        return (first, count)
    }

    private static func closesFence(_ content: ArraySlice<UInt8>, byte: UInt8, count: Int) -> Bool {
        let run = content.prefix { $0 == byte }.count
        return run >= count && content.dropFirst(run).allSatisfy { $0 == 0x20 || $0 == 0x09 }
    }

    private static func startsListItem(_ content: ArraySlice<UInt8>) -> Bool {
        guard let first = content.first else { return false }
        if [UInt8(ascii: "-"), UInt8(ascii: "*"), UInt8(ascii: "+")].contains(first) {
            return content.count == 1 || content.dropFirst().first == 0x20 || content.dropFirst().first == 0x09
        }
        let digits = content.prefix { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }.count
        guard (1...9).contains(digits) else { return false }
        let after = content.dropFirst(digits)
        guard let mark = after.first, mark == UInt8(ascii: ".") || mark == UInt8(ascii: ")") else { return false }
        return after.count == 1 || after.dropFirst().first == 0x20
    }
}

extension ShortcodeScanner {
    /// One warning per tag, at its line: Pamphlet would print it as it is.
    static func warnings(in body: Substring, firstLine: Int, file: String) -> [Diagnostic] {
        guard mayContain(body) else { return [] }
        return scan(String(body)).map { match in
            let tag = match.opener + " " + match.inner + " " + closer(of: match.opener)
            let shown = tag.count > 80 ? String(tag.prefix(77)) + "…" : tag
            let generator = match.opener == "{%" ? "a Liquid tag (Jekyll)" : "a Hugo shortcode"
            return .warning(
                "'\(shown)' is \(generator), which Pamphlet does not run, so patients would see it as text; "
                    + "write it as Markdown (a link, an image, a callout) or remove it "
                    + "('pamphlet import' converts Hugo's ref, relref and figure when it brings a site over)",
                file: file, line: firstLine + match.line - 1, column: match.column, code: "shortcode")
        }
    }

    static func closer(of opener: String) -> String {
        switch opener {
        case "{{<": return ">}}"
        case "{{%": return "%}}"
        default: return "%}"
        }
    }
}
