import Foundation
import Mustache

/// Finds the theme (the site's `themes/NAME/` or the one built into
/// Pamphlet), compiles its templates with the site's `layouts/` on top, and
/// lists its assets.
struct ThemeLoader: Equatable {
    let folder: SiteFolder
    let name: String
    var languages: [String] = ["en"]
    var defaultLanguage = "en"

    /// The built-in themes: the resources SwiftPM puts beside the pamphlet
    /// program (copied with it when it is installed), else, for a program
    /// copied away from them on the machine that built it, the source tree's.
    /// Nil when this copy has neither, which callers report; SwiftPM's
    /// `Bundle.module` ended the program with a stack trace instead.
    static let builtInThemes: URL? = builtInThemes(
        besideProgramIn: Bundle.main.bundleURL,
        source: URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Resources/themes"))

    /// The first of the candidates for `builtInThemes` that is a folder.
    static func builtInThemes(besideProgramIn folder: URL, source: URL) -> URL? {
        // Linux names the resources folder `.resources`, macOS `.bundle` (with its own layout).
        let resources = ["resources", "bundle"].map { folder.appendingPathComponent("Pamphlet_PamphletCore." + $0) }
        let candidates = resources.map { Bundle(url: $0)?.url(forResource: "themes", withExtension: nil) ?? $0.appendingPathComponent("themes") }
        return (candidates + [source]).first { candidate in
            var isFolder: ObjCBool = false
            return FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isFolder) && isFolder.boolValue
        }
    }

    func load(diagnostics: inout [Diagnostic]) -> Theme? {
        guard let themeRoot = locate() else {
            let missing = Self.builtInThemes == nil
                ? ", and this copy of pamphlet lacks its built-in themes (the Pamphlet_PamphletCore.resources folder that belongs "
                    + "beside the program; install the two together)" : ""
            diagnostics.append(.error(
                "there is no theme called '\(name)'\(missing); add themes/\(name)/ to the site or remove 'theme' from site.yml",
                file: "site.yml", code: "theme"))
            return nil
        }
        TemplateEscaping.register()
        var library = MustacheLibrary()
        var names: Set<String> = []
        var sources: [String: String] = [:]
        var includes: [String: [TemplateIncludes.Include]] = [:]
        let before = diagnostics.count
        // The built-in theme ships inside Pamphlet; everything else must stay inside the site.
        let boundary = isBuiltIn(themeRoot) ? nil : SiteBoundary(folder)
        if let boundary, let problem = boundary.problem(themeRoot.path, display: display(themeRoot)) {
            diagnostics.append(problem)
            return nil
        }
        let siteBoundary = SiteBoundary(folder)
        let templateFiles = templates(in: themeRoot.appendingPathComponent("templates"), boundary: boundary, diagnostics: &diagnostics)
            .merging(templates(in: folder.layouts, boundary: siteBoundary, diagnostics: &diagnostics), uniquingKeysWith: { _, layout in layout })
        guard !diagnostics[before...].hasErrors else { return nil }
        for (templateName, url) in templateFiles {
            switch SourceText.read(url, display: display(url)) {
            case .failure(let diagnostic):
                diagnostics.append(diagnostic)
            case .success(let text):
                // Its tags are read once: for how deep its sections nest, and for the templates it includes.
                let tags = TemplateIncludes.tags(in: text)
                if let line = TemplateIncludes.tooDeep(tags) {
                    diagnostics.append(.error(
                        "the template nests sections more than \(TemplateIncludes.deepestNesting) deep here; close some of them ({{/name}}) before opening more",
                        file: display(url), line: line, code: "theme"))
                    continue
                }
                do {
                    let source = TemplateEscaping.pragma + text
                    library.register(try MustacheTemplate(string: source), named: templateName)
                    names.insert(templateName)
                    sources[templateName] = source
                    includes[templateName] = TemplateIncludes.includes(tags)
                } catch let error as MustacheTemplate.ParserError {
                    diagnostics.append(.error(
                        "the template cannot be read: \(Self.explain(error.error))",
                        file: display(url), line: error.context.lineNumber - TemplateEscaping.pragmaLines,
                        column: error.context.columnNumber, code: "theme"))
                } catch {
                    diagnostics.append(.error("the template cannot be read: \(error)", file: display(url), code: "theme"))
                }
            }
        }
        diagnostics += includeLoops(includes, files: templateFiles)
        for required in ["page", "section", "home", "404"] where !names.contains(required) && diagnostics.count == before {
            diagnostics.append(.error(
                "the theme has no '\(required).mustache' template; add it to the theme's templates/ or to layouts/",
                file: display(themeRoot), code: "theme"))
        }
        guard !diagnostics[before...].hasErrors else { return nil }
        let assets = Self.assets(in: themeRoot.appendingPathComponent("assets"), boundary: boundary, folder: folder, diagnostics: &diagnostics)
        var theme = Theme(name: name, library: library, templateNames: names, assets: assets)
        theme.sources = sources
        theme.stringTables = loadStrings(themeRoot: themeRoot, boundary: boundary, diagnostics: &diagnostics)
        return diagnostics[before...].hasErrors ? nil : theme
    }

