import Foundation

/// WCAG 2.1 problems that can be seen in the Markdown itself: images without
/// alt text, headings out of order, links that say nothing out of context.
struct AccessibilityCheck: ContentCheck {
    static let codes = ["alt-missing", "alt-text", "heading-order", "heading-level-1", "link-text", "link-empty"]

    /// Link text that means nothing when a screen reader lists the links.
    static let vagueLinkText: Set<String> = [
        "click here", "here", "read more", "more", "this page", "this link", "link", "learn more", "click",
        "go here", "this", "page", "more info", "more information", "details", "continue", "see here",
    ]
    static let imageExtensions = ["png", "jpg", "jpeg", "gif", "svg", "webp", "avif", "bmp", "tif", "tiff"]

    func check(_ input: CheckInput) -> [Diagnostic] {
        let page = input.page
        guard page.hasSourceFile else { return [] }
        var findings: [Diagnostic] = []
        for link in page.rendered.links where !link.isRawHTML {
            let line = link.position.line, column = link.position.column
            let text = Self.trimmed(link.text)
            switch link.kind {
            case .image:
                if text.isEmpty {
                    findings.append(.error(
                        "the image '\(link.destination)' has no alt text; describe what it shows inside the brackets: ![A cell and its nucleus](\(link.destination))",
                        file: page.source, line: line, column: column, code: "alt-missing"))
                } else if Self.looksLikeFileName(text) {
                    findings.append(.warning(
                        "the alt text '\(text)' is a file name; describe what the image shows",
                        file: page.source, line: line, column: column, code: "alt-text"))
                } else if let phrase = Self.redundantImagePhrase(text) {
                    findings.append(.warning(
                        "the alt text starts with '\(phrase)'; screen readers already say it is an image, so describe what it shows",
                        file: page.source, line: line, column: column, code: "alt-text"))
                }
            case .link:
                if text.isEmpty {
                    findings.append(.error(
                        "the link to '\(link.destination)' has no text; write what it leads to inside the brackets",
                        file: page.source, line: line, column: column, code: "link-empty"))
                } else if link.destination.isEmpty {
                    findings.append(.error(
                        "the link '\(text)' has no address; put it inside the parentheses",
                        file: page.source, line: line, column: column, code: "link-empty"))
                } else if Self.mayBeVague(text), Self.vagueLinkText.contains(Self.normalized(text)) {
                    findings.append(.warning(
                        "the link text '\(text)' says nothing out of context; name where it leads, such as 'genetic testing'",
                        file: page.source, line: line, column: column, code: "link-text"))
                } else if Self.isBareURL(text) {
                    findings.append(.warning(
                        "the link text is a bare address; write the name of the page or site instead",
                        file: page.source, line: line, column: column, code: "link-text"))
                }
            }
        }
        var previousLevel = 1
        for heading in page.rendered.headings {
            if heading.level == 1 {
                findings.append(.warning(
                    "a level-1 heading ('# \(heading.title)') inside the page; the title is the page's only level-1 heading, so start at '##'",
                    file: page.source, line: heading.line, column: 1, code: "heading-level-1"))
            } else if heading.level > previousLevel + 1 {
                findings.append(.warning(
                    "the heading '\(heading.title)' is level \(heading.level) after level \(previousLevel); do not skip levels (use \(String(repeating: "#", count: previousLevel + 1)))",
                    file: page.source, line: heading.line, column: 1, code: "heading-order"))
            }
            previousLevel = heading.level
        }
        return findings
    }

    /// Made once: building the union took more time than the rest of the check.
    private static let punctuationAndSpaces = CharacterSet.punctuationCharacters.union(.whitespaces)

    /// False when `text` has more ASCII letters and digits than any vague
    /// phrase: normalizing never removes those, so it cannot match. Most link
    /// text is long enough to skip normalizing, which every link paid for.
    static func mayBeVague(_ text: String) -> Bool {
        let longest = longestVagueLetters
        var text = text
        // The bytes in place: the UTF-8 view's iterator cost several times more.
        return text.withUTF8 { bytes in
            var count = 0
            for byte in bytes where (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A) {
                count += 1
                if count > longest { return false }
            }
            return true
        }
    }

    private static let longestVagueLetters = vagueLinkText.map { $0.utf8.filter { $0 != UInt8(ascii: " ") }.count }.max() ?? 0

    static func normalized(_ text: String) -> String {
        normalizedASCII(text) ?? normalizedByFoundation(text)
    }

    static func normalizedByFoundation(_ text: String) -> String {
        text.lowercased().trimmingCharacters(in: punctuationAndSpaces)
            .split(separator: " ").joined(separator: " ")
    }

