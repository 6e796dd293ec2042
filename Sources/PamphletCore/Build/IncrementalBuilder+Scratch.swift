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
        /// Pages read and pages rendered again (for `Outcome`).
        var reparsed: [String] = []
        var rerendered: [String] = []
        /// Every page's face, the generation it was made in, and its version, once the tree is final.
        var faces: [PageFace] = []
        var faceGenerations: [Int] = []
        var versions: [PageVersion] = []
        /// For each page: the version of the page it translates, if any.
        var originals: [PageVersion?] = []
        /// True when "Arrange pages" kept the last arrangement.
        var reusedArrangement = false
        /// What "Render Markdown" works out between asking and remembering.
        var render = RenderScratch()
    }

    /// For each page of the tree being rendered: the rendering it holds,
    /// its face and generation, and its rendering findings; and which pages
    /// were candidates for rendering again, with their inputs.
    struct RenderScratch {
        var renderedGenerations: [Int] = []
        var faces: [PageFace?] = []
        var faceGenerations: [Int] = []
        var diagnostics: [[Diagnostic]] = []
        var everyPage = false
        var candidates: [Int] = []
        var inputs: [RenderInput] = []
    }
}
