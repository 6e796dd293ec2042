import PamphletReadability

/// What a content check reads: one rendered page and the site's settings.
struct CheckInput {
    var page: Page
    let settings: CheckSettings
    let today: CalendarDate
    /// For a translation: the page in the site's default language.
    var original: Page? = nil
    /// Measured once per page, shared by the reading-level check and the report.
    var readability = ReadabilityReport()
}

/// One family of checks (reading level, review dates, accessibility). Each
/// returns diagnostics; severities are adjusted afterwards by `checks:` in site.yml.
protocol ContentCheck: Check, Sendable {
    func check(_ input: CheckInput) -> [Diagnostic]
}

/// Anything that reports findings a site can turn off or make stricter
/// under `checks:` in site.yml, by their codes (`CheckCatalogue`).
protocol Check {
    /// Every code its findings carry.
    static var codes: [String] { get }
}
