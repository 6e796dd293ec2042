import Foundation
import PamphletCore

/// Links in the new site to a part of a page (`#scope`) that the page does
/// not have: Hugo's templates and shortcodes (an `include`, a settings
/// table) made those anchors as it built the old site, and Pamphlet runs
/// neither. Found by checking the new site as `pamphlet check` does.
struct MissingAnchors {
    struct Link: Equatable {
        /// In the new site: `content/methods/Store.md`.
        var file: String
        var line: Int
        var fragment: String
        var target: String
        /// What in the old site probably made the anchor, in words (a shortcode and its line, a layout).
        var reason: String?
    }

    /// `layouts`: the new page -> the old page's own layout; `oldFrontMatter`: the new page -> its old front matter.
    static func find(in site: URL, layouts: [String: String] = [:], oldFrontMatter: [String: String] = [:]) -> [Link] {
        guard FileManager.default.fileExists(atPath: site.appendingPathComponent("site.yml").path) else { return [] }
        var options = BuildOptions(source: site)
        options.writeOutput = false
        let result = SiteBuilder(options: options).run()
        var links: [Link] = []
        var shortcodes: [String: [(text: String, line: Int)]] = [:]
        for diagnostic in result.diagnostics {
            guard let file = diagnostic.file, let line = diagnostic.line,
                  let (fragment, target) = MissingFragment.parse(diagnostic) else { continue }
            if shortcodes[target] == nil {
                let text = (try? String(contentsOf: site.appendingPathComponent(target), encoding: .utf8)) ?? ""
                shortcodes[target] = self.shortcodes(in: text)
            }
            // The likeliest maker: a shortcode naming the anchor's word, then one that includes another file.
            let all = shortcodes[target] ?? []
            let maker = all.first { $0.text.lowercased().contains(fragment.lowercased()) } ?? all.first { $0.text.contains(".md") } ?? all.first
            var reason = maker.map { "which has `\($0.text)` at line \($0.line): the part was probably made by it" }
            // Else the old layout made it from the page's front matter (`id: get`), or made the whole page.
            if reason == nil, let matter = oldFrontMatter[target],
               matter.split(separator: "\n").contains(where: { $0.contains(/\bid:/) && ($0.hasSuffix(" " + fragment) || $0.hasSuffix("\"" + fragment + "\"")) }) {
                reason = "whose old front matter had `id: \(fragment)`, which the old site's layout made into this part; the part was left out with that key"
            } else if reason == nil, let layout = layouts[target], bodyIsEmpty(site.appendingPathComponent(target)) {
                reason = "whose old layout (`\(layout)`) made all the page showed; write that part into the page"
            } else if reason == nil {
                reason = "which had no such part in the old site either; link to the page without it, or to the right part"
            }
            links.append(Link(file: file, line: line, fragment: fragment, target: target, reason: reason))
        }
        return links
    }

    /// Whether a page has no words after its front matter: its layout made all it showed.
    static func bodyIsEmpty(_ file: URL) -> Bool {
        let text = (try? String(contentsOf: file, encoding: .utf8)) ?? ""
        guard let close = text.range(of: "\n---\n", range: text.index(text.startIndex, offsetBy: min(3, text.count))..<text.endIndex) else { return false }
        return text[close.upperBound...].allSatisfy(\.isWhitespace)
    }

    /// Each `{{% include "x.md" %}}` and its 1-based line, outside code.
    static func shortcodes(in text: String) -> [(text: String, line: Int)] {
        var found: [(text: String, line: Int)] = []
        var fence = false
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.drop { $0 == " " }
            if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") { fence.toggle() }
            guard !fence, let open = line.range(of: "{{<") ?? line.range(of: "{{%") else { continue }
            let rest = line[open.lowerBound...]
            let end = rest.range(of: ">}}") ?? rest.range(of: "%}}")
            found.append((String(end.map { rest[..<$0.upperBound] } ?? rest.prefix(60)), number + 1))
        }
        return found
    }
}
