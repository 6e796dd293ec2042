/// Every page's findings and figures from "Check content", in page order:
/// what the build reports. Kept by `CheckMemo` between builds, so a save
/// that changes a few pages' results changes a few entries, instead of
/// copying 10,000 pages' figures and findings again.
struct CheckAssembly {
    /// The results assembled, by page index (compared by identity: a result never changes).
    private(set) var results: [PageCheckResult]
    private var findings: FindingsByPosition
    private(set) var health: [PageHealth] = []
    /// Each page's place in `health` (-1: a page with no source file has none).
    private var slots: [Int] = []

    init(_ results: [PageCheckResult]) {
        self.results = results
        findings = FindingsByPosition(reservingFor: results.count)
        slots.reserveCapacity(results.count)
        health.reserveCapacity(results.count)
        for result in results {
            findings.append(result.findings)
            if let pageHealth = result.health {
                slots.append(health.count)
                health.append(pageHealth)
            } else {
                slots.append(-1)
            }
        }
    }

    var parts: (findings: [Diagnostic], health: [PageHealth]) { (findings.all, health) }

    /// Puts in the results that are not the ones assembled; false (and
    /// nothing changed) when the pages changed in number, or a new result
    /// has a different number of findings or gains or loses its figures,
    /// or too many are new (`IdentityChanges`): then assemble again.
    mutating func patch(with new: [PageCheckResult]) -> Bool {
        guard let changed = IdentityChanges.positions(of: new, against: results, atMost: IdentityChanges.patchLimit) else {
            return false
        }
        for index in changed {
            let result = new[index]
            guard result.findings.count == findings.count(at: index), (result.health == nil) == (slots[index] < 0) else {
                return false
            }
        }
        for index in changed {
            let result = new[index]
            findings.replace(at: index, with: result.findings)
            if let pageHealth = result.health, health[slots[index]] != pageHealth {
                health[slots[index]] = pageHealth
            }
            results[index] = result
        }
        return true
    }
}
