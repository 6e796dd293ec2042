/// The build's stages, one file each.
enum Stages {
    /// Stops the build when a stage found errors that later stages would repeat.
    static func stopOnErrors(_ context: BuildContext, stage: String) throws {
        if context.diagnostics.hasErrors { throw BuildFailure(stage: stage) }
    }
}
