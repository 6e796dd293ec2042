import Foundation

/// An old Hugo site's link render hook (`layouts/_markup/render-link.html`):
/// a template that rewrote links as Hugo built the site. Some destinations
/// are words only the hook understood (Hugo's own documentation writes
/// `[page bundle](g)` for "the glossary page of that term"). Pamphlet has no
/// render hooks, so such links are made into links to the page their words
/// name, or into plain text, and the report lists each.
struct LinkRenderHook {
    /// The hook's file, from the old site's folder.
    var file: String
    private var template: String
    /// Destination word -> the folder most of its links lead into (`quick-reference/glossary`).
    private var folders: [String: String] = [:]

    static let places = ["layouts/_markup/render-link.html", "layouts/_default/_markup/render-link.html"]

    init?(source: URL) {
        var found: (String, String)?
        var candidates = Self.places
        let themes = source.appendingPathComponent("themes")
        for theme in (try? FileManager.default.contentsOfDirectory(atPath: themes.path))?.sorted() ?? [] {
            candidates += Self.places.map { "themes/\(theme)/\($0)" }
        }
        for place in candidates {
            if let text = SourceFile.text(place, in: source) {
                found = (place, text)
                break
            }
        }
        guard let (file, template) = found else { return nil }
        self.file = file
        self.template = template
    }

    /// Whether `destination` is a word the hook compared links with (`eq $u.String "g"`):
    /// no page or file of any site is written that way.
    func handles(_ destination: String) -> Bool {
        !destination.isEmpty && destination.count <= 40
            && destination.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
            && template.contains("\"\(destination)\"")
    }

    /// Learns, from every page's links, which folder each hook word's
    /// links mostly name a page in: an ambiguous name is looked up there.
    mutating func learnFolders(bodies: [String], plan: ImportPlan) {
        var counts: [String: [String: Int]] = [:]
        for body in bodies {
            for link in Self.links(in: body) where handles(link.destination) {
                let pages = Self.stems(of: link.text).compactMap { plan.pagesByStem[$0] }.first { !$0.isEmpty } ?? []
                if pages.count == 1 { counts[link.destination, default: [:]][pages[0].parentFolder, default: 0] += 1 }
            }
        }
        for (word, byFolder) in counts {
            if let best = byFolder.max(by: { ($0.value, $1.key) < ($1.value, $0.key) }) { folders[word] = best.key }
        }
    }

    /// The new content path of the page a hook link's words name, if exactly one does.
    func page(for text: String, destination: String, plan: ImportPlan) -> String? {
        let stems = Self.stems(of: text)
        // The folder most of the word's links lead into comes first (a glossary), then a name only one page has.
        if let folder = folders[destination] {
            for stem in stems {
                let inFolder = (plan.pagesByStem[stem] ?? []).filter { $0.parentFolder == folder }
                if inFolder.count == 1 { return inFolder[0] }
            }
        }
        for stem in stems {
            guard let pages = plan.pagesByStem[stem], !pages.isEmpty else { continue }
            return pages.count == 1 ? pages[0] : nil
        }
        return nil
    }

    /// "Page bundles" -> ["page-bundles", "page-bundle"]: the words as a file name, then in the singular.
    static func stems(of text: String) -> [String] {
        let words = text.lowercased().filter { !"`*_".contains($0) }.trimmingCharacters(in: .whitespaces)
        let name = words.replacingOccurrences(of: " ", with: "-").replacingOccurrences(of: "/", with: "")
        var stems = [name]
        if name.hasSuffix("ies") { stems.append(String(name.dropLast(3)) + "y") }
        if name.hasSuffix("es") { stems.append(String(name.dropLast(2))) }
        if name.hasSuffix("s") { stems.append(String(name.dropLast())) }
        return stems
    }

    /// `[text](destination)` in a page, roughly: enough to learn from.
    static func links(in body: String) -> [(text: String, destination: String)] {
        body.matches(of: /\[([^\]\n]{1,80})\]\(([A-Za-z0-9_-]{1,40})\)/).map { (String($0.output.1), String($0.output.2)) }
    }
}
