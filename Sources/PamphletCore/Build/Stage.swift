/// One named step of a build. A stage records problems as diagnostics and
/// throws `BuildFailure` only when later stages cannot run without it.
struct Stage {
    var name: String
    var run: (BuildContext) throws -> Void
}
