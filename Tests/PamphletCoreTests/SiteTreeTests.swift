import XCTest
@testable import PamphletCore

final class AToZTests: XCTestCase {
    func testLetterForATitle() {
        XCTAssertEqual(Alphabet.letter(for: "Asthma"), "A")
        XCTAssertEqual(Alphabet.letter(for: "asthma"), "A")
        XCTAssertEqual(Alphabet.letter(for: "Ébola"), "E")
        XCTAssertEqual(Alphabet.letter(for: "ébola"), "E")
        XCTAssertEqual(Alphabet.letter(for: "Ósmosis"), "O")
        XCTAssertEqual(Alphabet.letter(for: "10 questions to ask"), "0–9")
        XCTAssertEqual(Alphabet.letter(for: "3D imaging"), "0–9")
        XCTAssertEqual(Alphabet.letter(for: "¿Qué es un gen?"), "Q")
        XCTAssertEqual(Alphabet.letter(for: "\"Quoted\" title"), "Q")
        XCTAssertEqual(Alphabet.letter(for: "基因"), "#")
        XCTAssertEqual(Alphabet.letter(for: "…"), "#")
        XCTAssertEqual(Alphabet.letter(for: ""), "#")
    }

    func testGroupsAreInAlphabetOrderWithDigitsFirstAndOtherLast() {
        let tree = makeTree([
            makePage("_index.md", title: "Home page"),
            makePage("a/_index.md", title: "Zebra section"),
            makePage("a/one.md", title: "avocado"),
            makePage("a/two.md", title: "Ábaco"),
            makePage("a/three.md", title: "Apple"),
            makePage("b/ebola.md", title: "Ébola"),
            makePage("b/eczema.md", title: "eczema"),
            makePage("b/ten.md", title: "10 questions"),
            makePage("b/two.md", title: "2 tips"),
            makePage("b/other.md", title: "基因"),
        ])
        let groups = AToZGenerator.groups(tree)
        XCTAssertEqual(groups.map(\.letter), ["0–9", "A", "B", "E", "Z", "#"])
        XCTAssertEqual(groups.map(\.id), ["numbers", "a", "b", "e", "z", "other"])
        let titles = groups.map { tree.titles($0.items) }
        XCTAssertEqual(titles[0], ["10 questions", "2 tips"])
        XCTAssertEqual(titles[1], ["Ábaco", "Apple", "avocado"])
        XCTAssertEqual(titles[2], ["B"])  // the made-up page for the folder b/
        XCTAssertEqual(titles[3], ["Ébola", "eczema"])
        XCTAssertEqual(titles[4], ["Zebra section"])
        XCTAssertEqual(titles[5], ["基因"])
        XCTAssertFalse(groups.flatMap(\.items).contains(tree.home), "the home page is not listed")
    }
}

final class SiteTreeBuilderTests: XCTestCase {
    /// Whether `a` comes before `b` among the pages of a section.
    private func readsBefore(_ a: Page, _ b: Page) -> Bool {
        SiteTreeBuilder.ReadingOrderKey(a) < SiteTreeBuilder.ReadingOrderKey(b)
    }

    func testReadingOrderIsWeightThenTitleThenPath() {
        let light = makePage("s/light.md", title: "Zeta", weight: 1)
        let heavy = makePage("s/heavy.md", title: "Alpha", weight: 5)
        let none = makePage("s/none.md", title: "Alpha")
        let negative = makePage("s/negative.md", title: "Omega", weight: -3)
        XCTAssertTrue(readsBefore(light, heavy))
        XCTAssertFalse(readsBefore(heavy, light))
        XCTAssertTrue(readsBefore(heavy, none), "pages without a weight go last")
        XCTAssertTrue(readsBefore(negative, light))

        let upper = makePage("s/b.md", title: "Apple")
        let lower = makePage("s/a.md", title: "banana")
        XCTAssertTrue(readsBefore(upper, lower), "titles compare without case")
        let accent = makePage("s/z.md", title: "Ébola")
        let plain = makePage("s/y.md", title: "Eczema")
        XCTAssertTrue(readsBefore(accent, plain), "accents do not push a title to the end")

        let first = makePage("s/a.md", title: "Same")
        let second = makePage("s/b.md", title: "Same")
        XCTAssertTrue(readsBefore(first, second))
        XCTAssertFalse(readsBefore(second, first))
        XCTAssertFalse(readsBefore(first, first))
    }

