import Foundation

/// Finds the files under `content/`: Markdown pages and the static files
/// (images, PDFs) that are copied as they are.
struct ContentScanner {
    struct Found {
        /// Paths relative to `content/`, with "/" separators, sorted.
        var markdown: [String] = []
        var staticFiles: [String] = []
        var dataFiles: [String] = []
    }

    let folder: SiteFolder

    func scan(diagnostics: inout [Diagnostic]) -> Found {
        var found = Found()
        let fileManager = FileManager.default
        let root = folder.content.resolvingSymlinksInPath().path
        guard fileManager.fileExists(atPath: folder.content.path) else {
            diagnostics.append(.error(
                "there is no content/ folder here; run 'pamphlet init' to start a site, or pass --source with the site folder",
                file: "content", code: "content"))
            return found
        }
        walk(relative: "", root: root, found: &found, diagnostics: &diagnostics)
        found.markdown.sort()
        found.staticFiles.sort()
        return found
    }

    private func walk(relative: String, root: String, found: inout Found, diagnostics: inout [Diagnostic]) {
        let fileManager = FileManager.default
        let directory = relative.isEmpty ? root : root + "/" + relative
        guard let names = try? fileManager.contentsOfDirectory(atPath: directory) else { return }
        for name in names.sorted() where !name.hasPrefix(".") {
            let path = relative.isEmpty ? name : relative + "/" + name
            let full = directory + "/" + name
            let display = "content/" + path
            var isDirectory: ObjCBool = false
            // One lstat per entry: asking FileManager whether each is a link
            // made a failed call, with its error value, for every page.
            var info = stat()
            guard lstat(full, &info) == 0 else { continue }
            if info.st_mode & S_IFMT == S_IFLNK, let destination = try? fileManager.destinationOfSymbolicLink(atPath: full) {
                // A link may point anywhere on the machine; only follow it inside content/.
                let target = URL(fileURLWithPath: destination, relativeTo: URL(fileURLWithPath: directory, isDirectory: true))
                    .standardizedFileURL.resolvingSymlinksInPath().path
                guard target == root || target.hasPrefix(root + "/") else {
                    diagnostics.append(.error(
                        "this symbolic link points outside content/ (to \(destination)); copy the file into content/ instead",
                        file: display, code: "outside-root"))
                    continue
                }
                guard fileManager.fileExists(atPath: target, isDirectory: &isDirectory), !isDirectory.boolValue else {
                    if isDirectory.boolValue {
                        diagnostics.append(.warning("symbolic links to folders are not followed; skipped", file: display, code: "content"))
                    } else {
                        diagnostics.append(.error("this symbolic link points to a file that does not exist", file: display, code: "content"))
                    }
                    continue
                }
            } else {
                isDirectory = ObjCBool(info.st_mode & S_IFMT == S_IFDIR)
            }
            if isDirectory.boolValue {
                walk(relative: path, root: root, found: &found, diagnostics: &diagnostics)
            } else if name.hasSuffix(".md") {
                found.markdown.append(path)
            } else if relative.isEmpty && (name == "glossary.yml" || name.hasPrefix("glossary.")) && name.hasSuffix(".yml") {
                found.dataFiles.append(path)
            } else {
                found.staticFiles.append(path)
            }
        }
    }
}
