import Foundation

/// What the stages of one build hand to each other.
final class BuildContext {
    let options: BuildOptions
    let folder: SiteFolder
    var diagnostics: [Diagnostic] = []
    var config = SiteConfig()
    /// The published pages' files, in scan order, until "Arrange pages" puts them in `tree`.
    var read: [ReadFile] = []
    /// Pages read but left out of this build: drafts, scheduled and expired pages, in no order.
    var unpublished: [Page] = []
    var staticFiles: [String] = []
    /// Each language's glossary (`content/glossary.yml`, `glossary.es.yml`).
    var glossaries: [String: Glossary] = [:]
    var tree: SiteTree?
    var redirects: [Redirect] = []
    var theme: Theme?
    var health: [PageHealth] = []
    /// What the site search indexes of each searched page, read by "Check content".
    var searchDocuments: [SearchDocument] = []
    /// The preview's memory of the last search documents (nil in a full build).
    var searchMemo: SearchMemo?
    /// The preview's memory of titles' sort keys for the A to Z page (nil in a full build).
    var sortKeys: SortKeyMemo?
    /// The preview's rendered A to Z entries (nil in a full build).
    var aToZEntries: AToZEntryMemo?
    /// What each generator of "Write site" reported, in the order they ran.
    var writeFindings: [(generator: String, diagnostics: [Diagnostic])] = []
    /// What earlier builds left to reuse (`pamphlet serve`); nil in a full build.
    var caches: BuildCaches?

    /// A full build, not the preview's incremental one (which has caches). It
    /// hands each page's Markdown, prose and links to the last stage that reads
    /// them, which frees them page by page (most of its memory otherwise), moves
    /// renderings rather than copying them, and takes the search's words while
    /// checking; the incremental builder keeps its pages whole to reuse them
    /// next time. Generators see no Markdown or prose in either (`Stages.withoutPageText`).
    var isFullBuild: Bool { caches == nil }
    /// The files a partial write replaced (nil: the whole site was written, or nothing).
    var partlyWritten: [String]?

    init(options: BuildOptions) {
        self.options = options
        folder = SiteFolder(root: options.source)
    }
}
