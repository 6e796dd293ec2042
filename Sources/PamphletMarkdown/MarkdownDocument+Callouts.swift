import CMark
import PamphletEscaping
import Foundation

extension MarkdownDocument {
    /// Turns block quotes that start with `[!KIND]` into callouts: GitHub's
    /// alerts (`> [!NOTE]`, TIP, IMPORTANT, WARNING, CAUTION) and the NHS
    /// care-card kinds (NON-URGENT, URGENT, EMERGENCY). Text after the marker
    /// on its line is the callout's heading; without it the kind's own
    /// heading is used (for EMERGENCY, "Call {number} if:").
    ///
    /// Returns the number of callouts made.
    @discardableResult
    public func buildCallouts(words: MarkdownWords, emergencyNumber: String?, issues: inout [MarkdownIssue]) -> Int {
        guard Self.contains(Array("[!".utf8), in: source) else { return 0 }
        // cmark splits "[!NOTE]" into three text nodes ("[", "!NOTE", "]").
        consolidateTextNodes()
        var count = 0
        for quote in nodes(of: .blockQuote) {
            guard let paragraph = quote.firstChild, paragraph.kind == .paragraph,
                  let first = paragraph.firstChild, first.kind == .text, let literal = first.literal,
                  let marker = Self.calloutMarker(literal) else { continue }
            guard let kind = CalloutKind(rawValue: marker.name.lowercased()) else {
                let known = CalloutKind.allCases.map { $0.rawValue.uppercased() }
                let hint = Self.closest(marker.name.uppercased(), in: known).map { "; did you mean [!\($0)]?" } ?? ";"
                issues.append(MarkdownIssue(
                    .error,
                    "there is no callout [!\(marker.name)]\(hint) the callouts are \(known.map { "[!\($0)]" }.joined(separator: ", "))",
                    line: first.startLine, column: first.startColumn, code: "callout-kind"))
                continue
            }
            makeCallout(kind, quote: quote, paragraph: paragraph, markerNode: first, rest: marker.rest,
                        words: words, emergencyNumber: emergencyNumber, issues: &issues)
            count += 1
        }
        return count
    }

    private func makeCallout(
        _ kind: CalloutKind, quote: MarkdownNode, paragraph: MarkdownNode, markerNode: MarkdownNode, rest: Substring,
        words: MarkdownWords, emergencyNumber: String?, issues: inout [MarkdownIssue]
    ) {
        guard let box = customBlock("<div class=\"callout callout-\(kind.rawValue)\">", "</div>"),
              let title = customBlock("<p class=\"callout-title\">", "</p>") else { return }
        // The heading written after the marker: the rest of the marker's line, with its inline markup.
        var heading: [OpaquePointer] = []
        let restText = rest.drop { $0 == " " || $0 == "\t" }
        if !restText.isEmpty { cmark_node_set_literal(markerNode.pointer, String(restText)) }
        var node: OpaquePointer? = restText.isEmpty ? cmark_node_next(markerNode.pointer) : markerNode.pointer
        if restText.isEmpty { cmark_node_unlink(markerNode.pointer); cmark_node_free(markerNode.pointer) }
        while let current = node {
            let type = cmark_node_get_type(current)
            if type == CMARK_NODE_SOFTBREAK || type == CMARK_NODE_LINEBREAK {
                cmark_node_unlink(current)
                cmark_node_free(current)
                break
            }
            node = cmark_node_next(current)
            heading.append(current)
        }
        let prefix = words.calloutPrefix[kind] ?? kind.rawValue
        var defaultHeading = words.calloutHeading[kind] ?? prefix
        if kind == .emergency && heading.isEmpty {
            if let number = emergencyNumber, !number.isEmpty {
                defaultHeading = defaultHeading.replacingOccurrences(of: "{number}", with: number)
            } else {
                issues.append(MarkdownIssue(
                    .error,
                    "[!EMERGENCY] needs the emergency phone number: add it to site.yml (emergency_number: \"911\"), "
                        + "or write the heading after the marker ([!EMERGENCY] Call 911 if:)",
                    line: quote.startLine, column: quote.startColumn, code: "callout-kind"))
                defaultHeading = defaultHeading.replacingOccurrences(of: " {number}", with: "").replacingOccurrences(of: "{number}", with: "")
            }
        }
        let isGitHubKind = [.note, .tip, .important, .warning, .caution].contains(kind)
        // Read before the heading, so a screen reader says what kind of callout it is.
        if !(isGitHubKind && heading.isEmpty), let hidden = customInline("<span class=\"visually-hidden\">", "</span>"),
           let text = textNode(prefix + ": ") {
            cmark_node_append_child(hidden, text)
            cmark_node_append_child(title, hidden)
        }
        if heading.isEmpty {
            if let text = textNode(defaultHeading) { cmark_node_append_child(title, text) }
        } else {
            for node in heading {
                cmark_node_unlink(node)
                cmark_node_append_child(title, node)
            }
        }
        cmark_node_append_child(box, title)
        if cmark_node_first_child(paragraph.pointer) == nil {
            cmark_node_unlink(paragraph.pointer)
            cmark_node_free(paragraph.pointer)
        }
        moveChildren(of: quote.pointer, to: box)
        cmark_node_replace(quote.pointer, box)
        cmark_node_free(quote.pointer)
    }

    /// `[!NOTE]` at the start of a text, and what follows it on its line.
    static func calloutMarker(_ text: String) -> (name: String, rest: Substring)? {
        guard text.hasPrefix("[!"), let close = text.firstIndex(of: "]") else { return nil }
        let name = text[text.index(text.startIndex, offsetBy: 2)..<close]
        guard !name.isEmpty, name.count <= 40, name.allSatisfy({ $0.isASCII && ($0.isLetter || $0 == "-" || $0 == "_") }) else { return nil }
        return (String(name), text[text.index(after: close)...])
    }

    /// The known name nearest `name` by edit distance, if near enough to be a typo.
    static func closest(_ name: String, in names: [String]) -> String? {
        let target = Array(name)
        var best: (String, Int)?
        for candidate in names {
            let other = Array(candidate)
            var previous = Array(0...other.count)
            for (i, a) in target.enumerated() {
                var current = [i + 1] + Array(repeating: 0, count: other.count)
                for (j, b) in other.enumerated() {
                    current[j + 1] = min(previous[j + 1] + 1, current[j] + 1, previous[j] + (a == b ? 0 : 1))
                }
                previous = current
            }
            let distance = previous[other.count]
            if distance <= max(2, other.count / 2), best == nil || distance < best!.1 { best = (candidate, distance) }
        }
        return best?.0
    }
}
