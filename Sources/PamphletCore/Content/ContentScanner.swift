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
        let entries: [(name: String, kind: UInt8)]
        switch Self.entries(of: directory) {
        case .success(let listed):
            entries = listed
        case .failure(let problem):
            // Skipping it would publish the site without its pages, and say nothing.
            let display = relative.isEmpty ? "content" : "content/" + relative
            diagnostics.append(.error(
                "this folder cannot be read (\(problem.reason)), so its pages would be missing from the site; "
                    + "give yourself read access (chmod u+rx '\(display)') or move it out of content/",
                file: display + "/", code: "content"))
            return
        }
        // In a folder that can be listed but not entered, every lstat fails and names its file.
        let trustsListing = faccessat(AT_FDCWD, directory, X_OK, AT_EACCESS) == 0
        for (name, listed) in entries.sorted(by: { $0.name < $1.name }) where !name.hasPrefix(".") {
            let kind = trustsListing ? listed : UInt8(DT_UNKNOWN)
            let path = relative.isEmpty ? name : relative + "/" + name
            let full = directory + "/" + name
            let display = "content/" + path
            var isDirectory: ObjCBool = false
            // The listing says what most entries are; the others take one lstat
            // (asking FileManager whether each is a link made a failed call, with
            // its error value, for every page, and an lstat per page was most
            // of this walk: each looks the whole path up again).
            var info = stat()
            if kind == UInt8(DT_REG) {
                info.st_mode = S_IFREG
            } else if kind == UInt8(DT_DIR) {
                info.st_mode = S_IFDIR
            } else if lstat(full, &info) != 0 {
                // Gone since the listing: nothing to publish. Anything else (a folder
                // that can be listed but not entered) would drop the file unsaid.
                if errno != ENOENT {
                    diagnostics.append(.error(
                        "this file cannot be read (\(String(cString: strerror(errno)))); give yourself access to its folder (chmod u+rx) or remove it",
                        file: display, code: "content"))
                }
                continue
            }
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
            } else if let problem = Self.unpublishable(
                full, mode: info.st_mode & S_IFMT == S_IFLNK ? nil : info.st_mode, opening: !name.hasSuffix(".md")) {
                diagnostics.append(.error(problem, file: display, code: "content"))
            } else if name.hasSuffix(".md") {
                found.markdown.append(path)
            } else if relative.isEmpty && (name == "glossary.yml" || name.hasPrefix("glossary.")) && name.hasSuffix(".yml") {
                found.dataFiles.append(path)
            } else {
                found.staticFiles.append(path)
            }
        }
    }

    /// The names in a folder with their types as the listing gives them
    /// (`d_type`: `DT_UNKNOWN` where the file system does not say), or why
    /// the folder cannot be listed.
    static func entries(of directory: String) -> Result<[(name: String, kind: UInt8)], Unlisted> {
        guard let handle = opendir(directory) else { return .failure(Unlisted(reason: String(cString: strerror(errno)))) }
        defer { closedir(handle) }
        var entries: [(name: String, kind: UInt8)] = []
        while let entry = readdir(handle) {
            let name = withUnsafePointer(to: &entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: MemoryLayout.size(ofValue: entry.pointee.d_name)) { String(cString: $0) }
            }
            if name == "." || name == ".." { continue }
            entries.append((name, entry.pointee.d_type))
        }
        return .success(entries)
    }

    /// A folder that cannot be listed, with the system's reason.
    struct Unlisted: Error {
        var reason: String
    }

    /// Why a file (or the file a link names) cannot be published, checked
    /// while reading so the build stops before it writes anything. A pipe
    /// or device would block the build or copy endlessly; an unreadable
    /// file would fail in the middle of writing.
    /// `mode` is the entry's own when it is not a link; pages are not
    /// opened here, as reading them reports the same problem with its reason.
    static func unpublishable(_ path: String, mode known: mode_t?, opening: Bool) -> String? {
        var mode = known ?? 0
        if known == nil {
            var info = stat()
            guard stat(path, &info) == 0 else {
                return "this file cannot be read (\(String(cString: strerror(errno)))); fix or remove it"
            }
            mode = info.st_mode
        }
        guard mode & S_IFMT == S_IFREG else {
            return "this is not a regular file (a pipe, socket or device); remove it from content/"
        }
        guard opening else { return nil }
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else {
            return "this file cannot be read (\(String(cString: strerror(errno)))), so it would be missing from the site; "
                + "give read access (chmod a+r) or remove it"
        }
        close(descriptor)
        return nil
    }

}
