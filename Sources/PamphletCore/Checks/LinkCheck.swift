/// Links to pages and files that do not exist (found while rendering the
/// Markdown, `MarkdownRenderer`) or to headings a page does not have
/// (`Stages.checkLinks`), and links to pages that are not published.
enum LinkCheck: Check {
    static let codes = ["broken-link", "link-unpublished"]
}