    /// A template that includes itself, directly or through others, is an
    /// error at the include that closes the loop (rendering it would never end).
    private func includeLoops(_ graph: [String: [TemplateIncludes.Include]], files: [String: URL]) -> [Diagnostic] {
        return TemplateIncludes.loops(graph).map { loop in
            let last = loop[loop.count - 2]
            let line = graph[last]?.first { $0.name == loop[loop.count - 1] }?.line
            return .error(
                "the template \(last) includes \(loop[loop.count - 1]), which leads back to it (\(loop.joined(separator: " → "))), "
                    + "so a page would never finish; remove one of these includes",
                file: files[last].map(display), line: line, code: "theme")
        }
    }

    /// The theme's words without loading its templates (the Markdown stage
    /// needs a callout's words before the theme is loaded); problems are
    /// left for `load` to report.
    func strings() -> [String: [String: String]] {
        guard let themeRoot = locate() else { return [:] }
        var ignored: [Diagnostic] = []
        let boundary = isBuiltIn(themeRoot) ? nil : SiteBoundary(folder)
        if let boundary, boundary.problem(themeRoot.path, display: display(themeRoot)) != nil { return [:] }
        return loadStrings(themeRoot: themeRoot, boundary: boundary, diagnostics: &ignored)
    }

    /// Reads `i18n/CODE.yml` from the theme, then from the site's `i18n/`
    /// (a site may reword any string), and warns about every word a
    /// language lacks compared with the default language.
    private func loadStrings(themeRoot: URL, boundary: SiteBoundary?, diagnostics: inout [Diagnostic]) -> [String: [String: String]] {
        var tables: [String: [String: String]] = [:]
        var origin: [String: String] = [:]
        for (directory, boundary) in [(themeRoot.appendingPathComponent("i18n"), boundary), (folder.root.appendingPathComponent("i18n"), SiteBoundary(folder))] {
            for file in Self.files(in: directory, boundary: boundary, folder: folder, diagnostics: &diagnostics)
            where file.hasSuffix(".yml") && !file.contains("/") {
                let code = String(file.dropLast(4))
                let url = directory.appendingPathComponent(file)
                guard case .success(let text) = SourceText.read(url, display: display(url)),
                      let map = YAMLMapping.parse(text, file: display(url), lineOffset: 0, diagnostics: &diagnostics) else { continue }
                for entry in map.entries {
                    if let value = map.string(entry.key, diagnostics: &diagnostics) { tables[code, default: [:]][entry.key] = value }
                }
                origin[code] = display(url)
            }
        }
        guard let base = tables[defaultLanguage] ?? tables["en"] else { return tables }
        for language in languages where language != defaultLanguage {
            let own = tables[language] ?? [:]
            let missing = base.keys.filter { own[$0] == nil }.sorted()
            guard !missing.isEmpty else { continue }
            let file = origin[language] ?? "themes/\(name)/i18n/\(language).yml"
            for key in missing {
                diagnostics.append(.warning(
                    "the theme has no '\(language)' text for '\(key)', so the \(defaultLanguage) text is used; add '\(key): ...' to \(file)",
                    file: file, code: "missing-string"))
            }
        }
        return tables
    }

