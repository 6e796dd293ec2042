extension FrontMatter {
    /// `publish_date`, `expires` and `expires_redirect`, read like `reviewed`.
    static func readPublication(_ map: YAMLMapping, into matter: inout FrontMatter, file: String, diagnostics: inout [Diagnostic]) {
        matter.publishDate = map.date("publish_date", diagnostics: &diagnostics)
        matter.expires = map.date("expires", diagnostics: &diagnostics)
        if let node = map.node("expires_redirect") {
            let (line, column) = map.position(of: node)
            if let target = map.string("expires_redirect", diagnostics: &diagnostics)?.trimmingCharacters(in: .horizontalSpaces), !target.isEmpty {
                matter.expiresRedirect = Located(value: target, position: SourcePosition(line: line ?? 2, column: column))
            } else {
                diagnostics.append(map.error(
                    "'expires_redirect' must name a page, such as other-page.md or /other-page/", at: node, code: "front-matter"))
            }
        }
        // A page that expires before it is published would never be shown.
        if let publish = matter.publishDate, let expires = matter.expires, expires < publish {
            let position = matter.positions["expires"]
            diagnostics.append(.error(
                "expires (\(expires.iso)) is before publish_date (\(publish.iso)), so the page would never be published; correct one of the dates",
                file: file, line: position?.line, column: position?.column, code: "publication-dates"))
        }
    }
}
