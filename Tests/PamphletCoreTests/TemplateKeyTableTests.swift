import XCTest

@testable import PamphletCore

/// Each context finds its keys through `TemplateKeyTable`, not Swift's
/// `init(rawValue:)`: every key must be found by its name, and nothing else.
final class TemplateKeyTableTests: XCTestCase {
    private func check<Key: TemplateKey>(_ key: Key.Type, file: StaticString = #filePath, line: UInt = #line) -> Int {
        for key in Key.allCases {
            let name = key.rawValue
            XCTAssertEqual(Key.table.key(name)?.rawValue, name, name, file: file, line: line)
            // A name built at run time (not the literal's storage) is found too.
            XCTAssertEqual(Key.table.key(String(decoding: Array(name.utf8), as: UTF8.self))?.rawValue, name, name, file: file, line: line)
            var other = Array(name.utf8)
            other[other.count - 1] ^= 0x20
            for near in [name + "s", String(name.dropLast()), name.uppercased(), "_" + name, String(decoding: other, as: UTF8.self)]
            where Key(rawValue: near) == nil {
                XCTAssertNil(Key.table.key(near), near, file: file, line: line)
            }
        }
        for missing in ["", "x", ".", "page.title", "a_much_longer_name_than_any_key", "é"] {
            XCTAssertNil(Key.table.key(missing), missing, file: file, line: line)
        }
        return 1
    }

    func testEveryContextFindsItsKeysAndNothingElse() {
        let checked = [
            check(RootContext.Key.self), check(SiteContext.Key.self), check(BannerContext.Key.self),
            check(BrandContext.Key.self), check(BrandImageContext.Key.self), check(BrandLinkContext.Key.self),
            check(LinksContext.Key.self), check(PageContext.Key.self), check(HeadingContext.Key.self),
            check(TermContext.Key.self), check(DateContext.Key.self), check(QRContext.Key.self),
            check(AuthorNoteContext.Key.self), check(LinkContext.Key.self), check(PageSummaryContext.Key.self),
            check(LanguageContext.Key.self), check(SectionContext.Key.self), check(ListingContext.Key.self),
            check(LetterContext.Key.self), check(GroupContext.Key.self),
        ]
        // A context added to the documentation is added here too.
        XCTAssertEqual(checked.count, TemplateDocumentation.kinds.count)
    }

    func testATemplatePrintsValuesFoundThroughTheTable() {
        let page = PageContext()
        page.title = "Asthma"
        page.hasTranslations = true
        page.printURL = "/lungs/print/"
        XCTAssertEqual((page.child(named: "title") as? TemplateText)?.renderText, "Asthma")
        XCTAssertEqual(page.child(named: "has_translations") as? Bool, true)
        XCTAssertEqual((page.child(named: "print_url") as? TemplateText)?.renderText, "/lungs/print/")
        XCTAssertNil(page.child(named: "t"))
        XCTAssertNil(page.child(named: "titles"))
    }
}
