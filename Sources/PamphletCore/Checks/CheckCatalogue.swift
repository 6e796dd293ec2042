/// Every check a build runs. The codes a site may name under `checks:` in
/// site.yml are theirs (`CheckSettings.codes`): a new check is its own file
/// and one line here.
enum CheckCatalogue {
    /// The checks of each rendered page, in the order they run.
    static let contentChecks: [any ContentCheck] = [
        ReadabilityCheck(), ReviewDateCheck(), AccessibilityCheck(), TranslationCheck(),
    ]

    /// Checks that run elsewhere in a build.
    static let otherChecks: [any Check.Type] = [ReviewGovernanceCheck.self, LinkCheck.self]

    static let codes: [String] = contentChecks.flatMap { type(of: $0).codes } + otherChecks.flatMap { $0.codes }
}
