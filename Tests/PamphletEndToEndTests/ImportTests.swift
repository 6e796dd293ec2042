import Foundation
import XCTest

/// `pamphlet import` on small Hugo, Metalsmith and Jekyll sites
/// (Tests/Fixtures/import-*): the files and report it writes, that the new
/// site builds with no broken link, and that it never touches SOURCE.
final class ImportTests: XCTestCase {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures")

    /// A fresh folder for DEST (not created) and a copy of the fixture as SOURCE.
    private func importFixture(_ name: String, file: StaticString = #filePath, line: UInt = #line) throws -> (source: URL, destination: URL, result: CommandResult) {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("pamphlet-import-\(UUID().uuidString)").resolvingSymlinksInPath()
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: scratch) }
        let source = scratch.appendingPathComponent("old")
        try FileManager.default.copyItem(at: Self.fixtures.appendingPathComponent(name), to: source)
        let destination = scratch.appendingPathComponent("new")
        let result = try Pamphlet.run(["import", source.path, destination.path], file: file, line: line)
        return (source, destination, result)
    }

    private func read(_ folder: URL, _ relative: String, file: StaticString = #filePath, line: UInt = #line) -> String {
        guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(relative).path) else {
            XCTFail("\(relative) was not written", file: file, line: line)
            return ""
        }
        return String(decoding: data, as: UTF8.self)
    }

    /// Builds the new site; `brokenLinks` are the broken-link lines expected (links the old site had broken too).
    private func buildImported(
        _ destination: URL, brokenLinks: [String] = [], file: StaticString = #filePath, line: UInt = #line
    ) throws -> CommandResult {
        let result = try Pamphlet.run(
            ["build", "--source", destination.path, "--output", destination.appendingPathComponent("output").path, "--today", FixtureSite.today],
            file: file, line: line)
        XCTAssertEqual(result.diagnosticLines.filter { $0.hasSuffix("[broken-link]") }, brokenLinks, result.stderr, file: file, line: line)
        if brokenLinks.isEmpty { XCTAssertEqual(result.status, 0, result.stderr, file: file, line: line) }
        XCTAssertFalse(result.stderr.contains("[internal]"), result.stderr, file: file, line: line)
        return result
    }

    func testHugoSite() throws {
        let (source, destination, result) = try importFixture("import-hugo")
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("Imported 5 pages and 2 files"), result.stdout)

        // TOML front matter becomes Pamphlet's YAML; dates never become `reviewed`.
        let flu = read(destination, "content/conditions/flu.md")
        XCTAssertTrue(flu.hasPrefix("""
            ---
            title: "Flu"
            description: "What flu is and when to see a doctor."
            weight: 1
            slug: "influenza"
            aliases:
              - "/flu/"
              - "/health/flu.html"
            ---
            """), flu)
        XCTAssertFalse(flu.contains("reviewed"), flu)
        // ref, relref and figure become Markdown; links to old addresses point at the .md files.
        XCTAssertTrue(flu.contains("See [asthma](asthma.md#warning-signs) and [who we are](../about/_index.md)."), flu)
        XCTAssertTrue(flu.contains("Our [contact page](../about/_index.md) and [the old list](asthma.md) are on this site."), flu)
        XCTAssertTrue(flu.contains("![A person in bed with a fever](../images/flu.png)\\\n*Rest and drink water.*"), flu)
        // A video becomes a link; anything in code stays as it was.
        XCTAssertTrue(flu.contains("\n[Watch the video](https://www.youtube.com/watch?v=w7Ft2ymGmfc)\n"), flu)
        XCTAssertTrue(flu.contains("[Asthma]({{< ref \"asthma.md\" >}}) stays as it is in a code block."), flu)
        XCTAssertTrue(flu.contains("And `{{< ref \"asthma.md\" >}}` in a code span stays too."), flu)
        XCTAssertTrue(read(destination, "content/_index.md").contains("Read about [flu](conditions/flu.md) and [asthma](conditions/asthma.md)."))

        // Hugo's leaf bundle moves to Pamphlet's folder page, with its picture beside it.
        XCTAssertTrue(read(destination, "content/about/_index.md").contains("![Our clinic's front door](photo.jpg)"))
        XCTAssertTrue(FileManager.default.fileExists(atPath: destination.appendingPathComponent("content/about/photo.jpg").path))
        XCTAssertTrue(FileManager.default.fileExists(atPath: destination.appendingPathComponent("content/images/flu.png").path))
        XCTAssertFalse(FileManager.default.fileExists(atPath: destination.appendingPathComponent("content/about/index.md").path))
        // `aliases:` left empty is no alias.
        let asthma = read(destination, "content/conditions/asthma.md")
        XCTAssertFalse(asthma.contains("aliases"), asthma)
        // Hugo's highlight is a fenced code block; an unknown shortcode stays as it was.
        XCTAssertTrue(asthma.hasSuffix("\n```yaml\npeak_flow: 450\n```\n"), asthma)
        XCTAssertTrue(asthma.contains("\n{{% notice warning %}}\n"), asthma)

        let report = read(destination, "import-report.md")
        for expected in [
            "- Pages imported: 5",
            "- `content/conditions/flu.md:21`: the youtube video is now a link ([Watch the video](https://www.youtube.com/watch?v=w7Ft2ymGmfc)); say what the video shows",
            "- `content/conditions/flu.md:23`: the link '/nowhere/' leads to /nowhere/, which is not a page or file of the imported site",
            "- `content/conditions/asthma.md:12`: the shortcode `{{% notice warning %}}` was left as it is",
            "- `content/conditions/asthma.md:14`: the shortcode `{{% /notice %}}` was left as it is",
            "- `content/conditions/flu.md:8`: 'date: 2018-10-06T10:00': set `reviewed` only after a clinician has checked the page",
            "- `content/conditions/flu.md:9`: 'lastmod: 2019-02-01'",
            "- `content/conditions/asthma.md:5`: 'date: 2018-10-6'",
            "- `layout` (1 page): `content/conditions/flu.md:10`",
            "- `tags` (1 page): `content/conditions/flu.md:11`",
            "- `content/about/index.md` → `content/about/_index.md`",
        ] {
            XCTAssertTrue(report.contains(expected), "expected\n  \(expected)\nin:\n\(report)")
        }
        // Nothing else was reported about the code block and span.
        XCTAssertFalse(report.contains("flu.md:26"), report)
        XCTAssertFalse(report.contains("flu.md:29"), report)

        let build = try buildImported(destination, brokenLinks: [
            "content/conditions/flu.md:21:6: error: the link '/nowhere/' points to content/nowhere/, which does not exist [broken-link]",
        ])
        XCTAssertTrue(build.stderr.contains("content/conditions/asthma.md:10:1: warning: '{{% notice warning %}}' is a Hugo shortcode"), build.stderr)
        XCTAssertFalse(build.stderr.contains("highlight"), build.stderr)
        XCTAssertTrue(read(destination, "site.yml").hasPrefix("title: \"Clinic\"\n"))
        // Hugo left raw HTML out unless told otherwise; this site did not tell it.
        XCTAssertTrue(read(destination, "site.yml").contains("  unsafe_html: false\n"), read(destination, "site.yml"))
        XCTAssertTrue(read(destination, ".gitignore").hasPrefix("/output/\n"))
        // With the broken link mended, the site builds, with the old addresses as redirects.
        let mended = read(destination, "content/conditions/flu.md").replacingOccurrences(of: "(/nowhere/)", with: "(https://example.org/)")
        try FileManager.default.removeItem(at: destination.appendingPathComponent("content/conditions/flu.md"))
        try Data(mended.utf8).write(to: destination.appendingPathComponent("content/conditions/flu.md"))
        let rebuilt = try buildImported(destination)
        XCTAssertTrue(FileManager.default.fileExists(atPath: destination.appendingPathComponent("output/conditions/influenza/index.html").path), rebuilt.stderr)
        XCTAssertTrue(FileManager.default.fileExists(atPath: destination.appendingPathComponent("output/flu/index.html").path), rebuilt.stderr)
        _ = source
    }

    func testLinksOnlyTheOldRenderHookUnderstoodAndAnchorsOnlyItsTemplatesMade() throws {
        let (_, destination, result) = try importFixture("import-hugo-hooks")
        XCTAssertEqual(result.status, 0, result.stderr)
        let flu = read(destination, "content/conditions/flu.md")
        // `(g)` was the hook's word for "the glossary page of these words": plurals too, and the glossary
        // (where most such links lead) before another page of the same name; a word with no page is text.
        XCTAssertTrue(flu.contains("Get your [vaccines](../glossary/vaccine.md) each autumn, one [dose](../glossary/dose.md) a year. A booster is not needed."), flu)
        let report = read(destination, "import-report.md")
        for expected in [
            "its link render hook (`layouts/_markup/render-link.html`)",
            "### `(g)`: 3 links",
            "- Now linked to the page their words name: 2 (`[vaccines](g)` → `content/glossary/vaccine.md`)",
            "- Now plain text, to link by hand: 1\n  - `content/conditions/flu.md:5`: \"booster\"",
            "- `content/conditions/flu.md:11`: `#ages` on `content/conditions/dose.md`, which has `{{% include \"shared/ages.md\" %}}` at line 7",
        ] {
            XCTAssertTrue(report.contains(expected), "expected\n  \(expected)\nin:\n\(report)")
        }
        // The definition list's term is an anchor; the shortcode's is not, and the report said so.
        let build = try buildImported(destination, brokenLinks: [
            "content/conditions/flu.md:11:53: error: the link 'dose.md#ages' names the heading '#ages', which content/conditions/dose.md does not have (it has no headings) [broken-link]",
        ])
        _ = build
    }

    func testMetalsmithSite() throws {
        let (_, destination, result) = try importFixture("import-metalsmith")
        XCTAssertEqual(result.status, 0, result.stderr)
        // `X.md` beside a folder `X/` is the folder's page, and its links start from inside the folder now.
        let healthCare = read(destination, "content/health-care/_index.md")
        XCTAssertTrue(healthCare.contains("weight: 1"), healthCare)
        XCTAssertTrue(healthCare.contains("You can [apply for health care](apply.md) or read the [eligibility rules](eligibility.md)."), healthCare)
        XCTAssertTrue(healthCare.contains(#"<a href="apply.md">Apply now</a>"#), healthCare)
        XCTAssertTrue(read(destination, "content/health-care/apply.md").contains("![An application form](../img/form.png)"))
        XCTAssertTrue(read(destination, "content/health-care/apply.md").contains("Go back to [health care](_index.md) or to the [home page](../_index.md)."))
        // Files the old site served from `assets/` at its top are copied; a forgotten copy claiming
        // /health-care/ with `url` keeps its own place, so links to /health-care/ still lead to the real page.
        XCTAssertTrue(read(destination, "content/health-care/eligibility.md").contains("Read [how to apply](apply.md). ![A leaflet](../forms/leaflet.png)"))
        XCTAssertTrue(FileManager.default.fileExists(atPath: destination.appendingPathComponent("content/forms/leaflet.png").path))
        XCTAssertFalse(read(destination, "content/bak-health-care.md").contains("url:"))
        let report = read(destination, "import-report.md")
        XCTAssertTrue(report.contains("- `pages/bak-health-care.md:3`: its address /health-care/ is also that of content/health-care/_index.md, so its 'url' was left out"), report)
        XCTAssertTrue(report.contains("- `pages/health-care.md:5`: 'lastupdate: 2018-10-6'"), report)
        XCTAssertTrue(report.contains("- `pages/health-care.md` → `content/health-care/_index.md`"), report)
        XCTAssertTrue(report.contains("- `layout` (2 pages): `pages/health-care.md:2`, `pages/index.md:2`"), report)
        // Metalsmith published the raw HTML in its pages: the new site keeps it, and says so.
        XCTAssertTrue(read(destination, "site.yml").contains("  unsafe_html: true\n"), read(destination, "site.yml"))
        XCTAssertTrue(report.contains("Raw HTML: Jekyll and Metalsmith publish raw HTML"), report)
        // The old site's own search page would take Pamphlet's /search/: it moves aside, and links follow it.
        XCTAssertTrue(read(destination, "content/search.md").contains("search-page"), read(destination, "content/search.md"))
        XCTAssertTrue(report.contains("site's search page (/search/)"), report)
        XCTAssertTrue(read(destination, "content/_index.md").contains("[search the site](search.md)"), read(destination, "content/_index.md"))
        let build = try buildImported(destination)
        XCTAssertTrue(FileManager.default.fileExists(atPath: destination.appendingPathComponent("output/health-care/old-overview/index.html").path), build.stderr)
        XCTAssertTrue(FileManager.default.fileExists(atPath: destination.appendingPathComponent("output/search-page/index.html").path), build.stderr)
        XCTAssertTrue(read(destination, "output/search/index.html").contains("search__results"))
    }

    func testJekyllSite() throws {
        let (_, destination, result) = try importFixture("import-jekyll")
        XCTAssertEqual(result.status, 0, result.stderr)
        let about = read(destination, "content/about.md")
        XCTAssertTrue(about.contains("url: \"/about-us/\"\nweight: 3\n") || about.contains("weight: 3"), about)
        XCTAssertTrue(about.contains("url: \"/about-us/\""), about)
        XCTAssertTrue(about.contains("aliases:\n  - \"/team/\""), about)
        XCTAssertTrue(about.contains("![Logo](assets/logo.svg)"), about)
        let home = read(destination, "content/_index.md")
        XCTAssertTrue(home.contains("Read [about us](about.md) and the [flu season post](posts/flu-season.md)."), home)
        let post = read(destination, "content/posts/flu-season.md")
        XCTAssertFalse(post.contains("draft"), post)
        XCTAssertTrue(read(destination, "content/posts/staff-party.md").contains("draft: true\n"))
        XCTAssertTrue(post.contains("Read [about us](../about.md)."), post)
        let report = read(destination, "import-report.md")
        XCTAssertTrue(report.contains("- `index.md:7`: the Liquid tag `{% include note.html %}` was left as it is"), report)
        XCTAssertTrue(report.contains("- `README.md`: a file about the repository, not a page"), report)
        XCTAssertFalse(FileManager.default.fileExists(atPath: destination.appendingPathComponent("content/README.md").path))
        // Published collections: `_conditions/` under /conditions/, `_guides/` (permalink /:path/) at the top; `_staff/` has no output.
        let asthma = read(destination, "content/conditions/asthma.md")
        XCTAssertTrue(asthma.contains("See [using an inhaler](../inhalers.md)."), asthma)
        XCTAssertTrue(asthma.contains("<a href=\"../about.md\">about us</a>"), asthma)
        let inhalers = read(destination, "content/inhalers.md")
        // An indented line inside raw HTML is not code: its link is rewritten too.
        XCTAssertTrue(inhalers.contains("    <a href=\"conditions/asthma.md\">Asthma</a>"), inhalers)
        XCTAssertFalse(FileManager.default.fileExists(atPath: destination.appendingPathComponent("content/staff/jane.md").path))
        XCTAssertFalse(FileManager.default.fileExists(atPath: destination.appendingPathComponent("content/jane.md").path))
        // What Jekyll copied as files, and what Pamphlet writes itself, are not pages.
        XCTAssertFalse(FileManager.default.fileExists(atPath: destination.appendingPathComponent("content/NOTES.md").path))
        XCTAssertTrue(report.contains("- `NOTES.md`: Jekyll published it as a plain file, not a page"), report)
        XCTAssertFalse(FileManager.default.fileExists(atPath: destination.appendingPathComponent("content/robots.txt").path))
        XCTAssertTrue(report.contains("- `robots.txt`: Pamphlet writes robots.txt itself"), report)
        XCTAssertTrue(report.contains("- `404.md:3`: it was the old site's not-found page (/404.html)"), report)
        _ = try buildImported(destination)
    }

    /// A Jekyll site (it has `_config.yml`) with some pages in `pages/`, as
    /// Jekyll's own documentation has: the folder itself is the site, so its
    /// collections and posts come too (only `pages/` came, 4 of 111 pages).
    func testJekyllSiteWithAPagesFolder() throws {
        let old = try FixtureSite([
            "_config.yml": "title: Clinic\ncollections:\n  docs:\n    output: true\n",
            "index.md": "---\ntitle: Home\n---\nRead [the guide](_docs/start.md).\n",
            "pages/about.md": "---\ntitle: About\n---\nAbout the clinic.\n",
            "_docs/start.md": "---\ntitle: Getting started\n---\nStart here.\n",
            // At its folder's address: the folder's page, not a rival of the section page Pamphlet makes.
            "_docs/community/community.md": "---\ntitle: Community\npermalink: /docs/community/\n---\nSee [bugs](bug.md).\n",
            "_docs/community/bug.md": "---\ntitle: Reporting a bug\npermalink: /docs/community/bug/\n---\nBack to [community](community.md).\n",
            "_posts/2024-01-02-flu.md": "---\ntitle: Flu season\n---\nGet a flu jab.\n",
        ], testCase: self)
        let source = old.root
        let destination = old.root.deletingLastPathComponent().appendingPathComponent(old.root.lastPathComponent + "-new")
        addTeardownBlock { try? FileManager.default.removeItem(at: destination) }
        let result = try Pamphlet.run(["import", source.path, destination.path])
        XCTAssertEqual(result.status, 0, result.stderr)
        for page in ["content/_index.md", "content/pages/about.md", "content/docs/start.md", "content/posts/flu.md", "content/docs/community/_index.md"] {
            XCTAssertTrue(FileManager.default.fileExists(atPath: destination.appendingPathComponent(page).path), page + "\n" + result.stdout)
        }
        XCTAssertTrue(read(destination, "content/_index.md").contains("Read [the guide](docs/start.md)."), read(destination, "content/_index.md"))
        XCTAssertFalse(read(destination, "content/docs/community/_index.md").contains("url:"), read(destination, "content/docs/community/_index.md"))
        XCTAssertTrue(read(destination, "content/docs/community/bug.md").contains("Back to [community](_index.md)."), read(destination, "content/docs/community/bug.md"))
        let build = try buildImported(destination)
        XCTAssertEqual(build.errorLines, [], build.stderr)
        XCTAssertEqual(build.status, 0, build.stderr)
    }

    func testSourceIsNeverChanged() throws {
        let (source, _, result) = try importFixture("import-hugo")
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(FixtureSite.snapshot(source), FixtureSite.snapshot(Self.fixtures.appendingPathComponent("import-hugo")))
    }

    func testRefusesFolderThatIsNotEmpty() throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("pamphlet-import-\(UUID().uuidString)").resolvingSymlinksInPath()
        try FileManager.default.createDirectory(at: scratch.appendingPathComponent("new"), withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: scratch) }
        try Data("keep me".utf8).write(to: scratch.appendingPathComponent("new/notes.txt"))
        let result = try Pamphlet.run(["import", Self.fixtures.appendingPathComponent("import-hugo").path, scratch.appendingPathComponent("new").path])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.contains("is not empty (it holds notes.txt); pamphlet import writes a new site only into a new or empty folder [import]"), result.stderr)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: scratch.appendingPathComponent("new").path), ["notes.txt"])
    }

    func testRefusesDestinationInsideSource() throws {
        let (source, _, _) = try importFixture("import-jekyll")
        let before = FixtureSite.snapshot(source)
        let result = try Pamphlet.run(["import", source.path, source.appendingPathComponent("imported").path])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.contains("is inside the old site"), result.stderr)
        XCTAssertEqual(FixtureSite.snapshot(source), before)
        XCTAssertFalse(FileManager.default.fileExists(atPath: source.appendingPathComponent("imported").path), "not even an empty folder is made in SOURCE")
    }

    func testSymbolicLinksAreNotFollowed() throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("pamphlet-import-\(UUID().uuidString)").resolvingSymlinksInPath()
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: scratch) }
        let source = scratch.appendingPathComponent("old")
        try FileManager.default.copyItem(at: Self.fixtures.appendingPathComponent("import-hugo"), to: source)
        let secret = scratch.appendingPathComponent("secret.md")
        try Data("---\ntitle: Secret\n---\nprivate\n".utf8).write(to: secret)
        try FileManager.default.createSymbolicLink(atPath: source.appendingPathComponent("content/conditions/secret.md").path, withDestinationPath: secret.path)
        try FileManager.default.createSymbolicLink(atPath: source.appendingPathComponent("content/outside").path, withDestinationPath: scratch.path)
        let destination = scratch.appendingPathComponent("new")
        let result = try Pamphlet.run(["import", source.path, destination.path])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: destination.appendingPathComponent("content/conditions/secret.md").path))
        XCTAssertFalse(FileManager.default.fileExists(atPath: destination.appendingPathComponent("content/outside").path))
        let report = read(destination, "import-report.md")
        XCTAssertTrue(report.contains("- `content/conditions/secret.md`: a symbolic link: not followed"), report)
        XCTAssertEqual(FixtureSite.files(in: scratch).filter { !$0.hasPrefix("old/") && !$0.hasPrefix("new/") }, ["secret.md"])
    }
}
