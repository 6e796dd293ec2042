import Foundation
import XCTest
@testable import PamphletCore

/// The incremental builder against the reference: after every kind of edit,
/// its output folder must equal, byte for byte, what a fresh `SiteBuilder`
/// build of the same files writes.
final class IncrementalBuilderTests: XCTestCase {
    var work: URL!
    var site: URL!
    var builder: IncrementalBuilder!
    /// Builds as `pamphlet serve` does, with each page's reading grade shown.
    var preview = false

    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    /// The tests' copy of the sample site.
    private static let sampleSite = repository.appendingPathComponent("Tests/Fixtures/sample-site")

    override func setUpWithError() throws {
        work = FileManager.default.temporaryDirectory.appendingPathComponent("pamphlet-incremental-\(UUID().uuidString)")
        site = work.appendingPathComponent("site")
        try FileManager.default.createDirectory(at: site, withIntermediateDirectories: true)
        for name in ["content", "site.yml"] {
            try FileManager.default.copyItem(
                at: Self.sampleSite.appendingPathComponent(name), to: site.appendingPathComponent(name))
        }
        // A real copy of the theme, so its files can be edited.
        try FileManager.default.createDirectory(at: site.appendingPathComponent("themes"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            at: Self.repository.appendingPathComponent("Sources/PamphletCore/Resources/themes/default"),
            to: site.appendingPathComponent("themes/default"))
        builder = IncrementalBuilder(options: options(output: work.appendingPathComponent("incremental")))
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: work)
    }

    func options(output: URL) -> BuildOptions {
        var options = BuildOptions(source: site, output: output)
        options.baseURL = "http://127.0.0.1:8000/"
        options.today = CalendarDate(iso: "2026-11-01")!
        options.preview = preview
        return options
    }

    // MARK: Helpers

    func path(_ relative: String) -> URL { site.appendingPathComponent(relative) }

    func read(_ relative: String) throws -> String { try String(contentsOf: path(relative), encoding: .utf8) }

    func write(_ relative: String, _ text: String) throws {
        try FileManager.default.createDirectory(at: path(relative).deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: path(relative))
    }

    func replace(_ relative: String, _ old: String, with new: String) throws {
        let text = try read(relative)
        XCTAssertTrue(text.contains(old), "\(relative) does not contain \(old)")
        try write(relative, text.replacingOccurrences(of: old, with: new))
    }

    private func files(in folder: URL) -> [String: Data] {
        var found: [String: Data] = [:]
        guard let enumerator = FileManager.default.enumerator(atPath: folder.path) else { return found }
        while let relative = enumerator.nextObject() as? String {
            var isDirectory: ObjCBool = false
            let full = folder.appendingPathComponent(relative)
            if FileManager.default.fileExists(atPath: full.path, isDirectory: &isDirectory), !isDirectory.boolValue {
                found[relative] = FileManager.default.contents(atPath: full.path)
            }
        }
        return found
    }

    /// Builds incrementally, then fully into another folder, and compares every file.
    @discardableResult
    func buildAndCompare(file: StaticString = #filePath, line: UInt = #line) -> IncrementalBuilder.Outcome {
        let outcome = builder.build()
        let reference = SiteBuilder(options: options(output: work.appendingPathComponent("full"))).run()
        XCTAssertEqual(outcome.result.diagnostics, reference.diagnostics, "diagnostics differ", file: file, line: line)
        XCTAssertEqual(outcome.result.health, reference.health, "pages' figures differ", file: file, line: line)
        XCTAssertEqual(outcome.result.succeeded, reference.succeeded, file: file, line: line)
        XCTAssertEqual(outcome.result.stages.map(\.name), reference.stages.map(\.name), "a different stage stopped the build", file: file, line: line)
        guard reference.succeeded else { return outcome }
        let incremental = files(in: builder.options.output)
        let full = files(in: work.appendingPathComponent("full"))
        XCTAssertEqual(Set(incremental.keys), Set(full.keys), "different files", file: file, line: line)
        for (name, data) in full where incremental[name] != data {
            XCTFail("\(name) differs from the full build", file: file, line: line)
        }
        XCTAssertGreaterThan(full.count, 20, file: file, line: line)
        return outcome
    }

    // MARK: Tests

    func testRunsTheFullBuildsStagesWithItsCaches() {
        XCTAssertEqual(SiteBuilder.stages.map(\.id), Stage.ID.allCases, "every stage runs, once, in order")
        let context = BuildContext(options: builder.options)
        XCTAssertNil(context.caches, "a full build has no caches")
        let outcome = buildAndCompare()
        XCTAssertEqual(outcome.result.stages.map(\.name), Stage.ID.allCases.map(\.name))
    }

    func testFirstBuildIsAFullBuild() {
        let outcome = buildAndCompare()
        XCTAssertEqual(outcome.kind, .full)
        XCTAssertEqual(outcome.siteTitle, "Genes and Health")
        XCTAssertGreaterThan(outcome.reparsed.count, 20)
    }

    func testNothingChangedBuildsNothing() {
        buildAndCompare()
        let outcome = builder.build()
        XCTAssertEqual(outcome.kind, .unchanged)
        XCTAssertTrue(outcome.reparsed.isEmpty)
        XCTAssertTrue(outcome.changes.isEmpty)
    }

