/// What the incremental build knows of one page of the arranged tree, by
/// its index there (`ArrangementMemo.pages`): which reading and rendering
/// it holds, its face, and its findings. Every stage's memo fills in its part.
struct PageMemo {
    /// The generation of the reading it holds (0: no source file; -1: not known).
    var parsed: Int
    /// The generation of its rendering (-1: none yet), and what rendering reported.
    var rendered = -1
    var renderDiagnostics: [Diagnostic] = []
    /// Its face while its reading and rendering stay (nil: to be made), and the generation it was made in.
    var face: PageFace?
    var faceGeneration = -1
    /// Its broken `#fragment` links, once checked under its current rendering.
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

    /// The file was read again under a kept arrangement: its rendering and face are to be made.
    mutating func read(again generation: Int) {
        parsed = generation
        rendered = -1
        face = nil
    }

    /// It holds another rendering: its face is to be made again, and its
    /// reading level and links to be checked again.
    mutating func render(_ generation: Int) {
        rendered = generation
        face = nil
        readability = nil
        linkProblems = nil
    }
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

/// What "Check content" found on a page, with the versions it holds for.
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
