import Foundation

/// Whether the new site keeps the raw HTML in its pages (`markdown.unsafe_html`),
/// as the old generator did: Jekyll (kramdown) and Metalsmith (marked) publish
/// it as it is; Hugo leaves it out unless its settings say `unsafe = true`.
/// Turning it off for a site that relied on it would drop content and anchors
/// without a word; turning it on for a Hugo site that had it off would publish
/// what was never shown.
struct RawHTMLSetting {
    var kept: Bool
    /// Why, for the comment in site.yml and the report.
    var reason: String

    static let hugoSettings = ["hugo.toml", "hugo.yaml", "hugo.yml", "hugo.json", "config.toml", "config.yaml", "config.yml", "config.json"]

    init(source: URL, isHugo: Bool) {
        guard isHugo else {
            kept = true
            reason = "Jekyll and Metalsmith publish raw HTML in Markdown as it is, so it is kept; check it before publishing"
            return
        }
        let unsafeOn = Self.hugoSettings.contains { name in
            guard let text = SourceFile.text(name, in: source) else { return false }
            // Goldmark's renderer setting: `unsafe = true` (TOML), `unsafe: true` (YAML), `"unsafe": true` (JSON).
            return text.contains(/(?m)^\s*"?unsafe"?\s*[:=]\s*true\b/)
        }
        kept = unsafeOn
        reason = unsafeOn
            ? "the old Hugo site's settings had Goldmark's 'unsafe = true', so raw HTML is kept; check it before publishing"
            : "Hugo left raw HTML out (Goldmark's 'unsafe' was not set), so it is left out here too"
    }
}
