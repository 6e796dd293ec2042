/// The findings of many positions (files or pages) in one array, in
/// position order, with where each position's start: what the preview's
/// memos patch when a few positions' findings are new.
struct FindingsByPosition {
    private(set) var all: [Diagnostic] = []
    /// Where each position's findings start in `all`; one more entry than positions.
    private var starts: [Int] = [0]

    init(reservingFor count: Int) {
        starts.reserveCapacity(count + 1)
    }

    /// Adds the next position's findings (`first`, then `then`).
    mutating func append(_ first: [Diagnostic], _ then: [Diagnostic] = []) {
        all += first
        all += then
        starts.append(all.count)
    }

    func count(at position: Int) -> Int { starts[position + 1] - starts[position] }

    /// Replaces a position's findings with as many others (see `count(at:)`).
    mutating func replace(at position: Int, with findings: [Diagnostic]) {
        let range = starts[position]..<starts[position + 1]
        precondition(findings.count == range.count, "a position's findings are replaced by as many")
        if !all[range].elementsEqual(findings) { all.replaceSubrange(range, with: findings) }
    }
}