    func testSectionsListSubsectionsThenPagesInReadingOrder() {
        let tree = makeTree([
            makePage("genes/_index.md", title: "Genes", weight: 2),
            makePage("testing/_index.md", title: "Testing", weight: 1),
            makePage("about.md", title: "About"),
            makePage("genes/c.md", title: "Chromosomes"),
            makePage("genes/b.md", title: "Base pairs", weight: 2),
            makePage("genes/a.md", title: "Alleles", weight: 1),
            makePage("genes/z.md", title: "Alleles again"),
            makePage("genes/deep/page.md", title: "Deep page"),
            makePage("_index.md", title: "Home"),
        ])
        let home = tree.sections[.init(language: "en", folder: "")]!
        XCTAssertEqual(tree.titles([home.page]), ["Home"])
        XCTAssertEqual(tree.titles(home.subsections), ["Testing", "Genes"])
        XCTAssertEqual(tree.titles(home.pages), ["About"])
        let genes = tree.sections[.init(language: "en", folder: "genes")]!
        XCTAssertEqual(tree.titles(genes.subsections), ["Deep"])
        XCTAssertEqual(tree.titles(genes.pages), ["Alleles", "Base pairs", "Alleles again", "Chromosomes"])
        XCTAssertEqual(tree.titles(genes.children), ["Deep", "Alleles", "Base pairs", "Alleles again", "Chromosomes"])
    }

    func testFoldersWithoutIndexGetASectionPage() {
        let tree = makeTree([makePage("living-with/long-term/daily_life.md", title: "Daily life")])
        XCTAssertEqual(Set(tree.sections.keys.map(\.folder)), ["", "living-with", "living-with/long-term"])
        let section = tree.pages[tree.sections[.init(language: "en", folder: "living-with/long-term")]!.page]
        XCTAssertEqual(section.title, "Long term")
        XCTAssertEqual(section.kind, .section)
        XCTAssertFalse(section.hasSourceFile)
        XCTAssertEqual(section.url, "/living-with/long-term/")
        XCTAssertEqual(section.outputPath, "living-with/long-term/index.html")
        XCTAssertEqual(tree.pages[tree.home].title, "Test site")
        XCTAssertEqual(tree.pages[tree.home].url, "/")
        XCTAssertEqual(tree.pages[tree.home].outputPath, "index.html")
        let page = tree.index(of: "living-with/long-term/daily_life.md")
        XCTAssertEqual(tree.pages[page].url, "/living-with/long-term/daily-life/")
        XCTAssertEqual(tree.titles(tree.ancestry(of: page)), ["Test site", "Living with", "Long term", "Daily life"])
        XCTAssertNil(tree.parentSection(of: tree.home))
    }

    /// A folder whose name starts with a combining mark: "/" and the mark
    /// are one Character, so the path stays one part of the address, as it
    /// always has (`a/\u{301}b` is published at /a-b/); folders' addresses are
    /// now made once per folder, and a page's own name is still its last part.
    func testAFolderNameStartingWithACombiningMarkKeepsItsAddress() {
        let tree = makeTree([
            makePage("a/_index.md", title: "A"),
            makePage("a/\u{301}b/page.md", title: "Page"),
            makePage("a/\u{301}b/other.md", title: "Other"),
            makePage("a/plain.md", title: "Plain"),
        ])
        XCTAssertEqual(tree.pages[tree.index(of: "a/\u{301}b/page.md")].url, "/a-b/page/")
        XCTAssertEqual(tree.pages[tree.index(of: "a/\u{301}b/other.md")].url, "/a-b/other/")
        XCTAssertEqual(tree.pages[tree.index(of: "a/plain.md")].url, "/a/plain/")
        let section = tree.sections[.init(language: "en", folder: "a/\u{301}b")]!.page
        XCTAssertEqual(tree.pages[section].url, "/a-b/")
    }

