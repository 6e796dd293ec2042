import Foundation
import PamphletCore

/// Rewrites a page's Markdown: links to old addresses become links to the
/// `.md` files, and the shortcodes it knows become Markdown. Code blocks and
/// code spans are examples and stay exactly as they are.
struct BodyConversion {
    let targets: LinkTargets
    let page: ImportPlan.PlannedPage
    let file: String
    let firstLine: Int
    /// The old site's link render hook, whose own destination words (`g`) are made into links or text.
    var hook: LinkRenderHook?
    var findings: [ImportReport.Finding] = []
    var hookLinks: [ImportReport.HookLink] = []

    init(targets: LinkTargets, page: ImportPlan.PlannedPage, file: String, firstLine: Int, hook: LinkRenderHook? = nil) {
        self.targets = targets
        self.page = page
        self.file = file
        self.firstLine = firstLine
        self.hook = hook
    }

    mutating func convert(_ body: String) -> String {
        convertShortcodes(rewriteLinks(body))
    }

    // MARK: Links

    /// Markdown links and images `](dest)`, reference definitions `[x]: dest`,
    /// and `href`/`src` in raw HTML, outside code. Line breaks are never
    /// added or removed, so lines in the report are the old file's.
    mutating func rewriteLinks(_ body: String) -> String {
        var output = ""
        output.reserveCapacity(body.utf8.count)
        var fence: Character?
        // An indented line is code only after a blank line or more code: after text or raw HTML it goes on with that block.
        var afterBlank = true, inCode = false
        for (number, rawLine) in body.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if number > 0 { output += "\n" }
            let line = String(rawLine)
            let wasAfterBlank = afterBlank
            afterBlank = line.allSatisfy { $0 == " " || $0 == "\t" }
            if afterBlank {
                output += line
                continue
            }
            let trimmed = line.drop { $0 == " " }
            if let open = fence {
                if trimmed.hasPrefix(String(repeating: open, count: 3)) { fence = nil }
                output += line
                continue
            }
            if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
                fence = trimmed.first
                output += line
                continue
            }
            if (line.hasPrefix("    ") || line.hasPrefix("\t")) && (wasAfterBlank || inCode) {
                // Perhaps an indented code block: links there are left alone.
                inCode = true
                output += line
                continue
            }
            inCode = false
            output += rewriteLine(line, lineNumber: firstLine + number)
        }
        return output
    }

    private mutating func rewriteLine(_ line: String, lineNumber: Int) -> String {
        var result = ""
        var rest = Substring(line)
        // A reference definition: `[label]: destination`.
        if let match = Self.referenceDefinition(rest) {
            result += rest[..<match.lowerBound]
            result += replacement(String(rest[match]), lineNumber: lineNumber)
            rest = rest[match.upperBound...]
        }
        while !rest.isEmpty {
            guard let next = rest.firstIndex(where: { $0 == "`" || $0 == "]" || $0 == "=" }) else { break }
            result += rest[..<next]
            rest = rest[next...]
            if rest.first == "`" {
                let run = rest.prefix { $0 == "`" }
                let after = rest.dropFirst(run.count)
                if let close = after.range(of: String(run)) {
                    result += rest[..<close.upperBound]
                    rest = rest[close.upperBound...]
                } else {
                    result += run
                    rest = after
                }
                continue
            }
            if rest.hasPrefix("]("), let hook, let converted = hookLink(&result, &rest, hook: hook, lineNumber: lineNumber) {
                result += converted
                continue
            }
            if rest.hasPrefix("](") {
                result += "]("
                rest = rest.dropFirst(2)
                let spaces = rest.prefix { $0 == " " }
                result += spaces
                rest = rest.dropFirst(spaces.count)
                let destination: Substring
                if rest.first == "<", let close = rest.firstIndex(of: ">") {
                    result += "<"
                    destination = rest[rest.index(after: rest.startIndex)..<close]
                    result += replacement(String(destination), lineNumber: lineNumber)
                    rest = rest[close...]
                } else {
                    var depth = 0
                    let end = rest.firstIndex { character in
                        if character == "(" { depth += 1 }
                        if character == ")" { if depth == 0 { return true }; depth -= 1 }
                        return character == " "
                    } ?? rest.endIndex
                    destination = rest[..<end]
                    result += replacement(String(destination), lineNumber: lineNumber)
                    rest = rest[end...]
                }
                continue
            }
            if rest.first == "=", let attribute = Self.htmlAttribute(before: result), let quote = rest.dropFirst().first, quote == "\"" || quote == "'" {
                _ = attribute
                let valueStart = rest.index(rest.startIndex, offsetBy: 2)
                if let close = rest[valueStart...].firstIndex(of: quote) {
                    result += "=" + String(quote)
                    result += replacement(String(rest[valueStart..<close]), lineNumber: lineNumber)
                    rest = rest[close...]
                    continue
                }
            }
            result += rest.prefix(1)
            rest = rest.dropFirst()
        }
        return result + rest
    }

    /// `[words](g)`, where `g` is a word of the old site's render hook: a link
    /// to the page the words name, or the words alone. `rest` starts at `](`;
    /// nil leaves the link to the usual rewriting.
    private mutating func hookLink(_ result: inout String, _ rest: inout Substring, hook: LinkRenderHook, lineNumber: Int) -> String? {
        let after = rest.dropFirst(2)
        guard let close = after.firstIndex(of: ")") else { return nil }
        let destination = String(after[..<close])
        guard hook.handles(destination), case .unknown = targets.resolve(destination, from: page),
              let open = Self.linkTextStart(in: result) else { return nil }
        let text = String(result[result.index(after: open)...])
        rest = after[after.index(after: close)...]
        if let target = hook.page(for: text, destination: destination, plan: targets.plan) {
            let link = target.relative(fromFolder: page.destination.parentFolder)
            hookLinks.append(.init(destination: destination, file: file, line: lineNumber, text: text, page: target))
            return "](" + (link.addingPercentEncoding(withAllowedCharacters: LinkTargets.pathCharacters) ?? link) + ")"
        }
        hookLinks.append(.init(destination: destination, file: file, line: lineNumber, text: text, page: nil))
        result.remove(at: open)
        return ""
    }

    /// Where the `[` of the link text that `text` ends with is, brackets inside it matched.
    static func linkTextStart(in text: String) -> String.Index? {
        var depth = 0
        var index = text.endIndex
        while index > text.startIndex {
            index = text.index(before: index)
            let character = text[index]
            if character == "]" { depth += 1 }
            if character == "[" {
                if depth == 0 { return index > text.startIndex && text[text.index(before: index)] == "!" ? nil : index }
                depth -= 1
            }
        }
        return nil
    }

    private mutating func replacement(_ written: String, lineNumber: Int) -> String {
        // Jekyll's `{{ '/law/' | relative_url }}` and `{{ site.baseurl }}/law/` are the address /law/.
        let destination = Self.liquidAddress(written) ?? written
        switch targets.resolve(destination, from: page) {
        case .unchanged: return destination
        case let .rewritten(link): return link
        case let .unknown(path):
            findings.append(.init(file: file, line: lineNumber, message: "the link '\(destination)' leads to \(path), which is not a page or file of the imported site; point it at a page or another site, or remove it"))
            return destination
        }
    }

    /// The address a Jekyll template wrote with its URL filters or `site.baseurl`; nil for anything else.
    static func liquidAddress(_ destination: String) -> String? {
        let trimmed = destination.trimmingCharacters(in: .whitespaces)
        guard trimmed.hasPrefix("{{") else { return nil }
        if let match = trimmed.wholeMatch(of: /\{\{-?\s*(['"])([^'"]*)['"]\s*\|\s*(?:relative_url|absolute_url)\s*-?\}\}(.*)/) {
            return String(match.2) + match.3
        }
        if let match = trimmed.wholeMatch(of: /(?:\{\{-?\s*site\.(?:baseurl|url)\s*-?\}\})+(\/.*)?/) {
            return match.1.map(String.init) ?? "/"
        }
        return nil
    }

    /// The range of the destination of `[label]: destination` at the start of a line.
    static func referenceDefinition(_ line: Substring) -> Range<Substring.Index>? {
        let start = line.drop { $0 == " " }
        guard line.count - start.count <= 3, start.first == "[", !start.hasPrefix("[^"),
              let close = start.range(of: "]:") else { return nil }
        let after = start[close.upperBound...]
        let destination = after.drop { $0 == " " }
        guard !destination.isEmpty else { return nil }
        var end = destination.firstIndex(of: " ") ?? destination.endIndex
        var begin = destination.startIndex
        if destination.first == "<", let angle = destination.firstIndex(of: ">") {
            begin = destination.index(after: begin)
            end = angle
        }
        return begin..<end
    }

    /// `href` or `src` just before an `=` inside a tag.
    static func htmlAttribute(before text: String) -> String? {
        for name in ["href", "src"] where text.lowercased().hasSuffix(" " + name) || text.lowercased().hasSuffix("\t" + name) {
            guard let open = text.lastIndex(of: "<"), text[open...].firstIndex(of: ">") == nil else { return nil }
            return name
        }
        return nil
    }

    // MARK: Shortcodes

    mutating func convertShortcodes(_ body: String) -> String {
        let matches = ShortcodeScanner.scan(body)
        guard !matches.isEmpty else { return body }
        let bytes = Array(body.utf8)
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var position = 0
        var skipUntil = 0
        for (number, match) in matches.enumerated() {
            // Tags inside a converted `highlight` block were copied with it.
            if match.start < skipUntil { continue }
            if match.opener != "{%", ShortcodeArguments(match.inner).name == "highlight",
               let close = matches[(number + 1)...].first(where: { ShortcodeArguments($0.inner).name == "/highlight" }) {
                // Hugo's `highlight` is a fenced code block: its text is kept exactly.
                output += bytes[position..<match.start]
                let language = ShortcodeArguments(match.inner).positional.first ?? ""
                var code = Array(bytes[match.end..<close.start])
                if code.first == 0x0A { code.removeFirst() }
                if code.last != 0x0A { code.append(0x0A) }
                output += Array("```\(language)\n".utf8) + code + Array("```".utf8)
                position = close.end
                skipUntil = close.end
                continue
            }
            output += bytes[position..<match.start]
            let original = String(decoding: bytes[match.start..<match.end], as: UTF8.self)
            let line = firstLine + match.line - 1
            if let converted = convert(match, line: line) {
                output += Array(converted.utf8)
            } else {
                output += Array(original.utf8)
                let tag = original.count > 100 ? String(original.prefix(97)) + "…" : original
                findings.append(.init(file: file, line: line, message: "the \(match.opener == "{%" ? "Liquid tag" : "shortcode") `\(tag.replacingOccurrences(of: "\n", with: " "))` was left as it is: Pamphlet does not run it; write what it showed in Markdown, or remove it"))
            }
            position = match.end
        }
        output += bytes[position...]
        return String(decoding: output, as: UTF8.self)
    }

    /// Markdown for the shortcodes Pamphlet knows; nil for the others.
    private mutating func convert(_ match: ShortcodeScanner.Match, line: Int) -> String? {
        let arguments = ShortcodeArguments(match.inner)
        switch (match.opener, arguments.name) {
        case ("{{<", "ref"), ("{{<", "relref"), ("{{%", "ref"), ("{{%", "relref"):
            guard let path = arguments.positional.first ?? arguments.named["path"] else { return nil }
            return reference(path, line: line)
        case ("{%", "link"):
            guard let path = arguments.positional.first else { return nil }
            return reference("/" + path, line: line)
        case ("{%", "post_url"):
            guard let name = arguments.positional.first, let found = targets.plan.pageBySource["_posts/" + name + ".md"] else { return nil }
            return found.relative(fromFolder: page.destination.parentFolder)
        case ("{{<", "figure"), ("{{%", "figure"):
            return figure(arguments, line: line)
        case ("{{<", "youtube"), ("{{<", "vimeo"):
            // A link, not an embedded player: it works on every phone and on paper.
            guard let id = arguments.named["id"] ?? arguments.positional.first, !id.isEmpty else { return nil }
            let address = arguments.name == "youtube" ? "https://www.youtube.com/watch?v=" + id : "https://vimeo.com/" + id
            let title = arguments.named["title"].map { "Watch the video: " + $0 } ?? "Watch the video"
            findings.append(.init(file: file, line: line, message: "the \(arguments.name) video is now a link ([\(title)](\(address))); say what the video shows, for people who cannot watch it"))
            return "[" + title + "](" + address + ")"
        default:
            return nil
        }
    }

    /// Hugo's `ref "other.md#part"`: the page's path from this one, or its
    /// file name alone (`ref "other"`), which Hugo looks up in the whole site.
    private mutating func reference(_ written: String, line: Int) -> String? {
        let cut = written.firstIndex(of: "#") ?? written.endIndex
        let path = String(written[..<cut])
        let fragment = String(written[cut...])
        if path.isEmpty { return fragment }
        let withExtension = (path as NSString).pathExtension.isEmpty ? path + ".md" : path
        var found: String?
        for candidate in [withExtension, (path.hasSuffix("/") ? path : path + "/") + "_index.md", (path.hasSuffix("/") ? path : path + "/") + "index.md"] {
            let relative = candidate.hasPrefix("/") ? String(candidate.dropFirst()) : page.source.parentFolder + "/" + candidate
            if let file = LinkTargets.normalized(relative), let target = targets.plan.pageBySource[file] { found = target; break }
            if let file = LinkTargets.normalized(candidate), let target = targets.plan.pageBySource[file] { found = target; break }
        }
        if found == nil, let named = targets.plan.pagesByStem[path.fileName.removingPathExtension.lowercased()], named.count == 1 { found = named[0] }
        guard let target = found else {
            findings.append(.init(file: file, line: line, message: "the reference '\(written)' names no page of the imported site; link to the page's .md file by hand"))
            return nil
        }
        return target.relative(fromFolder: page.destination.parentFolder) + fragment
    }

    /// `{{< figure src="x.png" alt="..." caption="..." >}}` -> `![alt](x.png "title")` and the caption below it.
    private mutating func figure(_ arguments: ShortcodeArguments, line: Int) -> String? {
        guard let source = arguments.named["src"] else { return nil }
        var link = source
        switch targets.resolve(source, from: page) {
        case .unchanged: break
        case let .rewritten(rewritten): link = rewritten
        case .unknown:
            findings.append(.init(file: file, line: line, message: "the figure's picture '\(source)' is not in the imported site; copy it into content/ and correct the link"))
        }
        let alt = arguments.named["alt"] ?? ""
        if alt.isEmpty {
            findings.append(.init(file: file, line: line, message: "the figure '\(source)' has no alt text; describe the picture between the [ ] for people who cannot see it"))
        }
        var markdown = "![" + alt.replacingOccurrences(of: "]", with: "\\]") + "](" + link
        if let title = arguments.named["title"], !title.isEmpty { markdown += " \"" + title.replacingOccurrences(of: "\"", with: "\\\"") + "\"" }
        markdown += ")"
        if let target = arguments.named["link"], !target.isEmpty {
            var href = target
            if case let .rewritten(rewritten) = targets.resolve(target, from: page) { href = rewritten }
            markdown = "[" + markdown + "](" + href + ")"
        }
        if let caption = arguments.named["caption"], !caption.isEmpty { markdown += "\\\n*" + caption + "*" }
        return markdown
    }
}

/// The words of a shortcode: `figure src="a.png" alt="A cell"` -> name, named and positional arguments.
struct ShortcodeArguments {
    var name = ""
    var named: [String: String] = [:]
    var positional: [String] = []

    init(_ inner: String) {
        var words: [String] = []
        var current = ""
        var quote: Character?
        var hasWord = false
        for character in inner {
            if let open = quote {
                if character == open { quote = nil } else { current.append(character) }
            } else if character == "\"" || character == "`" {
                quote = character
                hasWord = true
            } else if character.isWhitespace {
                if hasWord { words.append(current) }
                current = ""
                hasWord = false
            } else {
                current.append(character)
                hasWord = true
            }
        }
        if hasWord { words.append(current) }
        guard let first = words.first else { return }
        name = first
        for word in words.dropFirst() {
            if let equals = word.firstIndex(of: "="), !word[..<equals].isEmpty, word[..<equals].allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }) {
                named[String(word[..<equals])] = String(word[word.index(after: equals)...])
            } else {
                positional.append(word)
            }
        }
    }
}
