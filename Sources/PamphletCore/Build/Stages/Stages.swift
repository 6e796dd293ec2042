/// The build's stages, one file each.
enum Stages {
    /// Stops the build when a stage found errors that later stages would repeat.
    static func stopOnErrors(_ context: BuildContext, stage: Stage.ID) throws {
        if context.diagnostics.hasErrors { throw BuildFailure(stage) }
    }

    /// Stops the build when it can no longer succeed: errors, or warnings
    /// under `--strict`. Run after every stage that can warn and before the
    /// output is published, so a failed build never replaces the output.
    static func stopUnlessSucceeding(_ context: BuildContext, stage: Stage.ID) throws {
        try stopOnErrors(context, stage: stage)
        if context.options.strict && context.diagnostics.warningCount > 0 { throw BuildFailure(stage) }
    }
}