    func testBodyEditRerendersOnlyThatPage() throws {
        buildAndCompare()
        try write("content/genes-and-dna/what-is-dna.md",
                  try read("content/genes-and-dna/what-is-dna.md") + "\n## One more thing\n\nA new closing paragraph.\n")
        let outcome = buildAndCompare()
        XCTAssertEqual(outcome.kind, .pages)
        XCTAssertEqual(outcome.reparsed, ["genes-and-dna/what-is-dna.md"])
        XCTAssertEqual(outcome.rerendered, ["genes-and-dna/what-is-dna.md"])
        XCTAssertEqual(pagesWritten(outcome), ["genes-and-dna/print/index.html", "genes-and-dna/what-is-dna/index.html"], "the page and its section's printable page")
        XCTAssertEqual(outcome.changes.modified, ["content/genes-and-dna/what-is-dna.md"])
        let html = try String(contentsOf: builder.options.output.appendingPathComponent("genes-and-dna/what-is-dna/index.html"), encoding: .utf8)
        XCTAssertTrue(html.contains("A new closing paragraph."))
        let printed = try String(contentsOf: builder.options.output.appendingPathComponent("genes-and-dna/print/index.html"), encoding: .utf8)
        XCTAssertTrue(printed.contains("A new closing paragraph."), "the section's printable page holds the page's text")
    }

