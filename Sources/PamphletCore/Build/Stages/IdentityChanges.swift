/// Where a list of never-changing objects differs from the list it replaces,
/// by identity: how the memos of `pamphlet serve` find the few pages a save
/// changed among 10,000 without comparing their contents.
enum IdentityChanges {
    /// The positions whose object is not the one before; nil when the lists
    /// differ in length or more than `limit` differ (then making the whole
    /// result again costs about what patching it would).
    static func positions<Object: AnyObject>(of new: [Object], against old: [Object], atMost limit: Int) -> [Int]? {
        guard new.count == old.count else { return nil }
        var changed: [Int] = []
        for index in new.indices where new[index] !== old[index] {
            changed.append(index)
            if changed.count > limit { return nil }
        }
        return changed
    }

    /// The most changed positions a memo patches.
    static let patchLimit = 64
}
