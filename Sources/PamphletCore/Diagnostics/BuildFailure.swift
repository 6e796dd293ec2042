/// Thrown by a stage whose errors make the following stages meaningless;
/// the diagnostics it carries have already been recorded.
public struct BuildFailure: Error, Sendable {
    public var stage: String
    public init(stage: String) { self.stage = stage }
}
