import Foundation

/// The files of the site to import, found without following any link: a
/// link in SOURCE may point anywhere on the machine.
struct SourceScan {
    /// Paths relative to the content folder, with "/" separators, sorted.
    var pages: [String] = []
    var files: [String] = []
    /// Files left behind, with why.
    var skipped: [(path: String, reason: String)] = []

    static let pageExtensions: Set<String> = ["md", "markdown", "mdown", "mkd"]
    /// Pictures and documents a page may show or link to.
    static let fileExtensions: Set<String> = [
        "png", "jpg", "jpeg", "gif", "svg", "webp", "avif", "ico", "pdf", "txt", "csv", "doc", "docx", "xls", "xlsx",
        "ppt", "pptx", "odt", "ods", "rtf", "mp3", "mp4", "m4a", "webm", "ogg", "vtt", "zip", "json", "xml",
    ]
    /// Files at the top of a repository that describe it, not pages of the site.
    static let repositoryFiles: Set<String> = ["README.MD", "LICENSE.MD", "CHANGELOG.MD", "CONTRIBUTING.MD", "CODE_OF_CONDUCT.MD", "AGENTS.MD", "CLAUDE.MD"]
    /// Folders of a generator's own machinery, never content.
    static let ignoredFolders: Set<String> = ["node_modules", "vendor", "_site", "public", "resources", "_data", "_layouts", "_includes", "_sass"]

    /// Walks `root`; `prefix` is put before every path found (`static/` files land at the top).
    static func walk(_ root: URL, prefix: String = "", into scan: inout SourceScan, isContent: Bool = true) {
        let fileManager = FileManager.default
        var pending = [""]
        while let relative = pending.popLast() {
            let folder = relative.isEmpty ? root.path : root.path + "/" + relative
            guard let names = try? fileManager.contentsOfDirectory(atPath: folder) else {
                scan.skipped.append((prefix + relative + "/", "the folder could not be read"))
                continue
            }
            for name in names.sorted() where !name.hasPrefix(".") {
                let path = relative.isEmpty ? name : relative + "/" + name
                var info = stat()
                guard lstat(folder + "/" + name, &info) == 0 else { continue }
                switch info.st_mode & S_IFMT {
                case S_IFLNK:
                    scan.skipped.append((prefix + path, "a symbolic link: not followed, so nothing outside the old site is read; copy the file it points to into place by hand"))
                case S_IFDIR:
                    // A generator's folders sit at the top (Jekyll's site is its own content folder).
                    if name == "node_modules" || (relative.isEmpty && ignoredFolders.contains(name)) { continue }
                    if name.hasPrefix("_") && name != "_posts" { continue }
                    pending.append(path)
                case S_IFREG:
                    let ext = (name as NSString).pathExtension.lowercased()
                    if isContent, relative.isEmpty, repositoryFiles.contains(name.uppercased()) {
                        scan.skipped.append((prefix + path, "a file about the repository, not a page"))
                    } else if isContent, pageExtensions.contains(ext) {
                        scan.pages.append(prefix + path)
                    } else if fileExtensions.contains(ext) {
                        scan.files.append(prefix + path)
                    } else if isContent {
                        scan.skipped.append((prefix + path, "not a page or a picture or document Pamphlet copies (.\(ext))"))
                    }
                default:
                    scan.skipped.append((prefix + path, "not a regular file"))
                }
            }
        }
        scan.pages.sort()
        scan.files.sort()
    }

    /// Where the pages are: Hugo's `content/` (or `content/en/` in a
    /// multilingual site), the folder itself when it has Jekyll's `_config`
    /// (Jekyll's own documentation keeps some pages in `pages/`, and its
    /// collections and posts beside it), Metalsmith's `pages/` or `src/`,
    /// else the folder itself (Jekyll).
    static func contentRoot(of source: URL) -> URL {
        let fileManager = FileManager.default
        func isFolder(_ url: URL) -> Bool {
            var info = stat()
            return lstat(url.path, &info) == 0 && info.st_mode & S_IFMT == S_IFDIR
        }
        let content = source.appendingPathComponent("content")
        if isFolder(content) {
            let names = (try? fileManager.contentsOfDirectory(atPath: content.path)) ?? []
            let hasPages = names.contains { pageExtensions.contains(($0 as NSString).pathExtension.lowercased()) && $0.hasPrefix("_index") }
            let languageFolders = names.filter { $0.count == 2 && isFolder(content.appendingPathComponent($0)) }
            if !hasPages, languageFolders.count == 1 { return content.appendingPathComponent(languageFolders[0]) }
            return content
        }
        let jekyllConfigs = ["_config.yml", "_config.yaml", "_config.toml"]
        if jekyllConfigs.contains(where: { fileManager.fileExists(atPath: source.appendingPathComponent($0).path) }) { return source }
        for name in ["pages", "src"] where isFolder(source.appendingPathComponent(name)) { return source.appendingPathComponent(name) }
        return source
    }
}
