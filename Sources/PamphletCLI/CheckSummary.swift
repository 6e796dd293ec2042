import PamphletCore

/// The one-line summary that `build` and `check` print after their findings.
enum CheckSummary {
    static func line(_ result: BuildResult, verb: String) -> String {
        let pages = DiagnosticPrinter.plural(result.health.count, "page")
        let errors = DiagnosticPrinter.plural(result.diagnostics.errorCount, "error")
        let warnings = DiagnosticPrinter.plural(result.diagnostics.warningCount, "warning")
        let overGrade = result.health.filter { $0.fleschKincaidGrade > $0.targetGrade && $0.words >= 20 }.count
        let overdue = result.health.filter { $0.reviewStatus == .overdue }.count
        return "\(verb) \(pages): \(errors), \(warnings); \(overGrade) above their reading grade, \(overdue) overdue for review."
    }

    static func fails(_ result: BuildResult, strict: Bool) -> Bool {
        result.diagnostics.hasErrors || (strict && result.diagnostics.warningCount > 0)
    }
}
