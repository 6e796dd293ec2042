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
        /// For each page of `tree`: the rendering its `rendered` holds (-1: none yet).
        var renderedGenerations: [Int]
        /// For each page of `tree`: its face, while its reading and rendering stay (nil: to be made).
        var faces: [PageFace?]
        /// For each page of `tree`: the generation its face was made in.
        var faceGenerations: [Int]
        /// For each page of `tree`: its broken `#fragment` links, once checked.
        var linkProblems: [[Diagnostic]]?
        /// The reading `keys` were made from: `Reading.paths` and `acceptedPositions`.
        /// While both are the same, only pages read since need their keys compared.
        var readingPaths: [String]
        var acceptedPositions: [Int]
        /// For each page of `tree`: the generation of the reading it holds (0: no source file).
        var parsedGenerations: [Int]
        /// For each page of `tree`: what rendering its Markdown reported.
        var renderDiagnostics: [[Diagnostic]]
        /// For each page of `tree`: the default-language page it translates, if any (nil: not yet found).
        var originals: [Int?]?
        /// For each page of `tree`: what "Check content" last found and the
        /// reading-level report of its current rendering (empty: to be
        /// filled from `checked` and `rendered`, by path, once).
        var checks: [CheckedPage?] = []
        var readability: [KnownReadability?] = []
    }
}
