extension IncrementalBuilder {
    /// What one build works out as it goes, apart from what is remembered
    /// between builds: `build(using:)` starts a new one each time, so nothing
    /// of it can leak into the next build unnoticed.
    struct Scratch {
        /// The source files as this build saw them, before reading any.
        var snapshot = SourceSnapshot()
        /// What changed since the previous build's snapshot, made once.
        var changesSincePrevious = SourceChanges()
        /// The last build's faces and their generations (see `faces`).
        var previousFaces: (faces: [PageFace], generations: [Int]) = ([], [])
        /// Pages read, pages rendered and files written again (for `Outcome`).
        var reparsed: [String] = []
        var rerendered: [String] = []
        var written: [String] = []
        /// True when "Write site" replaced only some files.
        var wrotePagesOnly = false
        /// Every page's face, the generation it was made in, and its version, once the tree is final.
        var faces: [PageFace] = []
        var faceGenerations: [Int] = []
        var versions: [PageVersion] = []
        /// For each page: the version of the page it translates, if any.
        var originals: [PageVersion?] = []
        /// True when "Arrange pages" kept the last arrangement.
        var reusedArrangement = false
    }
}
