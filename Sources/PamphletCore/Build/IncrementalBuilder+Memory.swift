import PamphletMarkdown

/// What an `IncrementalBuilder` remembers between builds, and the keys that
/// tell whether a remembered result still holds.
extension IncrementalBuilder {
    struct ParsedFile {
        var stamp: SourceSnapshot.Stamp
        /// Tells this reading of the file from every other one.
        var generation: Int
        var page: Page?
        var diagnostics: [Diagnostic]
        /// `Stages.accept`'s structured-data findings, made once per reading.
        var structuredData: [Diagnostic]
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
    }

    /// What another page, a listing, the sitemap or a redirect shows of a page.
    struct PageFace: Equatable {
        var kind: String
        var source: String
        var contentPath: String
        var hasSourceFile: Bool
        var parentFolder: String
        var folder: String?
        var url: String
        var outputPath: String
        var title: String
        var description: String
        var weight: Int?
        var reviewed: CalendarDate?
        var aliases: [String]

        init(_ page: Page) {
            kind = "\(page.kind)"
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
    }

    struct CheckedPage {
        var version: PageVersion
        /// For a translation: the version of the page it is checked against.
        var original: PageVersion?
        var result: PageCheckResult
    }

    /// The state of the output folder: the last build that wrote it.
    struct Published {
        var snapshot: SourceSnapshot
        /// The number of the build that took `snapshot`.
        var build: Int
        var faces: [PageFace]
        /// What each generator reported when it last ran.
        var writeFindings: [(generator: String, diagnostics: [Diagnostic])]
    }

    /// The last look at the files under `content/`, reused while none was added or removed.
    struct Scan {
        var snapshot: SourceSnapshot
        var build: Int
        var found: ContentScanner.Found
        var diagnostics: [Diagnostic]
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
    }
}
