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
        /// The first shortcode left in the target page, and its line, which probably made the anchor.
        var shortcode: (text: String, line: Int)?

        static func == (lhs: Link, rhs: Link) -> Bool {
            (lhs.file, lhs.line, lhs.fragment, lhs.target) == (rhs.file, rhs.line, rhs.fragment, rhs.target)
        }
    }

    static func find(in site: URL) -> [Link] {
        var options = BuildOptions(source: site)
        options.writeOutput = false
        let result = SiteBuilder(options: options).run()
        var links: [Link] = []
        var shortcodes: [String: [(text: String, line: Int)]] = [:]
        for diagnostic in result.diagnostics where diagnostic.code == "broken-link" {
            guard let file = diagnostic.file, let line = diagnostic.line,
                  let match = diagnostic.message.firstMatch(of: /names the heading '#([^']*)', which (\S+) does not have/) else { continue }
            let target = String(match.output.2)
            if shortcodes[target] == nil {
                let text = (try? String(contentsOf: site.appendingPathComponent(target), encoding: .utf8)) ?? ""
                shortcodes[target] = self.shortcodes(in: text)
            }
            let fragment = String(match.output.1)
            // The likeliest maker: a shortcode naming the anchor's word, then one that includes another file.
            let all = shortcodes[target] ?? []
            let maker = all.first { $0.text.lowercased().contains(fragment.lowercased()) } ?? all.first { $0.text.contains(".md") } ?? all.first
            links.append(Link(file: file, line: line, fragment: fragment, target: target, shortcode: maker))
        }
        return links
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
