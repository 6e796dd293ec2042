import PamphletReadability

/// What "Check content" found on one page, so an incremental build can hand
/// it back for a page that did not change. A class, never changed once
/// made: a build hands 10,000 of them around, and copying a reference is
/// one count where copying the findings, health and report is dozens.
final class PageCheckResult: Sendable {
    /// With the site's `checks:` settings applied; `health` counts them.
    let findings: [Diagnostic]
    let health: PageHealth?
    let readability: ReadabilityReport

    init(findings: [Diagnostic], health: PageHealth?, readability: ReadabilityReport) {
        self.findings = findings
        self.health = health
        self.readability = readability
    }
}

