import PamphletMarkdown

/// What an `IncrementalBuilder` remembers between builds, and the keys that
/// tell whether a remembered result still holds.
extension IncrementalBuilder {
    struct ParsedFile {
        var stamp: SourceSnapshot.Stamp
        /// Tells this reading of the file from every other one.
        var generation: Int
        /// Nil until the file is read.
        var file: ReadFile?
        var key: ArrangementKey?
    }

    struct RenderInput: Equatable {
        var source: String
        var contentPath: String
        var body: String
        var bodyStartLine: Int
    }

    struct RenderedPage {
        var input: RenderInput
        var rendered: RenderedMarkdown
        var diagnostics: [Diagnostic]
        var generation: Int
        /// Measured by "Check content" from `rendered.prose`, so it lives and dies with it.
        var readability: KnownReadability?
    }

    /// Everything a page's rendered Markdown depends on besides its own body.
    struct LinkEnvironment: Equatable {
        var pages: [String]
        var staticFiles: [String]
        var basePath: String
        var unsafeHTML: Bool
        var smartPunctuation: Bool
        var brokenLinks: String
        /// Scheduled and expired pages, which links may name.
        var unpublished: [String: LinkResolver.UnpublishedPage] = [:]
        /// The i18n words callouts, tables and footnotes print, per language.
        var words: [String: MarkdownWords] = [:]
    }

    /// The state of the output folder: the last build that wrote it.
    struct Published {
        var snapshot: SourceSnapshot
        /// The number of the build that took `snapshot`.
        var build: Int
        var faces: [PageFace]
        /// What each generator reported when it last ran.
        var writeFindings: [(generator: String, diagnostics: [Diagnostic])]
        /// Each redirect written, as its file and the page it leads to: an
        /// expired page's redirect changes with no published page changing.
        var redirects: [String] = []
    }

    /// The Markdown files of the last "Read content", in scan order, with
    /// each one's latest reading. Kept by position, so that while the scan
    /// is reused a build that reads one file again hashes no other's path.
    struct Reading {
        /// `found.markdown` of the scan that was read.
        var paths: [String] = []
        /// Content path -> position in `paths`.
        var positions: [String: Int] = [:]
        var files: [ParsedFile] = []
        /// The positions of the files whose page goes to "Arrange pages" (read, and not a left-out draft), in order.
        var acceptedPositions: [Int] = []
        /// Positions of files that had no stamp in `snapshot` (they appeared after it): read again next time.
        var unstamped: Set<Int> = []
        /// The snapshot every other file's stamp comes from, and the number of the build that took it.
        var snapshot = SourceSnapshot()
        var build = -1
    }

    /// The last arrangement that found nothing to report, with every page's
    /// latest reading: reused while all pages' keys and the static files are the same.
    struct Arrangement {
        var keys: [ArrangementKey]
        var staticFiles: [String]
        var tree: SiteTree
        var redirects: [Redirect]
        /// The reading `keys` were made from: `Reading.paths` and `acceptedPositions`.
        /// While both are the same, only pages read since need their keys compared.
        var readingPaths: [String]
        var acceptedPositions: [Int]
        /// What is known of each page of `tree`, by its index there (held
        /// by `Scratch.pages` while a build runs).
        var pages: PageMemos
    }
}
