/// A link to a part of a page (`#fragment`) the page does not have: how
/// "Check links" says it, and how a reader of its findings (`pamphlet
/// import`'s report) gets the part and the page back, in one place so the
/// two cannot drift apart.
public enum MissingFragment {
    static func message(destination: String, fragment: String, target: String, hint: String, known: String) -> String {
        "the link '\(destination)' names the heading '#\(fragment)', which \(target) does not have\(hint) (\(known))"
    }

    /// The missing part and the page's source file, when `diagnostic` says a link names a part its page lacks.
    public static func parse(_ diagnostic: Diagnostic) -> (fragment: String, target: String)? {
        guard diagnostic.code == "broken-link",
              let match = diagnostic.message.firstMatch(of: /names the heading '#([^']*)', which (\S+) does not have/)
        else { return nil }
        return (String(match.output.1), String(match.output.2))
    }
}
