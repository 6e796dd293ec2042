/// The other pages whose title, address or description a page's template
/// values show, by page index. `TemplateData.context(forPage:)` reads other
/// pages only through this, so the incremental builder, which rewrites just
/// the pages that show a changed title, cannot miss one.
struct PageNeighbourhood {
    /// The top-level sections of the page's language (`menu`).
    var menu: [Int]
    /// The page in each language it exists in (`languages`, `page.x_default`).
    var versions: [(language: Language, page: Int)]
    /// Home first, the page itself last (`breadcrumbs`).
    var ancestry: [Int]
    /// The section whose pages are listed beside this one (`section`).
    var listing: SiteTree.Section?
    /// A section's or home page's own pages (`children`).
    var children: [Int]
    var previous: Int?
    var next: Int?

    /// Every page named above, the page itself included.
    var pages: [Int] {
        var all = menu + versions.map(\.page) + ancestry + children
        if let listing { all += [listing.page] + listing.children }
        if let previous { all.append(previous) }
        if let next { all.append(next) }
        return all
    }
}
