import Foundation
import PamphletCore

/// `pamphlet import SOURCE DEST`: a Hugo, Jekyll or Metalsmith folder of
/// Markdown made into a new Pamphlet site. SOURCE is only read.
public struct SiteImporter {
    public var source: URL
    public var destination: URL
    /// The folder of pages inside SOURCE, when the guess (`content/`, `pages/`, SOURCE) is wrong.
    public var contentFolder: String?

    public init(source: URL, destination: URL, contentFolder: String? = nil) {
        self.source = source
        self.destination = destination
        self.contentFolder = contentFolder
    }

    public func run() throws -> ImportReport {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: source.path, isDirectory: &isFolder), isFolder.boolValue else {
            throw ImportFailure("\(source.path) is not a folder; give pamphlet import the folder of the site to bring over")
        }
        let contentRoot = contentFolder.map { source.appendingPathComponent($0) } ?? SourceScan.contentRoot(of: source)
        let rootPrefix = contentRoot.standardizedFileURL.path == source.standardizedFileURL.path
            ? "" : String(contentRoot.standardizedFileURL.path.dropFirst(source.standardizedFileURL.path.count + 1)) + "/"
        // Pages of a Jekyll collection come from `_NAME/`, not from the content folder.
        var collectionSources: [String: (url: URL, display: String)] = [:]
        func display(_ path: String) -> String { collectionSources[path]?.display ?? rootPrefix + path }
        var output = try ImportDestination.prepare(destination, source: source)

        var scan = SourceScan()
        SourceScan.walk(contentRoot, into: &scan)
        // Hugo serves `static/` at the top of the site; Metalsmith-style sites (pages in `pages/` or `src/`) their `assets/`.
        let isHugo = contentFolder == nil && rootPrefix.hasPrefix("content/")
        let staticName = isHugo ? "static" : "assets"
        let staticFolder = source.appendingPathComponent(staticName)
        var staticScan = SourceScan()
        if contentFolder == nil, isHugo || ["pages/", "src/"].contains(rootPrefix) { SourceScan.walk(staticFolder, into: &staticScan, isContent: false) }

        var report = ImportReport()
        // Jekyll (pages at the top of SOURCE) publishes the collections `_config.yml` says to.
        let isJekyll = contentFolder == nil && rootPrefix.isEmpty
        if isJekyll {
            for collection in JekyllCollections(source: source).published {
                let name = "_" + collection.name
                let folder = source.appendingPathComponent(name)
                var info = stat()
                guard lstat(folder.path, &info) == 0, info.st_mode & S_IFMT == S_IFDIR else {
                    if info.st_mode & S_IFMT == S_IFLNK {
                        report.skippedFiles.append((name + "/", "a symbolic link: not followed, so nothing outside the old site is read; copy the folder into place by hand"))
                    }
                    continue
                }
                var collectionScan = SourceScan()
                SourceScan.walk(folder, prefix: collection.prefix, into: &collectionScan)
                let taken = Set(scan.pages + scan.files)
                for (paths, arePages) in [(collectionScan.pages, true), (collectionScan.files, false)] {
                    for path in paths {
                        let inFolder = String(path.dropFirst(collection.prefix.count))
                        if taken.contains(path) {
                            report.skippedFiles.append((name + "/" + inFolder, "\(path) at the top of the site has the same address"))
                            continue
                        }
                        collectionSources[path] = (folder.appendingPathComponent(inFolder), name + "/" + inFolder)
                        guard arePages else {
                            scan.files.append(path)
                            continue
                        }
                        scan.pages.append(path)
                        if let pattern = collection.unfollowedPattern {
                            report.findings.append(.init(file: name + "/" + inFolder, line: 1, message: "its collection's permalink pattern '\(pattern)' is not followed, so its address is now /\(path.removingPathExtension)/; add its old address to 'aliases' if old links must keep working"))
                        }
                    }
                }
                scan.skipped += collectionScan.skipped.map { (name + "/" + $0.path.dropFirst(collection.prefix.count), $0.reason) }
            }
            scan.pages.sort()
        }
        // Files Pamphlet writes itself are not copied over them.
        scan.files.removeAll { path in
            guard let writer = TopLevelFiles.written[path] else { return false }
            report.skippedFiles.append((display(path), "Pamphlet writes \(writer) itself"))
            return true
        }
        var found: [(path: String, matter: SourceFrontMatter)] = []
        for path in scan.pages {
            guard let data = FileManager.default.contents(atPath: collectionSources[path]?.url.path ?? contentRoot.path + "/" + path),
                  var text = String(data: data, encoding: .utf8) else {
                report.findings.append(.init(file: display(path), line: 1, message: "not imported: it is not UTF-8 text; save it as UTF-8 and import again"))
                continue
            }
            if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
            text = text.replacingOccurrences(of: "\r\n", with: "\n")
            let (matter, problem) = SourceFrontMatter.read(text)
            // Jekyll publishes a Markdown file without front matter as it is, a file rather than a page.
            if isJekyll, problem == nil, matter.bodyStartLine == 1 {
                report.skippedFiles.append((display(path), "Jekyll published it as a plain file, not a page, as it has no front matter; add front matter (a 'title') and import again if it should be a page"))
                continue
            }
            if let problem { report.findings.append(.init(file: display(path), line: problem.line, message: problem.message)) }
            found.append((path, matter))
        }
        var files = scan.files
        var fileSources: [String: URL] = [:]
        for file in scan.files { fileSources[file] = collectionSources[file]?.url ?? contentRoot.appendingPathComponent(file) }
        for file in staticScan.files {
            if fileSources[file] != nil {
                report.skippedFiles.append((staticName + "/" + file, "content/\(file) has the same name"))
                continue
            }
            files.append(file)
            fileSources[file] = staticFolder.appendingPathComponent(file)
        }
        var plan = ImportPlan(pages: found, files: files, permalinks: isHugo ? HugoPermalinks(source: source) : .init(patterns: [:]), display: display)
        // `{% link _pages/x.md %}` names a collection's page by its file in SOURCE.
        for (path, source) in collectionSources { if let destination = plan.pageBySource[path] { plan.pageBySource[source.display] = destination } }
        report.findings += plan.problems
        report.moves = plan.moves.map { (display($0.0), $0.1) }
        let targets = LinkTargets(plan: plan)
        var hook = LinkRenderHook(source: source)
        hook?.learnFolders(bodies: plan.pages.map { String($0.matter.body) }, plan: plan)
        report.hookFile = hook?.file

