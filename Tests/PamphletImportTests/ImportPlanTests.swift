import XCTest
@testable import PamphletImport

/// Where the importer puts pages, and how it reads old addresses and shortcodes.
final class ImportPlanTests: XCTestCase {
    func testFolderConventionsOfOtherGenerators() {
        let folders: Set<String> = ["guides", "guides/asthma", "_posts"]
        XCTAssertEqual(ImportPlan.destination(of: "guides/index.md", folders: folders, taken: [:]), "guides/_index.md")
        XCTAssertEqual(ImportPlan.destination(of: "guides/index.es.md", folders: folders, taken: [:]), "guides/_index.es.md")
        XCTAssertEqual(ImportPlan.destination(of: "index.md", folders: folders, taken: [:]), "_index.md")
        XCTAssertEqual(ImportPlan.destination(of: "guides/asthma.md", folders: folders, taken: [:]), "guides/asthma/_index.md")
        // Where the folder already has its own page, X.md stays a page.
        XCTAssertEqual(ImportPlan.destination(of: "guides/asthma.md", folders: folders, taken: ["guides/asthma/_index.md": "x"]), "guides/asthma.md")
        XCTAssertEqual(ImportPlan.destination(of: "guides/flu.markdown", folders: folders, taken: [:]), "guides/flu.md")
        XCTAssertEqual(ImportPlan.destination(of: "_posts/2019-01-05-flu-season.md", folders: folders, taken: [:]), "posts/flu-season.md")
    }

    func testOldAddressesAreOneKey() {
        for address in ["/Guides/Flu/", "/guides/flu", "/guides/flu.html", "guides/flu/index.html", "/guides/flu/?x=1#top"] {
            XCTAssertEqual(ImportPlan.addressKey(address), "/guides/flu", address)
        }
        XCTAssertEqual(ImportPlan.addressKey("/"), "/")
    }

    func testRelativePaths() {
        XCTAssertEqual("guides/flu.md".relative(fromFolder: "guides"), "flu.md")
        XCTAssertEqual("about/_index.md".relative(fromFolder: "guides/asthma"), "../../about/_index.md")
        XCTAssertEqual("_index.md".relative(fromFolder: ""), "_index.md")
    }

    func testShortcodeArguments() {
        let figure = ShortcodeArguments(#"figure src="/images/a b.png" alt="A cell" caption=`Two "words"`"#)
        XCTAssertEqual(figure.name, "figure")
        XCTAssertEqual(figure.named, ["src": "/images/a b.png", "alt": "A cell", "caption": #"Two "words""#])
        let reference = ShortcodeArguments(#"ref "asthma.md#signs""#)
        XCTAssertEqual(reference.positional, ["asthma.md#signs"])
    }

    func testTOMLFrontMatterIsReadWithItsLines() {
        let (matter, problem) = SourceFrontMatter.read("+++\ntitle = \"Flu\"\nweight = 3\naliases = [\"/a/\", \"/b/\"]\ndate = 2018-10-06\n+++\n\nText.\n")
        XCTAssertNil(problem)
        XCTAssertEqual(matter.values["title"]?.text, "Flu")
        XCTAssertEqual(matter.values["weight"]?.int, 3)
        XCTAssertEqual(matter.values["aliases"]?.texts, ["/a/", "/b/"])
        XCTAssertEqual(matter.values["date"]?.text, "2018-10-06")
        XCTAssertEqual(matter.lines["date"], 5)
        XCTAssertEqual(matter.bodyStartLine, 7)
        XCTAssertEqual(matter.body, "\nText.\n")
    }

    func testBrokenTOMLIsReportedAtItsLine() {
        let (_, problem) = SourceFrontMatter.read("+++\ntitle = \"Flu\"\nweight = = 3\n+++\n")
        XCTAssertEqual(problem?.line, 3)
    }
}
