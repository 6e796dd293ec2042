/// What a generator's files are made from, besides `site.yml` and the theme
/// (a change to either writes every file again). The preview's partial
/// write (`PartialWrite.swift`) derives from this which
/// generators run again after an edit: a new generator declares what it
/// reads and the preview follows, with no rule to add there.
struct GeneratorReads: OptionSet, Sendable {
    let rawValue: Int

    /// Each page's text: its rendered Markdown, headings and glossary terms.
    static let pageText = GeneratorReads(rawValue: 1 << 0)
    /// What lists, menus, breadcrumbs and links show of pages: titles,
    /// descriptions, addresses, order and review dates (`PageFace`).
    static let pageListings = GeneratorReads(rawValue: 1 << 1)
    /// The glossary page's introduction (`content/glossary.md`), and its text.
    static let glossaryIntroduction = GeneratorReads(rawValue: 1 << 2)
    /// Each page's review date alone: addresses, order and language versions
    /// are the same in a partial write (any change there writes everything).
    static let reviewDates = GeneratorReads(rawValue: 1 << 4)
    /// Images, PDFs and other files under `content/` (a change to one rewrites everything).
    static let contentFiles = GeneratorReads(rawValue: 1 << 3)
}

/// A generator that reads each page's text and can write the files of some
/// pages alone: the preview hands it the pages an edit changed.
protocol PageByPageGenerator: Generator {
    /// This generator limited to what shows the pages at `pages` (indices in `tree`).
    func only(_ pages: [Int], in tree: SiteTree) -> Self
}

/// A generator whose files hold something of every page, that can make
/// again only what some pages changed: the preview hands it the pages an
/// edit changed (and every page that shows one of them).
protocol PartlyRewritingGenerator: Generator {
    /// This generator, knowing that only what it shows of `pages` may have changed.
    func rewriting(_ pages: [Int], in tree: SiteTree) -> Self
}
