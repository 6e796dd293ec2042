import PamphletCore

/// The summary that `build` and `check` print after their findings.
enum CheckSummary {
    /// "10 pages in 5 sections"
    static func size(_ result: BuildResult) -> String {
        "\(DiagnosticPrinter.plural(result.pageCount, "page")) in \(DiagnosticPrinter.plural(result.sectionCount, "section"))"
    }

    /// "0 errors, 2 warnings; 1 harder to read than their target, 0 overdue for review"
    static func findings(_ result: BuildResult) -> String {
        let errors = DiagnosticPrinter.plural(result.diagnostics.errorCount, "error")
        let warnings = DiagnosticPrinter.plural(result.diagnostics.warningCount, "warning")
        // Counted, not filtered: a filter copies each page's figures.
        let overGrade = result.health.reduce(0) { $0 + ($1.aboveTarget ? 1 : 0) }
        let overdue = result.health.reduce(0) { $0 + ($1.reviewStatus == .overdue ? 1 : 0) }
        var text = "\(errors), \(warnings); \(overGrade) harder to read than their target, \(overdue) overdue for review"
        // Said only when there are some, so the usual line stays as it was.
        let scheduled = result.unpublished.filter(\.scheduled).count, expired = result.unpublished.filter(\.expired).count
        if scheduled > 0 { text += "; \(scheduled) scheduled" }
        if expired > 0 { text += "; \(expired) expired" }
        return text
    }

    static func fails(_ result: BuildResult, strict: Bool) -> Bool {
        result.diagnostics.hasErrors || (strict && result.diagnostics.warningCount > 0)
    }
}
