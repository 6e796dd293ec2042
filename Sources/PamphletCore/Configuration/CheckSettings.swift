import PamphletReadability

/// `site.yml` settings for the content checks.
public struct CheckSettings: Sendable {
    /// Highest Flesch-Kincaid grade a page may have (patient materials: 6 to 8).
    public var maxGrade = 8.0
    /// Lowest Fernández-Huerta score a Spanish page may have (60: "normal").
    public var minSpanishScore = FernandezHuerta.defaultMinimumScore
    /// Months between medical reviews when a page gives no `next_review`.
    public var cycleMonths = 36
    /// How many days before a due review the check starts warning.
    public var warnDays = 60
    /// Severity of a review date that has passed.
    public var overdue: Diagnostic.Severity = .error
    /// Per check code: a new severity, or nil to turn the check off.
    public var overrides: [String: Diagnostic.Severity?] = [:]

    public init() {}

    /// Every code a site may name under `checks:`: the checks' own (`CheckCatalogue`).
    public static var codes: [String] { CheckCatalogue.codes }
}

extension CheckSettings {
    /// `next_review`, or `reviewed` plus the review cycle.
    func nextReview(of page: Page) -> CalendarDate? {
        page.frontMatter.nextReview ?? page.frontMatter.reviewed.map { $0.adding(months: cycleMonths) }
    }
}

extension SiteConfig {
    static func loadChecks(_ yaml: YAMLMapping, into config: inout SiteConfig, diagnostics: inout [Diagnostic]) {
        if let readability = yaml.mapping("readability", diagnostics: &diagnostics) {
            readability.rejectUnknownKeys(["max_grade", "min_score_es"], context: "readability", diagnostics: &diagnostics)
            config.checks.maxGrade = readability.double("max_grade", diagnostics: &diagnostics) ?? config.checks.maxGrade
            config.checks.minSpanishScore = readability.double("min_score_es", diagnostics: &diagnostics) ?? config.checks.minSpanishScore
        }
        if let review = yaml.mapping("review", diagnostics: &diagnostics) {
            review.rejectUnknownKeys(["cycle_months", "warn_days", "overdue"], context: "review", diagnostics: &diagnostics)
            config.checks.cycleMonths = review.int("cycle_months", diagnostics: &diagnostics) ?? config.checks.cycleMonths
            config.checks.warnDays = review.int("warn_days", diagnostics: &diagnostics) ?? config.checks.warnDays
            if let value = review.string("overdue", diagnostics: &diagnostics), let node = review.node("overdue") {
                switch value {
                case "error": config.checks.overdue = .error
                case "warning": config.checks.overdue = .warning
                default: diagnostics.append(review.error("review.overdue must be 'error' or 'warning'", at: node, code: "config"))
                }
            }
        }
        if let checks = yaml.mapping("checks", diagnostics: &diagnostics) {
            checks.rejectUnknownKeys(CheckSettings.codes, context: "checks", diagnostics: &diagnostics)
            for entry in checks.entries where CheckSettings.codes.contains(entry.key) {
                switch checks.string(entry.key, diagnostics: &diagnostics) {
                case "off": config.checks.overrides[entry.key] = .some(nil)
                case "warning": config.checks.overrides[entry.key] = .warning
                case "error": config.checks.overrides[entry.key] = .error
                default:
                    diagnostics.append(checks.error(
                        "checks.\(entry.key) must be 'off', 'warning' or 'error'", at: entry.value, code: "config"))
                }
            }
        }
    }
}
