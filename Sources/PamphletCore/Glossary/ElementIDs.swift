/// The ids a page's glossary definition elements take: `term-dna`, or
/// `term-dna-1` where the page already has `term-dna`, as
/// `MarkdownRenderer.uniqueID` names them.
///
/// The table of ids taken is made only when an id could be taken twice: when
/// two entries share an id, or the page has an id of its own that starts with
/// `term-`. Otherwise every entry's id is free (each entry is linked once per
/// page), and most pages need no table: building one per page showed in profiles.
struct ElementIDs {
    private var used: [String: Int]?

    init(reserved: [String], entryIDsAreUnique: Bool) {
        // By bytes: an id equal to `term-...` starts with those bytes (no character decomposes to "-" or "term").
        let prefix = "term-".utf8
        guard !entryIDsAreUnique || reserved.contains(where: { $0.utf8.starts(with: prefix) }) else { return }
        // "main" is the theme's skip-link target.
        var used: [String: Int] = ["main": 0]
        for id in reserved { used[id] = 0 }
        self.used = used
    }

    /// `base` (`term-` and the entry's id), or the first free `base-n`.
    mutating func unique(_ base: String) -> String {
        guard used != nil else { return base }
        return MarkdownRenderer.uniqueID(base, used: &used!)
    }
}
