/// What another page, a listing, the sitemap or a redirect shows of a page.
/// A class, never changed once made: every build hands one per page
/// around, and two lists of faces mostly hold the very same ones.
final class PageFace: Equatable {
    let kind: Page.Kind
    let source: String
    let contentPath: String
    let hasSourceFile: Bool
    let parentFolder: String
    let folder: String?
    let url: String
    let outputPath: String
    let title: String
    let description: String
    let weight: Int?
    let reviewed: CalendarDate?
    let aliases: [String]

    init(_ page: Page) {
        kind = page.kind
        source = page.source
        contentPath = page.contentPath
        hasSourceFile = page.hasSourceFile
        parentFolder = page.parentFolder
        folder = page.folder
        url = page.url
        outputPath = page.outputPath
        title = page.title
        description = page.description
        weight = page.weight
        reviewed = page.frontMatter.reviewed
        aliases = page.frontMatter.aliases.map(\.value)
    }

    /// Equal when every field is (a new field goes here or in `sameAddress`).
    static func == (lhs: PageFace, rhs: PageFace) -> Bool {
        lhs === rhs || (lhs.sameAddress(as: rhs) && lhs.title == rhs.title && lhs.description == rhs.description
            && lhs.weight == rhs.weight && lhs.reviewed == rhs.reviewed)
    }

    /// The same file at the same address with the same aliases: only what
    /// pages show of it (title, description, weight, review date) may differ.
    func sameAddress(as other: PageFace) -> Bool {
        kind == other.kind && source == other.source && contentPath == other.contentPath
            && hasSourceFile == other.hasSourceFile && parentFolder == other.parentFolder && folder == other.folder
            && url == other.url && outputPath == other.outputPath && aliases == other.aliases
    }

    /// The pages (by index in `new`) whose face changed while every page kept
    /// its source, address and aliases, and whether a review date is among
    /// the changes; nil when any page did not.
    static func changed(from old: [PageFace], to new: [PageFace]) -> (Set<Int>, reviewDates: Bool)? {
        guard old.count == new.count else { return nil }
        let sameOrder = zip(old, new).allSatisfy { $0.contentPath == $1.contentPath }
        let before = sameOrder ? old : {
            let byPath = Dictionary(old.map { ($0.contentPath, $0) }, uniquingKeysWith: { first, _ in first })
            return new.map { byPath[$0.contentPath] }
        }().compactMap { $0 }
        guard before.count == new.count else { return nil }
        var changed = Set<Int>()
        var reviewDates = false
        for index in new.indices where before[index] != new[index] {
            guard before[index].sameAddress(as: new[index]) else { return nil }
            changed.insert(index)
            if before[index].reviewed != new[index].reviewed { reviewDates = true }
        }
        return (changed, reviewDates)
    }
}
