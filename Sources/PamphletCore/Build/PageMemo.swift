/// What the incremental builder knows of each page of an arrangement, and
/// the values it compares to tell whether a page's findings still hold.
extension IncrementalBuilder {
    /// One page of the tree, by its index there.
    struct PageMemo {
        /// The generation of the reading it holds (0: no source file; -1: not known).
        var parsed: Int
        /// The generation of its rendering in `rendered` (-1: none yet), and what rendering reported.
        var rendered = -1
        var renderDiagnostics: [Diagnostic] = []
        /// Its face while its reading and rendering stay (nil: to be made), and the generation it was made in.
        var face: PageFace?
        var faceGeneration = -1
        /// Its broken `#fragment` links, once checked.
        var linkProblems: [Diagnostic]?
        /// What follows is found by path once per arrangement (`PageMemos.filled`).
        /// The default-language page it translates, if any.
        var original: Int?
        /// What "Check content" last found, and the reading-level report of its current rendering.
        var checked: CheckedPage?
        var readability: KnownReadability?

        init(parsed: Int) {
            self.parsed = parsed
        }

        var version: PageVersion { PageVersion(parsed: parsed, rendered: rendered, face: faceGeneration) }
    }

    /// Every page's memo, in tree order.
    struct PageMemos {
        var pages: [PageMemo]
        /// Whether `original`, `checked` and `readability` were looked up.
        var filled = false

        /// A page's version and, for a translation, its original's.
        func versions(_ index: Int) -> (PageVersion, original: PageVersion?) {
            (pages[index].version, pages[index].original.map { pages[$0].version })
        }
    }

    /// One version of a page as the content checks see it: the file reading
    /// and the rendering it came from, and the making of its face (what the
    /// site tree made of it; made again whenever either changes or the tree
    /// is arranged again). Equal versions are equal pages, so their findings
    /// are the same; comparing three numbers spares comparing 10,000 faces.
    struct PageVersion: Equatable {
        var parsed: Int
        var rendered: Int
        var face: Int

        /// False while the reading or rendering is not yet known (-1).
        var isKnown: Bool { parsed >= 0 && rendered >= 0 }
    }

    /// A class, never changed once made: every build looks at one per page.
    final class CheckedPage {
        let version: PageVersion
        /// For a translation: the version of the page it is checked against.
        let original: PageVersion?
        let result: PageCheckResult

        init(version: PageVersion, original: PageVersion?, result: PageCheckResult) {
            self.version = version
            self.original = original
            self.result = result
        }
    }
}
