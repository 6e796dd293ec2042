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
        let faces = faces(of: tree)
        if published.faces != faces {
            guard let changed = Self.changedFaces(from: published.faces, to: faces) else { return nil }
            for index in tree.pages.indices where !pages.contains(index) {
                if data.neighbourhood(of: index).pages.contains(where: changed.contains) { pages.insert(index) }
            }
            listings = true
        }
        // A preview's reading grade and review status (`page.author_note`)
        // come from the page alone, so they change only with its file.
        return PartialWrite(
            pages: pages.sorted(), listings: listings, glossaryIntroduction: glossaryIntroduction, findings: published.writeFindings)
    }

    /// The pages (by index in `new`) whose face changed while every page kept
    /// its source, address and aliases; nil when any page did not.
    static func changedFaces(from old: [PageFace], to new: [PageFace]) -> Set<Int>? {
        guard old.count == new.count else { return nil }
        let sameOrder = zip(old, new).allSatisfy { $0.contentPath == $1.contentPath }
        let before = sameOrder ? old : {
            let byPath = Dictionary(old.map { ($0.contentPath, $0) }, uniquingKeysWith: { first, _ in first })
            return new.map { byPath[$0.contentPath] }
        }().compactMap { $0 }
        guard before.count == new.count else { return nil }
        var changed = Set<Int>()
        for index in new.indices where before[index] != new[index] {
            guard before[index].sameAddress(as: new[index]) else { return nil }
            changed.insert(index)
        }
        return changed
    }
}
