/// The incremental builder's clock: which build is under way, the snapshot
/// of the source files it took, and the numbers that tell one reading,
/// rendering or face of a page from every other. The memos (`BuildCaches`)
/// share it to tell what changed since they remembered something.
final class BuildHistory {
    /// When something was remembered: the snapshot of a build and its number.
    struct Moment {
        var snapshot: SourceSnapshot
        var build: Int
    }

    /// The build under way (1 for the first).
    private(set) var now = Moment(snapshot: SourceSnapshot(), build: 0)
    /// What changed since the previous build's snapshot, worked out once.
    private(set) var changesSincePrevious = SourceChanges()
    private var generations = 0

    /// Starts a build of the files as `snapshot` saw them; `previous` is the last build's snapshot.
    func start(_ snapshot: SourceSnapshot, previous: SourceSnapshot) {
        now = Moment(snapshot: snapshot, build: now.build + 1)
        changesSincePrevious = snapshot.changes(since: previous)
    }

    /// What changed since `moment`: for the previous build, what was worked out at the start.
    func changes(since moment: Moment) -> SourceChanges {
        moment.build == now.build - 1 ? changesSincePrevious : now.snapshot.changes(since: moment.snapshot)
    }

    func nextGeneration() -> Int {
        generations += 1
        return generations
    }
}
