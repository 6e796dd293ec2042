/// A page's rendered HTML made to sit inside a section's printable page,
/// among the section's other pages.
enum PrintedPageHTML {
    /// Headings one level down (the page's title is the `h2` above them), and
    /// every `id="x"`, in-page link `href="#x"` and `aria-describedby="x"`
    /// given `prefix`, so the pages' heading and term ids do not clash.
    /// Only tags hold a literal `<h` or `"` (escaped text has `&lt;`, `&quot;`).
    static func embed(_ html: String, idPrefix prefix: String) -> String {
        var text = html
        for level in stride(from: 5, through: 1, by: -1) {
            for (old, new) in [("<h\(level)>", "<h\(level + 1)>"), ("<h\(level) ", "<h\(level + 1) "), ("</h\(level)>", "</h\(level + 1)>")] {
                text = text.replacingOccurrences(of: old, with: new)
            }
        }
        return text.replacingOccurrences(of: " id=\"", with: " id=\"" + prefix)
            .replacingOccurrences(of: " href=\"#", with: " href=\"#" + prefix)
            .replacingOccurrences(of: " aria-describedby=\"", with: " aria-describedby=\"" + prefix)
    }
}
