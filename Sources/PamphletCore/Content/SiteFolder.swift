import Foundation

/// Where a site's parts live on disk.
public struct SiteFolder: Sendable, Equatable {
    public var root: URL
    public var configFile: URL { root.appendingPathComponent("site.yml") }
    public var content: URL { root.appendingPathComponent("content") }
    public var themes: URL { root.appendingPathComponent("themes") }
    public var layouts: URL { root.appendingPathComponent("layouts") }

    public init(root: URL) {
        self.root = root.standardizedFileURL
    }

    /// The path a writer sees in messages: relative to the site folder.
    public func displayPath(_ url: URL) -> String {
        let base = root.path.hasSuffix("/") ? root.path : root.path + "/"
        let path = url.standardizedFileURL.path
        return path.hasPrefix(base) ? String(path.dropFirst(base.count)) : path
    }
}
