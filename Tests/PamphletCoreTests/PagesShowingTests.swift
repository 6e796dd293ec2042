import XCTest

@testable import PamphletCore

/// `TemplateData.pagesShowing` rules pages in or out by cheap tests before
/// asking the neighbourhood: it must find exactly the pages whose
/// neighbourhood holds a changed page, as asking every page does.
final class PagesShowingTests: TemporaryFolderTestCase {
    func testFindsExactlyThePagesWhoseNeighbourhoodHoldsAChangedPage() throws {
        var pages = [makePage("_index.md", title: "Home"), makePage("about.md", title: "About"), makePage("contact.md", title: "Contact")]
        for top in 0..<4 {
            pages.append(makePage("s\(top)/_index.md", title: "Section \(top)"))
            for sub in 0..<3 {
                pages.append(makePage("s\(top)/t\(sub)/_index.md", title: "Sub \(top).\(sub)"))
                for leaf in 0..<5 { pages.append(makePage("s\(top)/t\(sub)/p\(leaf).md", title: "Page \(top).\(sub).\(leaf)")) }
            }
            for leaf in 0..<4 { pages.append(makePage("s\(top)/q\(leaf).md", title: "Top page \(top).\(leaf)")) }
        }
        // Spanish versions of some pages, paired by translation key.
        for index in pages.indices where index % 3 == 0 {
            var spanish = pages[index]
            spanish.language = "es"
            spanish.source = spanish.source.replacingOccurrences(of: ".md", with: ".es.md")
            spanish.contentPath = spanish.contentPath.replacingOccurrences(of: ".md", with: ".es.md")
            pages.append(spanish)
        }
        let (tree, data) = try englishAndSpanishSite(pages, root: root)

        func everyPageAsked(_ changed: Set<Int>) -> Set<Int> {
            Set(tree.pages.indices.filter { data.neighbourhood(of: $0).pages.contains(where: changed.contains) })
        }
        var sets: [Set<Int>] = tree.pages.indices.map { [$0] }
        var seed: UInt64 = 7
        for _ in 0..<60 {
            var set = Set<Int>()
            for _ in 0..<3 {
                seed = seed &* 6364136223846793005 &+ 1442695040888963407
                set.insert(Int(seed >> 33) % tree.pages.count)
            }
            sets.append(set)
        }
        var kinds = Set<Int>()
        for changed in sets {
            let expected = everyPageAsked(changed)
            XCTAssertEqual(data.pagesShowing(changed), expected, "changed: \(tree.titles(changed.sorted()))")
            kinds.insert(expected.count)
        }
        XCTAssertGreaterThan(kinds.count, 5, "the changes reach few and many pages")
        XCTAssertEqual(data.pagesShowing([]), [])
    }
}
