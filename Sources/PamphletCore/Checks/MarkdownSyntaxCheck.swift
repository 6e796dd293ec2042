/// Findings about the GitHub-flavoured additions, made while rendering the
/// Markdown (`MarkdownRenderer`): a table without column names, footnotes
/// without a note or a reference, a `{#id}` used twice on a page, link
/// references a page names too often to look up (a hostile page).
enum MarkdownSyntaxCheck: Check {
    static let codes = ["table-header", "footnote", "heading-id", "link-reference"]
}