        for page in plan.pages {
            let file = display(page.source)
            let matter = FrontMatterConversion(page.matter, page: page, file: file)
            var body = BodyConversion(targets: targets, page: page, file: file, firstLine: page.matter.bodyStartLine, hook: hook)
            let converted = body.convert(String(page.matter.body))
            report.findings += matter.findings + body.findings
            report.hookLinks += body.hookLinks
            report.dateNotes += matter.dateNotes
            for (key, line) in matter.droppedKeys { report.droppedKeys[key, default: []].append(.init(file: file, line: line, message: "")) }
            try output.write(Data((matter.yaml + (converted.hasPrefix("\n") ? "" : "\n") + converted).utf8), to: "content/" + page.destination)
            report.pagesImported += 1
        }
        for file in files.sorted() {
            guard let from = fileSources[file], let data = FileManager.default.contents(atPath: from.path) else {
                report.skippedFiles.append((file, "could not be read"))
                continue
            }
            try output.write(data, to: "content/" + file)
            report.filesCopied += 1
        }
        report.skippedFiles += scan.skipped.map { (display($0.path), $0.reason) } + staticScan.skipped.map { (staticName + "/" + $0.path, $0.reason) }
        if plan.pageBySource.values.contains("_index.md") == false {
            try output.write(Data("---\ntitle: \(PageScaffold.yamlQuoted(Self.siteTitle(source)))\n---\n".utf8), to: "content/_index.md")
        }
        let rawHTML = RawHTMLSetting(source: source, isHugo: isHugo)
        report.rawHTML = rawHTML.reason
        try output.write(Data(Self.siteSettings(title: Self.siteTitle(source), rawHTML: rawHTML).utf8), to: "site.yml")
        try output.write(Data((GitIgnore.pamphletLines.joined(separator: "\n") + "\n").utf8), to: ".gitignore")
        report.findings.sort { ($0.file, $0.line) < ($1.file, $1.line) }
        var madeBy: [String: String] = [:]
        for page in plan.pages {
            if let layout = page.matter.values["layout"]?.text, !layout.isEmpty { madeBy["content/" + page.destination] = layout }
        }
        report.missingAnchors = MissingAnchors.find(in: destination, layouts: madeBy, oldFrontMatter: Dictionary(
            plan.pages.map { ("content/" + $0.destination, String($0.matter.frontMatterText)) }, uniquingKeysWith: { first, _ in first }))
        try output.write(Data(report.markdown.utf8), to: ImportReport.file)
        return report
    }

    /// The old site's title from its settings (`hugo.toml`, `config.toml`, `_config.yml`), else its folder's name.
    static func siteTitle(_ source: URL) -> String {
        for name in ["hugo.toml", "config.toml", "hugo.yaml", "hugo.yml", "config.yaml", "config.yml", "_config.yml"] {
            guard let text = SourceFile.text(name, in: source) else { continue }
            let marker = name.hasSuffix(".toml") ? "+++" : "---"
            let (settings, _) = SourceFrontMatter.read(marker + "\n" + text + "\n" + marker + "\n")
            if let title = settings.values["title"]?.text?.trimmingCharacters(in: .whitespaces), !title.isEmpty { return title }
        }
        return FrontMatterConversion.humanize(source.standardizedFileURL.lastPathComponent)
    }

    static func siteSettings(title: String, rawHTML: RawHTMLSetting) -> String {
        """
        title: \(PageScaffold.yamlQuoted(title))
        base_url: https://health.example.org/
        language: en
        # Raw HTML in pages is published only when this is true: \(rawHTML.reason).
        markdown:
          unsafe_html: \(rawHTML.kept)
        # Imported pages have no clinical review yet: warn rather than stop the build
        # while they are checked, and set each page's `reviewed` date after its review.
        review:
          overdue: warning

        """
    }
}
