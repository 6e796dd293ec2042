extension IncrementalBuilder {
    /// What one build did.
    public struct Outcome: Sendable {
        public enum Kind: Sendable, Equatable {
            /// Every output file was written and the output folder replaced.
            case full
            /// Only the files in `written` were replaced (possibly none: a draft was edited).
            case pages
            /// No source file changed since the previous build; the result is repeated.
            case unchanged
            /// The build found errors; the output folder still holds the last good site.
            case failed
        }

        public var kind: Kind
        public var result: BuildResult
        /// Source files added, removed or modified since the previous build.
        public var changes: SourceChanges
        /// Pages whose Markdown file was read and parsed (paths inside `content/`).
        public var reparsed: [String] = []
        /// Pages whose Markdown was rendered to HTML.
        public var rerendered: [String] = []
        /// Output files replaced by a `.pages` build.
        public var written: [String] = []
        /// The site's title from `site.yml`, for messages.
        public var siteTitle: String
        /// Theme asset key (`style_css`) -> the address the pages use for it.
        public var assetURLs: [String: String] = [:]
        /// The source files as this build saw them, before reading any:
        /// a later snapshot that differs means there is something to rebuild.
        public var snapshot = SourceSnapshot()
    }
}
