import Foundation
import PamphletMarkdown
import XCTest
@testable import PamphletCore

/// A page as `PageReader` would make it from `content/<contentPath>`.
func makePage(
    _ contentPath: String, title: String, weight: Int? = nil, slug: String? = nil, url: String? = nil,
    body: String = "", aliases: [String] = []
) -> Page {
    var matter = FrontMatter()
    matter.title = title
    matter.weight = weight
    matter.slug = slug
    matter.url = url
    matter.aliases = aliases.enumerated().map { Located(value: $0.element, position: SourcePosition(line: 2 + $0.offset, column: 3)) }
    let name = contentPath.fileName
    let parent = contentPath.parentPath
    let isIndex = name == "_index.md"
    return Page(
        kind: isIndex ? (parent.isEmpty ? .home : .section) : .page,
        source: "content/" + contentPath,
        contentPath: contentPath,
        parentFolder: isIndex ? parent.parentPath : parent,
        folder: isIndex ? parent : nil,
        language: "en",
        translationKey: contentPath,
        frontMatter: matter,
        body: body,
        bodyStartLine: 4,
        hasSourceFile: true)
}

func makeConfig(baseURL: String = "https://example.org/") -> SiteConfig {
    var config = SiteConfig()
    config.title = "Test site"
    config.baseURL = BaseURL(string: baseURL)!
    return config
}

func makeTree(_ pages: [Page], baseURL: String = "https://example.org/", file: StaticString = #filePath, line: UInt = #line) -> SiteTree {
    var diagnostics: [Diagnostic] = []
    let tree = SiteTreeBuilder(config: makeConfig(baseURL: baseURL)).build(pages: pages, diagnostics: &diagnostics)
    XCTAssertEqual(diagnostics, [], file: file, line: line)
    return tree
}

/// Renders `body` as `content/genes/what-is-dna.md` (its body from line 6)
/// in a small site with `genes/cells.md` and the file `images/cell.svg`.
func renderSamplePage(
    _ body: String, options: MarkdownDocument.Options = [], severity: Diagnostic.Severity = .error, basePath: String = "/",
    configure: (inout MarkdownRenderer) -> Void = { _ in }
) -> (RenderedMarkdown, [Diagnostic]) {
    var page = makePage("genes/what-is-dna.md", title: "What is DNA?", body: body)
    page.bodyStartLine = 6
    let tree = makeTree([
        makePage("_index.md", title: "Home"),
        makePage("genes/_index.md", title: "Genes"),
        page,
        makePage("genes/cells.md", title: "Cells"),
    ], baseURL: "https://example.org" + basePath)
    var renderer = MarkdownRenderer(
        resolver: LinkResolver(tree: tree, staticFiles: ["images/cell.svg"], basePath: basePath),
        options: options, brokenLinkSeverity: severity)
    configure(&renderer)
    let index = tree.index(of: "genes/what-is-dna.md")
    return renderer.render(tree.pages[index], index: index)
}

extension SiteTree {
    func index(of contentPath: String) -> Int {
        guard let index = byContentPath[contentPath] else {
            XCTFail("no page for \(contentPath)")
            return -1
        }
        return index
    }

    func titles(_ indices: [Int]) -> [String] { indices.map { pages[$0].title } }
}

/// A fresh folder under the system's temporary folder, removed after the test.
func temporaryFolder(_ testCase: XCTestCase) throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("pamphlet-core-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    testCase.addTeardownBlock { try? FileManager.default.removeItem(at: url) }
    return url
}

/// A folder of real files for one test, removed when the test ends.
final class TemporaryFolder {
    let root: URL

    init(_ testCase: XCTestCase) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("pamphlet-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        let root = self.root
        testCase.addTeardownBlock { try? FileManager.default.removeItem(at: root) }
    }

    /// Writes relative path -> text, creating folders as needed.
    func write(_ files: [String: String]) throws {
        for (path, text) in files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
    }
}

/// A test case with a fresh temporary folder for each test.
class TemporaryFolderTestCase: XCTestCase {
    private(set) var folder: TemporaryFolder!
    var root: URL { folder.root }

    override func setUpWithError() throws {
        try super.setUpWithError()
        folder = try TemporaryFolder(self)
    }

    func write(_ files: [String: String]) throws {
        try folder.write(files)
    }
}

/// `pages` arranged as an English and Spanish site, with the default theme's
/// template data, for tests of what templates are given.
func englishAndSpanishSite(_ pages: [Page], root: URL, file: StaticString = #filePath, line: UInt = #line) throws -> (SiteTree, TemplateData) {
    var config = makeConfig()
    config.languages = [Language(code: "en", name: "English", isDefault: true), Language(code: "es", name: "Español", isDefault: false)]
    var diagnostics: [Diagnostic] = []
    let tree = SiteTreeBuilder(config: config).build(pages: pages, diagnostics: &diagnostics)
    XCTAssertEqual(diagnostics, [], file: file, line: line)
    let theme = try XCTUnwrap(ThemeLoader(folder: SiteFolder(root: root), name: "default").load(diagnostics: &diagnostics), file: file, line: line)
    return (tree, TemplateData(tree: tree, config: config, theme: theme, today: CalendarDate(year: 2026, month: 12, day: 6)!))
}
