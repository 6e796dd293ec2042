import Foundation

/// What "Load theme" and "Write site" ask an incremental build.
extension IncrementalBuilder: ThemeCache, WriteCache {
    /// The theme loaded last time, while no file it was made from changed.
    func knownTheme(_ context: BuildContext) -> LoadedTheme? {
        guard let known = loadedTheme, known.loaded.inputs == LoadedTheme.Inputs(Stages.themeLoader(context)) else { return nil }
        let changes = changes(since: known.snapshot, takenIn: known.build)
        guard !(changes.added + changes.removed + changes.modified).contains(where: LoadedTheme.dependsOn) else { return nil }
        return known.loaded
    }

    func remember(theme: LoadedTheme) {
        loadedTheme = (theme, now.snapshot, builds)
    }

    /// The pages without their text, kept from the last write: only a page
    /// whose version changed is copied again, not 10,000.
    func withoutPageText(_ tree: SiteTree) -> SiteTree {
        let versions = now.pages.pages.map(\.version)
        var pages: [Page]
        if var kept = releasedPages.take(), kept.versions.count == tree.pages.count, versions.count == tree.pages.count {
            // Taken out, so changing a page copies no other.
            for index in tree.pages.indices where kept.versions[index] != versions[index] || !versions[index].isKnown {
                kept.pages[index] = tree.pages[index]
                Stages.releaseText(of: &kept.pages[index])
            }
            pages = kept.pages
        } else {
            pages = Stages.withoutPageText(tree).pages
        }
        if versions.count == tree.pages.count { releasedPages = (pages, versions) }
        var released = tree
        released.pages = pages
        return released
    }

    /// Nil when the whole site must be written: nothing was written yet, a
    /// shared file changed (`site.yml`, the theme, `layouts/`, images and
    /// other content files), or a page was added, removed, or given another
    /// address or aliases. Otherwise: the pages whose files changed and,
    /// when a page changed what others show of it (title, description,
    /// weight, review date), every page whose `PageNeighbourhood` holds it.
    func partialWrite(_ context: BuildContext, tree: SiteTree, data: TemplateData) -> PartialWrite? {
        guard let published, FileManager.default.fileExists(atPath: context.options.output.path) else { return nil }
        let changes = changes(since: published.snapshot, takenIn: published.build)
        guard published.redirects == Self.redirectLines(context.redirects) else { return nil }
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
        let faces = faces(of: tree)
        if published.faces != faces {
            guard let (changed, datesChanged) = PageFace.changed(from: published.faces, to: faces) else { return nil }
            reviewDates = datesChanged
            for index in tree.pages.indices where !pages.contains(index) {
                if data.neighbourhood(of: index).pages.contains(where: changed.contains) { pages.insert(index) }
            }
            listings = true
        }
        // A preview's reading grade and review status (`page.author_note`)
        // come from the page alone, so they change only with its file.
        return PartialWrite(
            pages: pages.sorted(), listings: listings, reviewDates: reviewDates, glossaryIntroduction: glossaryIntroduction, findings: published.writeFindings)
    }
}
