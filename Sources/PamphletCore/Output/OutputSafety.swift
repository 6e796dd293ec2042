import Foundation

/// Refuses output folders whose replacement would delete the site itself.
enum OutputSafety {
    static func problem(output: URL, site: SiteFolder) -> String? {
        let out = output.standardizedFileURL.resolvingSymlinksInPath().path
        let root = site.root.resolvingSymlinksInPath().path
        if out == "/" || out == root || root.hasPrefix(out + "/") {
            return "the output folder \(output.path) would replace the site's own files; choose a separate folder such as output/"
        }
        for protected in [site.content, site.themes, site.layouts] {
            let path = protected.resolvingSymlinksInPath().path
            if out == path || out.hasPrefix(path + "/") {
                return "the output folder \(output.path) is inside \(site.displayPath(protected))/; choose a separate folder such as output/"
            }
        }
        return nil
    }
}