    func testAddressesUseSlugsURLsAndTheBasePath() {
        let tree = makeTree([
            makePage("_index.md", title: "Home"),
            makePage("Terapia génica/Straße.md", title: "Straße"),
            makePage("genes/old-name.md", title: "X", slug: "New Name"),
            makePage("genes/moved.md", title: "Y", url: "/elsewhere/page"),
        ], baseURL: "https://example.org/health/")
        XCTAssertEqual(tree.pages[tree.index(of: "Terapia génica/Straße.md")].url, "/health/terapia-genica/strasse/")
        XCTAssertEqual(tree.pages[tree.index(of: "Terapia génica/Straße.md")].outputPath, "terapia-genica/strasse/index.html")
        XCTAssertEqual(tree.pages[tree.index(of: "genes/old-name.md")].url, "/health/genes/new-name/")
        XCTAssertEqual(tree.pages[tree.index(of: "genes/moved.md")].url, "/health/elsewhere/page/")
        XCTAssertEqual(tree.pages[tree.index(of: "genes/moved.md")].outputPath, "elsewhere/page/index.html")
        XCTAssertEqual(tree.pages[tree.home].url, "/health/")
    }

    func testTwoPagesWithOneAddressAreRefused() {
        var diagnostics: [Diagnostic] = []
        _ = SiteTreeBuilder(config: makeConfig()).build(pages: [
            makePage("_index.md", title: "Home"),
            makePage("genes/a.md", title: "A"),
            makePage("genes/b.md", title: "B", slug: "a"),
        ], diagnostics: &diagnostics)
        XCTAssertEqual(diagnostics.count, 1)
        XCTAssertEqual(diagnostics.first?.code, "duplicate-url")
        XCTAssertEqual(diagnostics.first?.file, "content/genes/b.md")
        XCTAssertTrue(diagnostics.first?.message.contains("content/genes/a.md") ?? false)
        XCTAssertTrue(diagnostics.first?.message.contains("/genes/a/") ?? false)
    }

    func testSlugsAndURLsThatClimbOutAreRefused() {
        var diagnostics: [Diagnostic] = []
        _ = SiteTreeBuilder(config: makeConfig()).build(pages: [
            makePage("genes/a.md", title: "A", slug: "../../etc"),
            makePage("genes/b.md", title: "B", slug: "x/y"),
            makePage("genes/c.md", title: "C", url: "/../../etc/"),
        ], diagnostics: &diagnostics)
        XCTAssertEqual(diagnostics.map(\.file), ["content/genes/a.md", "content/genes/b.md", "content/genes/c.md"])
        XCTAssertEqual(Set(diagnostics.map(\.code)), ["outside-root"])
        XCTAssertTrue(diagnostics[2].message.contains("'..'"))
    }

    func testAliasesBecomeRedirectsAndCollisionsAreRefused() {
        let tree = makeTree([
            makePage("_index.md", title: "Home"),
            makePage("a.md", title: "A", aliases: ["/old-a/", "/legacy/a.html", "/b/"]),
            makePage("b.md", title: "B", aliases: ["/old-a", "/../x/", "/sitemap.xml"]),
        ])
        var diagnostics: [Diagnostic] = []
        let redirects = SiteTreeBuilder(config: makeConfig()).redirects(
            for: tree, reserved: ["sitemap.xml": "the sitemap"], diagnostics: &diagnostics)
        XCTAssertEqual(redirects.map(\.outputPath), ["old-a/index.html", "legacy/a.html"])
        XCTAssertEqual(redirects.map { tree.pages[$0.target].title }, ["A", "A"])
        XCTAssertEqual(diagnostics.count, 4, "\(diagnostics)")
        XCTAssertEqual(Set(diagnostics.map(\.code)), ["alias-collision", "outside-root"])
        XCTAssertTrue(diagnostics.contains { $0.file == "content/a.md" && $0.message.contains("is the address of content/b.md") })
        XCTAssertTrue(diagnostics.contains { $0.file == "content/b.md" && $0.message.contains("also an alias of content/a.md") })
        XCTAssertTrue(diagnostics.contains { $0.file == "content/b.md" && $0.message.contains("'..'") })
        XCTAssertTrue(diagnostics.contains { $0.file == "content/b.md" && $0.message.contains("taken by the sitemap") })
    }

    func testHumanize() {
        XCTAssertEqual(SiteTreeBuilder.humanize("living-with_cancer"), "Living with cancer")
        XCTAssertEqual(SiteTreeBuilder.humanize("éx"), "Éx")
    }
}
