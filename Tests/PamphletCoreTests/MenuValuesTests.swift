import XCTest

@testable import PamphletCore

/// `menu` comes from lists made once per build (`TemplateData`): each page must
/// still get its language's top-level sections, with exactly the one it is in active.
final class MenuValuesTests: TemporaryFolderTestCase {
    func testEveryPageGetsItsLanguagesMenuWithItsOwnSectionActive() throws {
        var pages = [makePage("_index.md", title: "Home"), makePage("about.md", title: "About")]
        for top in 0..<3 {
            pages.append(makePage("s\(top)/_index.md", title: "Section \(top)"))
            pages.append(makePage("s\(top)/t/_index.md", title: "Sub \(top)"))
            for leaf in 0..<2 { pages.append(makePage("s\(top)/t/p\(leaf).md", title: "Page \(top).\(leaf)")) }
        }
        // Spanish has a home page and one section only.
        for path in ["_index.md", "s1/_index.md", "s1/t/_index.md", "s1/t/p0.md"] {
            var spanish = makePage(path.replacingOccurrences(of: ".md", with: ".es.md"), title: "ES " + path)
            spanish.language = "es"
            pages.append(spanish)
        }
        let (tree, data) = try englishAndSpanishSite(pages, root: root)

        var activeSeen = Set<String>()
        for index in tree.pages.indices {
            let language = tree.pages[index].language
            let sections = data.menuPages(language: language)
            let ancestry = Set(tree.ancestry(of: index))
            let menu = try XCTUnwrap(data.context(forPage: index).menu)
            XCTAssertEqual(menu.map(\.title), sections.map { tree.pages[$0].title }, tree.pages[index].source)
            XCTAssertEqual(menu.map { $0.isActive == true }, sections.map { ancestry.contains($0) }, tree.pages[index].source)
            for entry in menu where entry.isActive == true { activeSeen.insert(language + " " + entry.title) }
        }
        XCTAssertEqual(activeSeen, ["en Section 0", "en Section 1", "en Section 2", "es S1"])
    }
}