    func testRelativeLinksStayRelativeAfterEdits() throws {
        try replace("site.yml", "title: Genes and Health", with: "links:\n  relative: true\ntitle: Genes and Health")
        buildAndCompare()
        try replace("content/genes-and-dna/what-is-dna.md", "title: What is DNA?", with: "title: DNA, explained")
        let outcome = buildAndCompare()
        XCTAssertEqual(outcome.kind, .pages)
        let html = try String(contentsOf: builder.options.output.appendingPathComponent("genes-and-dna/what-is-dna/index.html"), encoding: .utf8)
        XCTAssertTrue(html.contains(#"<a href="../../genes-and-dna/index.html">"#), html)
    }

    /// The preview's rebuilds read front matter as a full build does: an
    /// alias bomb saved into a page is an error there too, not 8 GB.
    func testAliasBombInAnEditedPageIsAnError() throws {
        buildAndCompare()
        try replace("content/genes-and-dna/what-is-dna.md", "reviewed_by: Dr. Amina Okafor, clinical geneticist",
                    with: "reviewed_by: Dr. Amina Okafor, clinical geneticist\n" + YAMLAliasLimitTests.laughs)
        let outcome = buildAndCompare()
        XCTAssertEqual(outcome.kind, .failed)
        XCTAssertTrue(outcome.result.diagnostics.contains {
            $0.file == "content/genes-and-dna/what-is-dna.md" && $0.message.contains("write the values out")
        }, "\(outcome.result.diagnostics)")
    }

    func testFrontMatterOnlyShownOnThePageRewritesThatPage() throws {
        buildAndCompare()
        try replace("content/genes-and-dna/what-is-dna.md", "reviewed_by: Dr. Amina Okafor, clinical geneticist",
                    with: "reviewed_by: Dr. Someone Else, genetic counsellor")
        let outcome = buildAndCompare()
        XCTAssertEqual(outcome.kind, .pages)
        XCTAssertEqual(outcome.reparsed, ["genes-and-dna/what-is-dna.md"])
        XCTAssertEqual(outcome.rerendered, [])
        XCTAssertEqual(pagesWritten(outcome), ["genes-and-dna/print/index.html", "genes-and-dna/what-is-dna/index.html"], "the page and its section's printable page")
    }

    func testFrontMatterThatChangesFindingsIsCheckedAgain() throws {
        buildAndCompare()
        // The prose is unchanged, so the reading-level report is reused, but its verdict is not.
        try replace("content/genes-and-dna/what-is-dna.md", "reviewed_by: Dr. Amina Okafor, clinical geneticist\n", with: "max_grade: 3\n")
        var outcome = buildAndCompare()
        XCTAssertEqual(outcome.rerendered, [])
        XCTAssertEqual(outcome.kind, .pages)
        try replace("content/genes-and-dna/what-is-dna.md", "reviewed: 2026-04-18\n", with: "reviewed: 2023-01-02\n")
        outcome = buildAndCompare()
        XCTAssertTrue(outcome.result.diagnostics.contains { $0.file == "content/genes-and-dna/what-is-dna.md" && $0.code.hasPrefix("review") })
    }

    func testTranslationIsCheckedAgainstItsEditedOriginal() throws {
        buildAndCompare()
        // The Spanish page was reviewed the same day; a later review of the original makes it look out of date.
        try replace("content/gene-therapy/genome-editing.md", "reviewed: 2026-07-21", with: "reviewed: 2026-08-30")
        let outcome = buildAndCompare()
        XCTAssertTrue(outcome.result.diagnostics.contains { $0.file == "content/gene-therapy/genome-editing.es.md" })
    }

    func testRenamedHeadingBreaksAndMendsLinksFromOtherPages() throws {
        try write("content/about.md", try read("content/about.md") + "\nSee [the shape](genes-and-dna/what-is-dna.md#the-shape-of-dna).\n")
        buildAndCompare()
        try write("content/gene-therapy/genome-editing.md", try read("content/gene-therapy/genome-editing.md") + "\nMore.\n")
        XCTAssertEqual(buildAndCompare().kind, .pages)
        try replace("content/genes-and-dna/what-is-dna.md", "## The shape of DNA", with: "## The form of DNA")
        let outcome = buildAndCompare()
        XCTAssertTrue(outcome.result.diagnostics.contains { $0.code == "broken-link" && $0.file == "content/about.md" })
        try replace("content/genes-and-dna/what-is-dna.md", "## The form of DNA", with: "## The shape of DNA")
        buildAndCompare()
        try write("content/gene-therapy/genome-editing.md", try read("content/gene-therapy/genome-editing.md") + "\nEven more.\n")
        XCTAssertEqual(buildAndCompare().kind, .pages)
    }

    /// The pages of the "Genes and DNA" section, and the files that list every page (with a redirect, which names its target).
    private let genesAndDNA = [
        "genes-and-dna/cells-and-chromosomes/index.html", "genes-and-dna/index.html", "genes-and-dna/what-is-a-gene/index.html",
        "genes-and-dna/what-is-dna/index.html", "genes-and-dna/when-genes-change/index.html",
    ]
    /// Printable pages hold their pages' text and titles: only the sections of rewritten pages change.
    private let genesAndDNAPrint = ["genes-and-dna/print/index.html"]
    /// Not the sitemap: it shows addresses and review dates, not titles or order
    /// (a new review date writes it: `testOverdueReviewInThePreviewUpdatesTheAuthorNoteAndListings`).
    private let listings = [
        "404.html", "a-z/index.html", "atom.xml", "es/a-z/index.html", "es/atom.xml", "es/glossary/index.html",
        "gene-therapy-basics/index.html", "glossary/index.html",
        "search/index.html", "search/opensearch.xml", "es/search/index.html", "es/search/opensearch.xml",
    ]

    /// What was written but the search index's data files, which change with the words (SearchIndexTests covers them).
    private func pagesWritten(_ outcome: IncrementalBuilder.Outcome) -> [String] {
        outcome.written.filter { !$0.contains("search/") || $0.hasSuffix("index.html") || $0.hasSuffix("opensearch.xml") }
    }

    func testTitleChangeRewritesEveryPageThatShowsIt() throws {
        buildAndCompare()
        try replace("content/genes-and-dna/what-is-dna.md", "title: What is DNA?", with: "title: DNA, explained")
        let outcome = buildAndCompare()
        XCTAssertEqual(outcome.kind, .pages)
        XCTAssertEqual(outcome.reparsed, ["genes-and-dna/what-is-dna.md"])
        XCTAssertEqual(outcome.rerendered, [], "addresses did not change, so no Markdown needs rendering again")
        // The page, its section page and its neighbours (breadcrumbs, section list, previous and next), and the listings.
        XCTAssertEqual(pagesWritten(outcome), (genesAndDNA + listings + genesAndDNAPrint).sorted())
        let section = try String(contentsOf: builder.options.output.appendingPathComponent("genes-and-dna/index.html"), encoding: .utf8)
        XCTAssertTrue(section.contains("DNA, explained"))
    }

    /// The preview keeps the A to Z page's rendered entries between builds
    /// (`AToZEntryMemo`): a title change, then a change to how an entry is
    /// written, then another title, must each give a full build's page.
    func testAToZEntriesAfterTitleAndTemplateChanges() throws {
        buildAndCompare()
        try replace("content/genes-and-dna/what-is-dna.md", "title: What is DNA?", with: "title: DNA, explained")
        buildAndCompare()
        try replace("themes/default/templates/a-z.mustache", "<li><a href=\"{{url}}\">", with: "<li class=\"entry\"><a href=\"{{url}}\">")
        buildAndCompare()
        let index = try String(contentsOf: builder.options.output.appendingPathComponent("a-z/index.html"), encoding: .utf8)
        XCTAssertTrue(index.contains("<li class=\"entry\"><a href=\"/genes-and-dna/what-is-dna/\">DNA, explained</a>"))
        try replace("content/genes-and-dna/what-is-dna.md", "title: DNA, explained", with: "title: What is DNA?")
        buildAndCompare()
    }

    func testSectionTitleChangeRewritesItsPagesAndTheirBreadcrumbs() throws {
        try write("content/genes-and-dna/basics/_index.md", "---\ntitle: The basics\ndescription: Basics.\n---\n\nStart here.\n")
        try write("content/genes-and-dna/basics/one.md", "---\ntitle: One\ndescription: One.\n---\n\nThe first page.\n")
        try write("content/genes-and-dna/basics/deeper/_index.md", "---\ntitle: Deeper\ndescription: More.\n---\n\nRead on.\n")
        try write("content/genes-and-dna/basics/deeper/two.md", "---\ntitle: Two\ndescription: Two.\n---\n\nThe second page.\n")
        buildAndCompare()
        try replace("content/genes-and-dna/basics/_index.md", "title: The basics", with: "title: First steps")
        let outcome = buildAndCompare()
        XCTAssertEqual(outcome.kind, .pages)
        // The page two levels down shows the title only in its breadcrumbs.
        let basics = ["index.html", "one/index.html", "deeper/index.html", "deeper/two/index.html"].map { "genes-and-dna/basics/" + $0 }
        let basicsPrint = ["print/index.html", "deeper/print/index.html"].map { "genes-and-dna/basics/" + $0 }
        XCTAssertEqual(pagesWritten(outcome), (genesAndDNA + listings + basics + genesAndDNAPrint + basicsPrint).sorted())
    }

    func testTopLevelSectionTitleChangeRewritesEveryPageInItsLanguage() throws {
        buildAndCompare()
        try replace("content/genes-and-dna/_index.md", "title: Genes and DNA", with: "title: DNA and genes")
        let outcome = buildAndCompare()
        XCTAssertEqual(outcome.kind, .pages)
        XCTAssertTrue(outcome.written.contains("your-care-team/questions-to-ask/index.html"), "the menu shows the title on every page")
        XCTAssertFalse(outcome.written.contains("es/index.html"), "Spanish pages show the Spanish menu")
    }

    func testWeightChangeReordersTheSection() throws {
        buildAndCompare()
        try replace("content/genes-and-dna/what-is-dna.md", "weight: 1\n", with: "weight: 9\n")
        let outcome = buildAndCompare()
        XCTAssertEqual(outcome.kind, .pages)
        XCTAssertEqual(pagesWritten(outcome), (genesAndDNA + listings + genesAndDNAPrint).sorted())
    }

    func testOverdueReviewInThePreviewUpdatesTheAuthorNoteAndListings() throws {
        preview = true
        builder = IncrementalBuilder(options: options(output: work.appendingPathComponent("incremental")))
        buildAndCompare()
        try replace("content/gene-therapy/genome-editing.md", "reviewed: 2026-07-21", with: "reviewed: 2024-01-05")
        let outcome = buildAndCompare()
        XCTAssertEqual(outcome.kind, .pages)
        XCTAssertTrue(outcome.written.contains("gene-therapy/genome-editing/index.html"))
        XCTAssertTrue(outcome.written.contains("sitemap.xml"))
        XCTAssertFalse(outcome.written.contains("genes-and-dna/what-is-dna/index.html"))
    }

    func testReviewDateAndDescriptionChangesRewriteTheFeed() throws {
        buildAndCompare()
        try replace("content/gene-therapy/genome-editing.md", "reviewed: 2026-07-21", with: "reviewed: 2026-10-30")
        var outcome = buildAndCompare()
        XCTAssertEqual(outcome.kind, .pages)
        XCTAssertTrue(outcome.written.contains("atom.xml"))
        let feed = try String(contentsOf: builder.options.output.appendingPathComponent("atom.xml"), encoding: .utf8)
        let first = try XCTUnwrap(feed.range(of: "<entry>").map { feed[$0.upperBound...] })
        XCTAssertTrue(first.hasPrefix("\n    <title>Genome editing"), "the newly reviewed page leads the feed: \(first.prefix(200))")
        XCTAssertTrue(first.contains("<updated>2026-10-30T00:00:00Z</updated>"))
        try replace("content/gene-therapy/genome-editing.md", "description: ", with: "description: Newly described. ")
        outcome = buildAndCompare()
        XCTAssertTrue(outcome.written.contains("atom.xml"))
        let described = try String(contentsOf: builder.options.output.appendingPathComponent("atom.xml"), encoding: .utf8)
        XCTAssertTrue(described.contains("<summary>Newly described. "))
    }

    func testFirstParagraphChangeUpdatesListingsThatQuoteIt() throws {
        try write("content/genes-and-dna/no-description.md", "---\ntitle: Zebra facts\n---\n\nThe first words.\n\nMore.\n")
        buildAndCompare()
        try replace("content/genes-and-dna/no-description.md", "The first words.", with: "Other first words.")
        let outcome = buildAndCompare()
        XCTAssertEqual(outcome.kind, .pages)
        XCTAssertTrue(outcome.written.contains("genes-and-dna/index.html"), "the summary is shown on the section page")
    }

    func testSlugChangeRerendersLinksToThePage() throws {
        buildAndCompare()
        try replace("content/genes-and-dna/what-is-dna.md", "weight: 1\n", with: "weight: 1\nslug: dna-basics\n")
        let outcome = buildAndCompare()
        XCTAssertEqual(outcome.kind, .full)
        XCTAssertGreaterThan(outcome.rerendered.count, 1)
        XCTAssertTrue(FileManager.default.fileExists(atPath: builder.options.output.appendingPathComponent("genes-and-dna/dna-basics/index.html").path))
        XCTAssertFalse(FileManager.default.fileExists(atPath: builder.options.output.appendingPathComponent("genes-and-dna/what-is-dna/index.html").path))
    }

    func testAddedDeletedAndRenamedPages() throws {
        buildAndCompare()
        try write("content/genes-and-dna/new-page.md", "---\ntitle: A new page\ndescription: New.\n---\n\nHello.\n")
        var outcome = buildAndCompare()
        XCTAssertEqual(outcome.reparsed, ["genes-and-dna/new-page.md"])
        XCTAssertEqual(outcome.changes.added, ["content/genes-and-dna/new-page.md"])

        try FileManager.default.moveItem(at: path("content/genes-and-dna/new-page.md"), to: path("content/genes-and-dna/renamed-page.md"))
        outcome = buildAndCompare()
        let output = builder.options.output
        XCTAssertTrue(FileManager.default.fileExists(atPath: output.appendingPathComponent("genes-and-dna/renamed-page/index.html").path))
        XCTAssertFalse(FileManager.default.fileExists(atPath: output.appendingPathComponent("genes-and-dna/new-page/index.html").path))

        try FileManager.default.removeItem(at: path("content/genes-and-dna/renamed-page.md"))
        outcome = buildAndCompare()
        XCTAssertEqual(outcome.kind, .full)
        XCTAssertEqual(outcome.changes.removed, ["content/genes-and-dna/renamed-page.md"])
        XCTAssertFalse(FileManager.default.fileExists(atPath: output.appendingPathComponent("genes-and-dna/renamed-page/index.html").path))
    }

    func testTemplateStylesheetAndLayoutChangesRebuildEverything() throws {
        buildAndCompare()
        try replace("themes/default/templates/partials/footer.mustache", "<footer", with: "<!-- edited --><footer")
        var outcome = buildAndCompare()
        XCTAssertEqual(outcome.kind, .full)
        XCTAssertTrue(outcome.reparsed.isEmpty, "a template change needs no page read again")

        let before = outcome.assetURLs["style_css"]
        try write("themes/default/assets/style.css", try read("themes/default/assets/style.css") + "\nbody { color: #111; }\n")
        outcome = buildAndCompare()
        XCTAssertEqual(outcome.kind, .full)
        XCTAssertNotEqual(outcome.assetURLs["style_css"], before)

        try write("layouts/partials/banner.mustache", "<div class=\"banner\">Preview</div>\n")
        outcome = buildAndCompare()
        XCTAssertEqual(outcome.kind, .full)
    }

    func testSiteWordsChangeRewritesEveryPage() throws {
        buildAndCompare()
        try write("i18n/en.yml", "skip_link: Jump to the text\n")
        XCTAssertEqual(buildAndCompare().kind, .full)
        try write("i18n/en.yml", "skip_link: Go to the text\n")
        XCTAssertEqual(buildAndCompare().kind, .full)
        try write("content/about.md", try read("content/about.md") + "\nOne more line.\n")
        XCTAssertEqual(buildAndCompare().kind, .pages)
    }

    /// Callout headings and screen-reader prefixes are i18n words rendered
    /// into the page's Markdown: a change to `i18n/` alone renders again.
    func testCalloutWordsChangeInI18nRendersThePagesAgain() throws {
        buildAndCompare()
        try write("i18n/en.yml", "callout_tip_heading: Handy hint\ncallout_tip: Hint\n")
        buildAndCompare()
        let page = try String(
            contentsOf: builder.options.output.appendingPathComponent("gene-therapy/risks-and-questions/index.html"), encoding: .utf8)
        XCTAssertTrue(page.contains("Handy hint"), "the callout heading comes from i18n/en.yml")
        // The theme's own words, edited in place.
        try replace("themes/default/i18n/en.yml", "callout_urgent: Urgent advice", with: "callout_urgent: Urgent: act today")
        buildAndCompare()
        try FileManager.default.removeItem(at: path("i18n/en.yml"))
        buildAndCompare()
    }

    func testSiteSettingsChangeRereadsEverything() throws {
        buildAndCompare()
        try replace("site.yml", "title: Genes and Health", with: "title: Genes and You")
        let outcome = buildAndCompare()
        XCTAssertEqual(outcome.kind, .full)
        XCTAssertEqual(outcome.siteTitle, "Genes and You")
        XCTAssertGreaterThan(outcome.reparsed.count, 20)
    }

    func testBrandLogoEditsAndPageEditsMatchAFullBuild() throws {
        try write("content/images/brand-logo.svg", #"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 40"></svg>"# + "\n")
        try write("site.yml", try read("site.yml") + """
            brand:
              logo: content/images/brand-logo.svg
              logo_alt: Sample Health
              colors:
                header_background: "#4a1942"

            """)
        var outcome = buildAndCompare()
        XCTAssertEqual(outcome.kind, .full)
        // A new logo is a new file name on every page.
        try write("content/images/brand-logo.svg", #"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 160 40"></svg>"# + "\n")
        outcome = buildAndCompare()
        XCTAssertEqual(outcome.kind, .full)
        let page = try String(contentsOf: builder.options.output.appendingPathComponent("index.html"), encoding: .utf8)
        XCTAssertTrue(page.contains(#"alt="Sample Health" width="160" height="40">"#), page)
        try replace("content/genes-and-dna/what-is-dna.md", "DNA is short for", with: "DNA is the short name for")
        outcome = buildAndCompare()
        XCTAssertEqual(outcome.kind, .pages)
    }

    func testNewImageMakesABrokenLinkWork() throws {
        try write("content/about.md", try read("content/about.md") + "\n![A chart](images/new-chart.svg)\n")
        var outcome = buildAndCompare()
        XCTAssertEqual(outcome.kind, .failed)
        try write("content/images/new-chart.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n")
        outcome = buildAndCompare()
        XCTAssertEqual(outcome.kind, .full)
    }

    func testFailedBuildKeepsTheLastGoodSite() throws {
        buildAndCompare()
        let good = files(in: builder.options.output)
        try replace("content/genes-and-dna/what-is-dna.md", "## The shape of DNA", with: "## The shape of DNA\n\nSee [this](missing-page.md).")
        var outcome = buildAndCompare()
        XCTAssertEqual(outcome.kind, .failed)
        XCTAssertTrue(outcome.result.diagnostics.contains { $0.code == "broken-link" && $0.file == "content/genes-and-dna/what-is-dna.md" })
        XCTAssertEqual(files(in: builder.options.output), good, "a failed build must not touch the output")

        // Still failing, nothing changed: the same answer without building.
        XCTAssertEqual(builder.build().kind, .failed)

        try replace("content/genes-and-dna/what-is-dna.md", "See [this](missing-page.md).", with: "See [this](what-is-a-gene.md).")
        outcome = buildAndCompare()
        XCTAssertEqual(outcome.kind, .pages)
        XCTAssertEqual(pagesWritten(outcome), ["genes-and-dna/print/index.html", "genes-and-dna/what-is-dna/index.html"], "the page and its section's printable page")
    }

    /// A page links to a page that does not exist yet; the page then comes
    /// as a draft, later as a published page: each build's message (missing,
    /// then a draft) and output must be a full build's.
    func testLinkToAPageThatComesAsADraft() throws {
        buildAndCompare()
        try replace("content/genes-and-dna/what-is-dna.md", "---\n\nDNA is", with: "---\n\nSee [the notes](notes.md).\n\nDNA is")
        buildAndCompare()
        let page = "content/genes-and-dna/notes.md"
        try write(page, "---\ntitle: Notes\ndescription: Notes.\ndraft: true\n---\n\nSome notes.\n")
        let outcome = buildAndCompare()
        XCTAssertTrue(outcome.result.diagnostics.contains { $0.message.contains("draft") }, "the link names the draft")
        try replace(page, "draft: true\n", with: "")
        XCTAssertTrue(buildAndCompare().result.succeeded)
    }

    func testDraftsComeAndGo() throws {
        let page = "content/genes-and-dna/notes.md"
        try write(page, "---\ntitle: Notes\ndescription: Notes.\n---\n\nSome notes.\n")
        buildAndCompare()
        try replace(page, "title: Notes\n", with: "title: Notes\ndraft: true\n")
        var outcome = buildAndCompare()
        XCTAssertEqual(outcome.kind, .full)
        // Editing a draft changes nothing that is published.
        try write(page, try read(page) + "\nMore draft text.\n")
        outcome = buildAndCompare()
        XCTAssertEqual(outcome.kind, .pages)
        XCTAssertEqual(outcome.written, [])
        try replace(page, "draft: true\n", with: "")
        XCTAssertEqual(buildAndCompare().kind, .full)
    }

    /// Scheduled and expired pages are left out, expired ones leave a redirect,
    /// and links to them are warnings: each edit must match a full build.
    func testScheduledAndExpiredPagesComeAndGo() throws {
        let page = "content/genes-and-dna/notes.md"
        let matter = "---\ntitle: Notes\ndescription: Notes.\nreviewed: 2026-01-01\nreviewed_by: Dr. A\n"
        try write(page, matter + "publish_date: 2026-12-01\n---\n\nSome notes.\n")
        try write("content/genes-and-dna/what-is-dna.md", try read("content/genes-and-dna/what-is-dna.md") + "\nSee [the notes](notes.md).\n")
        var outcome = buildAndCompare()
        XCTAssertTrue(outcome.result.diagnostics.contains { $0.code == "link-unpublished" }, "\(outcome.result.diagnostics)")
        XCTAssertTrue(outcome.result.diagnostics.contains { $0.code == "scheduled" })
        XCTAssertFalse(FileManager.default.fileExists(atPath: builder.options.output.appendingPathComponent("genes-and-dna/notes/index.html").path))

        // Published, then expired: its address becomes a redirect to the section.
        try replace(page, "publish_date: 2026-12-01", with: "publish_date: 2026-10-01")
        XCTAssertEqual(buildAndCompare().kind, .full)
        try replace(page, "publish_date: 2026-10-01", with: "publish_date: 2026-10-01\nexpires: 2026-10-15")
        outcome = buildAndCompare()
        let redirect = builder.options.output.appendingPathComponent("genes-and-dna/notes/index.html")
        XCTAssertTrue(try String(contentsOf: redirect, encoding: .utf8).contains("/genes-and-dna/\""))

        // Only the expired page changes where it leads: no published page's arrangement changed.
        try replace(page, "expires: 2026-10-15", with: "expires: 2026-10-15\nexpires_redirect: what-is-a-gene.md")
        outcome = buildAndCompare()
        XCTAssertTrue(try String(contentsOf: redirect, encoding: .utf8).contains("/genes-and-dna/what-is-a-gene/"))

        // Scheduled again: the redirect goes and the link's warning says so.
        try replace(page, "publish_date: 2026-10-01\nexpires: 2026-10-15\nexpires_redirect: what-is-a-gene.md", with: "publish_date: 2027-01-01")
        outcome = buildAndCompare()
        XCTAssertFalse(FileManager.default.fileExists(atPath: redirect.path))
        XCTAssertTrue(outcome.result.diagnostics.contains { $0.code == "link-unpublished" && $0.message.contains("2027-01-01") })

        // A draft, whose link is broken; then scheduled from being a draft, with no page added or removed.
        try replace(page, "publish_date: 2027-01-01\n", with: "draft: true\n")
        XCTAssertEqual(buildAndCompare().kind, .failed)
        try replace(page, "draft: true\n", with: "publish_date: 2027-02-01\n")
        outcome = buildAndCompare()
        XCTAssertTrue(outcome.result.diagnostics.contains { $0.code == "link-unpublished" && $0.message.contains("2027-02-01") })
    }

    func testSearchIndexReadsOnlyEditedPagesAndMatchesAFullBuild() throws {
        buildAndCompare()
        let searched = builder.searchMemo.pagesLastRead
        XCTAssertGreaterThan(searched, 10, "the first build reads every searched page")
        let english = "content/genes-and-dna/what-is-dna.md"
        let original = try read(english)
        // A word no page had (a new stem and its spelling), then gone again.
        try write(english, original + "\nZebrafish and ZEBRAFISHES help researchers.\n")
        buildAndCompare()
        XCTAssertEqual(builder.searchMemo.pagesLastRead, 1, "only the edited page is read again")
        try write(english, original)
        buildAndCompare()
        XCTAssertEqual(builder.searchMemo.pagesLastRead, 1, "a page that lost words is read again alone too")
        // A word two pages write alike: the earlier one records how; when
        // it drops the word, the later one must record it instead.
        let other = "content/your-care-team/questions-to-ask.md"
        let otherOriginal = try read(other)
        try write(english, original + "\nZebrafishes help researchers.\n")
        try write(other, otherOriginal + "\nAsk about zebrafishes.\n")
        buildAndCompare()
        try write(english, original)
        buildAndCompare()
        try write(english, original + "\nZebrafishes help researchers.\n")
        buildAndCompare()
        try write(other, otherOriginal)
        buildAndCompare()
        // Words other pages use too, and a Spanish word without its accent.
        try write(english, original.replacingOccurrences(of: "genes", with: "Genes") + "\nCells, proteins and médicos.\n")
        buildAndCompare()
        try write("content/about.es.md", try read("content/about.es.md") + "\nEl medico y la médica.\n")
        buildAndCompare()
    }

    /// Search index files a save wrote, below `search/` (English) or `es/search/`.
    private func searchFiles(_ outcome: IncrementalBuilder.Outcome, spanish: Bool = false) -> [String] {
        let folder = spanish ? "es/search/" : "search/"
        return outcome.written.filter { $0.hasPrefix(folder) && !$0.hasSuffix(".html") && !$0.hasSuffix(".xml") }
            .map { String($0.dropFirst(folder.count)) }
    }

    func testSearchIndexFilesAfterEditsAreAFullBuildsAndOnlyThoseTouchedAreWritten() throws {
        buildAndCompare()
        let index = builder.options.output.appendingPathComponent("search")
        let total = try ["p", "t", "r"].map { try FileManager.default.contentsOfDirectory(atPath: index.appendingPathComponent($0).path).count }
            .reduce(0, +)
        XCTAssertGreaterThan(total, 20)
        let page = "content/genes-and-dna/what-is-dna.md"
        let original = try read(page)

        // A word no page has: its letter's shard and word list, and meta.json for the new letter.
        try write(page, original + "\nZebrafish.\n")
        var written = searchFiles(buildAndCompare())
        XCTAssertEqual(Set(written), ["p/z.json", "t/z.txt", "meta.json"])
        XCTAssertTrue(searchFiles(builder.build()).isEmpty, "nothing changed")
        // A word other pages use: that word's shard alone.
        try write(page, original + "\nZebrafish. Zebrafish chromosomes.\n")
        written = searchFiles(buildAndCompare())
        XCTAssertTrue(written.contains { $0.hasPrefix("p/c") }, "\(written)")
        XCTAssertTrue(written.allSatisfy { $0.hasPrefix("p/c") || $0 == "p/z.json" }, "\(written)")
        // Words removed: the letter no page uses any more goes.
        try write(page, original)
        written = searchFiles(buildAndCompare())
        XCTAssertTrue(written.contains("meta.json"))
        XCTAssertFalse(FileManager.default.fileExists(atPath: index.appendingPathComponent("p/z.json").path))
        XCTAssertFalse(FileManager.default.fileExists(atPath: index.appendingPathComponent("t/z.txt").path))
        // A word removed from a page that other pages follow in using it:
        // the next page that uses it decides how it is spelt.
        try replace(page, "nucleus", with: "middle")
        let outcome = buildAndCompare()
        XCTAssertEqual(outcome.kind, .pages)
        written = searchFiles(outcome)
        XCTAssertTrue(written.contains { $0.hasPrefix("p/n") }, "\(written)")
        XCTAssertLessThan(written.count, total / 2)
        try write(page, original)
        buildAndCompare()

        // A title: its own words, and the results file that shows it (and those of its section's pages, if a section).
        try replace(page, "title: What is DNA?", with: "title: What is DNA, exactly?")
        written = searchFiles(buildAndCompare())
        XCTAssertTrue(written.contains { $0.hasPrefix("r/") }, "\(written)")
        XCTAssertTrue(written.contains { $0.hasPrefix("p/e") }, "\(written)")
        XCTAssertLessThan(written.count, total / 2)

        // A page added, then deleted: a whole write, as a full build's.
        try write("content/genes-and-dna/zebrafish.md", "---\ntitle: Zebrafish in research\n---\n\nZebrafish help researchers.\n")
        buildAndCompare()
        XCTAssertTrue(FileManager.default.fileExists(atPath: index.appendingPathComponent("p/z.json").path))
        try FileManager.default.removeItem(at: path("content/genes-and-dna/zebrafish.md"))
        buildAndCompare()
        XCTAssertFalse(FileManager.default.fileExists(atPath: index.appendingPathComponent("p/z.json").path))

        // A Spanish page: the Spanish index alone.
        let spanish = "content/about.es.md"
        try write(spanish, try read(spanish) + "\nZapatos.\n")
        let spanishOutcome = buildAndCompare()
        XCTAssertTrue(searchFiles(spanishOutcome).isEmpty)
        XCTAssertTrue(searchFiles(spanishOutcome, spanish: true).contains("p/z.json"))
    }

    func testManyEditsInARowStayIdentical() throws {
        buildAndCompare()
        let pages = ["content/about.md", "content/gene-therapy/genome-editing.md", "content/your-care-team/questions-to-ask.md"]
        for round in 0..<3 {
            for page in pages {
                try write(page, try read(page) + "\nRound \(round) paragraph.\n")
                XCTAssertEqual(buildAndCompare().kind, .pages)
            }
        }
    }

    func testPageEditedWhileAnotherWouldNotReadIsPutInOnceItReads() throws {
        buildAndCompare()
        // The edit is read in a build that stops at "Read content", before the pages are arranged.
        try write("content/genes-and-dna/what-is-dna.md",
                  try read("content/genes-and-dna/what-is-dna.md") + "\nWritten while another page was broken.\n")
        try replace("content/about.md", "title: About this site\n", with: "title: [About this site\n")
        XCTAssertEqual(buildAndCompare().kind, .failed)
        try replace("content/about.md", "title: [About this site\n", with: "title: About this site\n")
        let outcome = buildAndCompare()
        XCTAssertEqual(outcome.reparsed, ["about.md"])
        let html = try String(contentsOf: builder.options.output.appendingPathComponent("genes-and-dna/what-is-dna/index.html"), encoding: .utf8)
        XCTAssertTrue(html.contains("Written while another page was broken."))
    }

    func testTranslationEditedAfterItsOriginal() throws {
        buildAndCompare()
        try replace("content/gene-therapy/genome-editing.md", "reviewed: 2026-07-21", with: "reviewed: 2026-08-30")
        XCTAssertTrue(buildAndCompare().result.diagnostics.contains { $0.file == "content/gene-therapy/genome-editing.es.md" })
        // Reviewed again after the original: the finding goes, and an edit to the original alone keeps it gone.
        try replace("content/gene-therapy/genome-editing.es.md", "reviewed: 2026-07-21", with: "reviewed: 2026-09-01")
        XCTAssertFalse(buildAndCompare().result.diagnostics.contains { $0.file == "content/gene-therapy/genome-editing.es.md" })
        try write("content/gene-therapy/genome-editing.md", try read("content/gene-therapy/genome-editing.md") + "\nMore.\n")
        XCTAssertEqual(buildAndCompare().kind, .pages)
        try write("content/gene-therapy/genome-editing.es.md", try read("content/gene-therapy/genome-editing.es.md") + "\nMás.\n")
        XCTAssertEqual(buildAndCompare().kind, .pages)
    }

    func testAddedPageThenEditsReadOnlyTheEditedPage() throws {
        buildAndCompare()
        try write("content/genes-and-dna/new-page.md", "---\ntitle: A new page\ndescription: New.\n---\n\nHello.\n")
        buildAndCompare()
        try write("content/genes-and-dna/new-page.md", "---\ntitle: A new page\ndescription: New.\n---\n\nHello again.\n")
        var outcome = buildAndCompare()
        XCTAssertEqual(outcome.reparsed, ["genes-and-dna/new-page.md"])
        try write("content/about.md", try read("content/about.md") + "\nOne more line.\n")
        outcome = buildAndCompare()
        XCTAssertEqual(outcome.reparsed, ["about.md"])
        XCTAssertEqual(outcome.kind, .pages)
    }

    func testDeletedOutputFolderIsWrittenAgain() throws {
        buildAndCompare()
        try FileManager.default.removeItem(at: builder.options.output)
        let outcome = buildAndCompare()
        XCTAssertEqual(outcome.kind, .full)
    }
}
