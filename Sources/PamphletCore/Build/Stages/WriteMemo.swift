import Foundation

/// What "Write site" remembers between builds: what the output folder holds
/// (the snapshot it was written from, every page's face, each redirect, what
/// each generator reported), from which it works out a `PartialWrite`; and
/// the pages without their text as generators last saw them, by page version.
final class WriteMemo {
    /// The last build that wrote the output folder.
    private struct Published {
        var made: BuildHistory.Moment
        var faces: [PageFace]
        var writeFindings: [(generator: String, diagnostics: [Diagnostic])]
        /// Each redirect written, as its file and the page it leads to: an
        /// expired page's redirect changes with no published page changing.
        var redirects: [String]
    }

    private let history: BuildHistory
    /// Whose pages' versions and faces are asked (replaced when the content is forgotten).
    var arrangement: ArrangementMemo
    private var published: Published?
    private var released: (pages: [Page], versions: [PageVersion])?
    /// The preview's notes to authors as the last build made them (see `AuthorNotes.init`).
    var authorNotes: AuthorNotes?
    /// QR codes by address: a code depends on its address alone, and a save
    /// rewrites a section's printable page, whose other pages' codes stand.
    /// Made again when the content is forgotten, so renamed pages' codes go.
    var qrCodes = QRCodeMemo()

    init(history: BuildHistory, arrangement: ArrangementMemo) {
        self.history = history
        self.arrangement = arrangement
    }

    /// `Stages.withoutPageText(tree)`, made again only for the pages whose
    /// version changed since it was last asked, not 10,000.
    func withoutPageText(_ tree: SiteTree) -> SiteTree {
        let versions = arrangement.pages.pages.map(\.version)
        var pages: [Page]
        if var kept = released.take(), kept.versions.count == tree.pages.count, versions.count == tree.pages.count {
            // Taken out, so changing a page copies no other.
            for index in tree.pages.indices where kept.versions[index] != versions[index] || !versions[index].isKnown {
                kept.pages[index] = tree.pages[index]
                Stages.releaseText(of: &kept.pages[index])
            }
            pages = kept.pages
        } else {
            pages = Stages.withoutPageText(tree).pages
        }
        if versions.count == tree.pages.count { released = (pages, versions) }
        var withoutText = tree
        withoutText.pages = pages
        return withoutText
    }

    /// Nil when the whole site must be written: nothing was written yet, a
    /// shared file changed (`site.yml`, the theme, `layouts/`, images and
    /// other content files), or a page was added, removed, or given another
    /// address or aliases. Otherwise: the pages whose files changed and,
    /// when a page changed what others show of it (title, description,
    /// weight, review date), every page whose `PageNeighbourhood` holds it.
    func partialWrite(_ context: BuildContext, tree: SiteTree, data: TemplateData) -> PartialWrite? {
        guard let published, FileManager.default.fileExists(atPath: context.options.output.path) else { return nil }
        let changes = history.changes(since: published.made)
        guard published.redirects == Self.lines(context.redirects) else { return nil }
        guard changes.added.allSatisfy(SourceSnapshot.isPage), changes.removed.allSatisfy(SourceSnapshot.isPage),
              changes.modified.allSatisfy(SourceSnapshot.isPage) else { return nil }
        // Pages whose file changed since the output was written (a file gone
        // from the snapshot but read again counts too).
        var pages = Set((changes.added + changes.modified + changes.removed).compactMap { path -> Int? in
            guard let index = tree.byContentPath[String(path.dropFirst("content/".count))], tree.pages[index].hasSourceFile else { return nil }
            return index
        })
        let glossaryIntroduction = data.glossaryPages.values.contains(where: pages.contains)
        var listings = false
        var reviewDates = false
        let faces = arrangement.faces(of: tree)
        if published.faces != faces {
            guard let (changed, datesChanged) = PageFace.changed(from: published.faces, to: faces) else { return nil }
            reviewDates = datesChanged
            pages.formUnion(data.pagesShowing(changed))
            listings = true
        }
        // A preview's reading grade and review status (`page.author_note`)
        // come from the page alone, so they change only with its file.
        return PartialWrite(
            pages: pages.sorted(), listings: listings, reviewDates: reviewDates, glossaryIntroduction: glossaryIntroduction,
            findings: published.writeFindings)
    }

    /// Notes what a build that wrote the output folder (whole or in part) left there.
    func remember(writeOf context: BuildContext) {
        guard let tree = context.tree else { return }
        published = Published(
            made: history.now, faces: arrangement.faces(of: tree), writeFindings: context.writeFindings,
            redirects: Self.lines(context.redirects))
    }

    private static func lines(_ redirects: [Redirect]) -> [String] {
        redirects.map { $0.outputPath + "\u{0}" + String($0.target) }
    }
}
