import Foundation

/// What the stages of one build hand to each other.
final class BuildContext {
    let options: BuildOptions
    let folder: SiteFolder
    var diagnostics: [Diagnostic] = []
    var config = SiteConfig()
    var pages: [Page] = []
    var staticFiles: [String] = []
    /// Each language's glossary (`content/glossary.yml`, `glossary.es.yml`).
    var glossaries: [String: Glossary] = [:]
    var tree: SiteTree?
    var redirects: [Redirect] = []
    var theme: Theme?
    var health: [PageHealth] = []

    init(options: BuildOptions) {
        self.options = options
        folder = SiteFolder(root: options.source)
    }
}
