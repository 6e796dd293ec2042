/// What "Check content" found on one page, so an incremental build can hand
/// it back for a page that did not change.
struct PageCheckResult {
    var findings: [Diagnostic]
    var health: PageHealth?
    var readability: ReadabilityReport
}

/// A page's reading-level report and the language it was measured in.
struct KnownReadability {
    var language: String
    var report: ReadabilityReport
}