    /// `normalizedByFoundation` of ASCII text, byte by byte (lowercasing
    /// ASCII is per byte, and which bytes are trimmed is asked of the same
    /// set once); nil when a byte is not ASCII.
    static func normalizedASCII(_ text: String) -> String? {
        var text = text
        return text.withUTF8 { bytes -> String? in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
            var start = 0, end = bytes.count
            while start < end, asciiTrimmed[Int(bytes[start])] { start += 1 }
            while start < end, asciiTrimmed[Int(bytes[end - 1])] { end -= 1 }
            var result: [UInt8] = []
            result.reserveCapacity(end - start)
            var space = false
            for byte in bytes[start..<end] {
                if byte == 0x20 {
                    space = !result.isEmpty
                } else {
                    if space { result.append(0x20) }
                    space = false
                    result.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
                }
            }
            return String(decoding: result, as: UTF8.self)
        }
    }

    /// Per ASCII byte, whether `punctuationAndSpaces` holds it.
    private static let asciiTrimmed: [Bool] = (0..<128).map { punctuationAndSpaces.contains(Unicode.Scalar(UInt8($0))) }

    static func looksLikeFileName(_ text: String) -> Bool {
        let ext = text.fileExtension.lowercased()
        return !text.contains(" ") && imageExtensions.contains(ext)
            || mayStartLikeCameraName(text)
            && text.range(of: #"^(img|image|dsc|photo|screenshot)[-_ ]?\d+"#, options: [.regularExpression, .caseInsensitive]) != nil
    }

    /// False when the text cannot match the camera-name pattern: it starts
    /// with an ASCII character other than i, d, p or s in either case (the
    /// only characters that match those letters regardless of case are
    /// themselves and non-ASCII ones such as the long s). The regular
    /// expression cost more than the rest of the check.
    static func mayStartLikeCameraName(_ text: String) -> Bool {
        guard let first = text.utf8.first else { return false }
        switch first | 0x20 {
        case UInt8(ascii: "i"), UInt8(ascii: "d"), UInt8(ascii: "p"), UInt8(ascii: "s"): return true
        default: return first >= 0x80
        }
    }

    /// `text.trimmingCharacters(in: .whitespacesAndNewlines)`, with ASCII
    /// ends trimmed by their bytes (Foundation builds that set anew at every
    /// use, and link text is trimmed for every link of every page).
    static func trimmed(_ text: String) -> String {
        let utf8 = text.utf8
        func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) }
        var start = utf8.startIndex, end = utf8.endIndex
        while start < end, isSpace(utf8[start]) { start = utf8.index(after: start) }
        while start < end, isSpace(utf8[utf8.index(before: end)]) { end = utf8.index(before: end) }
        guard start == end || (utf8[start] < 0x80 && utf8[utf8.index(before: end)] < 0x80) else {
            return text.trimmingCharacters(in: whitespacesAndNewlines)
        }
        // Most link text has nothing to trim: the same String, not a copy.
        if start == utf8.startIndex && end == utf8.endIndex { return text }
        return String(text[start..<end])
    }

    private static let whitespacesAndNewlines = CharacterSet.whitespacesAndNewlines

    static func redundantImagePhrase(_ text: String) -> String? {
        let lower = text.lowercased()
        for phrase in ["image of", "picture of", "photo of", "graphic of", "an image of", "a picture of", "a photo of", "image", "picture"]
        where lower.hasPrefix(phrase + " ") || lower == phrase {
            return String(text.prefix(phrase.count))
        }
        return nil
    }

    static func isBareURL(_ text: String) -> Bool {
        if let answer = isBareASCIIURL(text) { return answer }
        let lower = text.lowercased()
        return lower.hasPrefix("http://") || lower.hasPrefix("https://") || lower.hasPrefix("www.")
    }

    /// `isBareURL` read from the first nine bytes when they are ASCII (or the
    /// whole text is): lowercasing them is per byte, and no character after a
    /// prefix can join its last one. Nil otherwise. Every link's text is asked.
    static func isBareASCIIURL(_ text: String) -> Bool? {
        var text = text
        return text.withUTF8 { bytes -> Bool? in
            let head = bytes.prefix(9)
            guard head.allSatisfy({ $0 < 0x80 }) else { return nil }
            func starts(_ prefix: StaticString) -> Bool {
                let count = prefix.utf8CodeUnitCount
                guard head.count >= count else { return false }
                for i in 0..<count {
                    let byte: UInt8 = head[i]
                    let lower: UInt8 = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
                    if lower != prefix.utf8Start[i] { return false }
                }
                return true
            }
            return starts("http://") || starts("https://") || starts("www.")
        }
    }
}