    /// The theme's folder: the site's `themes/NAME/` when it has templates, else the built-in one.
    func locate() -> URL? {
        let local = folder.themes.appendingPathComponent(name)
        if FileManager.default.fileExists(atPath: local.appendingPathComponent("templates").path) { return local }
        if let builtIn = Self.builtInThemes?.appendingPathComponent(name),
           FileManager.default.fileExists(atPath: builtIn.appendingPathComponent("templates").path) {
            return builtIn
        }
        return nil
    }

    private func display(_ url: URL) -> String {
        folder.displayPath(url)
    }

    private func isBuiltIn(_ themeRoot: URL) -> Bool {
        guard let builtIn = Self.builtInThemes?.standardizedFileURL.path else { return false }
        return themeRoot.standardizedFileURL.path.hasPrefix(builtIn + "/")
    }

    /// `templates/partials/footer.mustache` -> "partials/footer".
    private func templates(in directory: URL, boundary: SiteBoundary?, diagnostics: inout [Diagnostic]) -> [String: URL] {
        var found: [String: URL] = [:]
        for relative in Self.files(in: directory, boundary: boundary, folder: folder, diagnostics: &diagnostics)
        where relative.hasSuffix(".mustache") {
            found[String(relative.dropLast(".mustache".count))] = directory.appendingPathComponent(relative)
        }
        return found
    }

    /// The files under `directory`; with a `boundary`, one that leads out of
    /// the site (the folder itself, or a file or folder in it, being a
    /// symbolic link) is reported and left out, as is anything but a plain file.
    static func files(in directory: URL, boundary: SiteBoundary?, folder: SiteFolder, diagnostics: inout [Diagnostic]) -> [String] {
        guard let boundary else { return files(in: directory) }
        guard FileManager.default.fileExists(atPath: directory.path) else { return [] }
        if let problem = boundary.problem(directory.path, display: folder.displayPath(directory)) {
            diagnostics.append(problem)
            return []
        }
        return files(in: directory).filter { relative in
            let path = directory.appendingPathComponent(relative).path
            if let problem = boundary.problem(path, display: folder.displayPath(directory.appendingPathComponent(relative))) {
                diagnostics.append(problem)
                return false
            }
            return true
        }
    }

    static func files(in directory: URL) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: directory.path) else { return [] }
        var files: [String] = []
        while let relative = enumerator.nextObject() as? String {
            var isDirectory: ObjCBool = false
            let name = relative.fileName
            if name.hasPrefix(".") { continue }
            if FileManager.default.fileExists(atPath: directory.appendingPathComponent(relative).path, isDirectory: &isDirectory),
               !isDirectory.boolValue {
                files.append(relative)
            }
        }
        return files.sorted()
    }

    static func assets(in directory: URL, boundary: SiteBoundary?, folder: SiteFolder, diagnostics: inout [Diagnostic]) -> [Theme.Asset] {
        files(in: directory, boundary: boundary, folder: folder, diagnostics: &diagnostics).map { relative in
            let source = directory.appendingPathComponent(relative)
            let ext = relative.fileExtension
            var output = "assets/" + relative
            // Hashed names let hosts cache stylesheets forever; a change gets a new name.
            if ext == "css" || ext == "js", let data = try? Data(contentsOf: source) {
                output = "assets/" + relative.removingExtension + "." + ContentHash.hex(data) + "." + ext
            }
            let key = relative.map { $0.isLetter || $0.isNumber ? $0 : "_" }
            return Theme.Asset(source: source, outputPath: output, key: String(key))
        }
    }

    static func explain(_ error: Error) -> String {
        let text = "\(error)"
        switch text {
        case "sectionCloseNameIncorrect": return "a section is closed with a different name than it was opened with"
        case "unfinishedName": return "a tag is not closed with '}}'"
        case "expectedSectionEnd": return "a section '{{#name}}' is never closed with '{{/name}}'"
        default: return text
        }
    }
}
