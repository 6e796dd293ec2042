import Foundation
import XCTest
@testable import PamphletCore

final class FrontMatterSplitTests: XCTestCase {
    private func split(_ text: String) -> Result<FrontMatter.Split, Diagnostic> {
        FrontMatter.split(text, file: "content/a.md")
    }

    func testSplitsYAMLFromBodyAndCountsTheBodyLine() throws {
        let result = try split("---\ntitle: A\nweight: 2\n---\nBody line\n\nMore\n").get()
        XCTAssertEqual(result.yaml, "title: A\nweight: 2\n")
        XCTAssertEqual(String(result.body), "Body line\n\nMore\n")
        XCTAssertEqual(result.bodyStartLine, 5)
    }

    func testDotsAlsoCloseTheBlock() throws {
        let result = try split("---\ntitle: A\n...\nBody\n").get()
        XCTAssertEqual(result.yaml, "title: A\n")
        XCTAssertEqual(String(result.body), "Body\n")
    }

    func testEmptyBodyAndEmptyYAML() throws {
        let closedAtEnd = try split("---\ntitle: A\n---").get()
        XCTAssertEqual(closedAtEnd.yaml, "title: A\n")
        XCTAssertEqual(String(closedAtEnd.body), "")
        let noKeys = try split("---\n---\nText\n").get()
        XCTAssertEqual(noKeys.yaml, "")
        XCTAssertEqual(noKeys.bodyStartLine, 3)
    }

    func testOnlyTheFirstClosingLineEndsTheBlock() throws {
        let result = try split("---\ntitle: A\n---\nText\n\n---\n\nMore\n").get()
        XCTAssertEqual(result.yaml, "title: A\n")
        XCTAssertEqual(String(result.body), "Text\n\n---\n\nMore\n")
    }

    func testClosingLineWithTrailingSpacesStillCloses() throws {
        // Editors leave trailing spaces that a writer cannot see; the opening line already allows them.
        let result = try split("--- \ntitle: A\n---  \nBody\n").get()
        XCTAssertEqual(result.yaml, "title: A\n")
        XCTAssertEqual(String(result.body), "Body\n")
    }

    func testMissingClosingLineIsReportedAtLineOne() {
        guard case let .failure(diagnostic) = split("---\ntitle: A\n\nBody text\n") else {
            return XCTFail("an unclosed block must fail")
        }
        XCTAssertEqual(diagnostic.location, "content/a.md:1:1")
        XCTAssertEqual(diagnostic.severity, .error)
        XCTAssertEqual(diagnostic.code, "front-matter")
        XCTAssertTrue(diagnostic.message.contains("never closed"), diagnostic.message)
    }

    func testMissingOpeningLine() {
        guard case let .failure(diagnostic) = split("title: A\n---\nBody\n") else {
            return XCTFail("a page without front matter must fail")
        }
        XCTAssertEqual(diagnostic.location, "content/a.md:1:1")
        XCTAssertTrue(diagnostic.message.contains("must start with front matter"), diagnostic.message)
    }

    func testCRLFAndByteOrderMarkAreNormalisedBySourceText() throws {
        let folder = try temporaryFolder(self)
        let file = folder.appendingPathComponent("page.md")
        try Data("\u{FEFF}---\r\ntitle: Windows page\r\n---\r\nLine one\r\nLine two\rthree\r\n".utf8).write(to: file)
        let text = try SourceText.read(file, display: "content/page.md").get()
        XCTAssertEqual(text, "---\ntitle: Windows page\n---\nLine one\nLine two\nthree\n")
        let result = try split(text).get()
        XCTAssertEqual(result.yaml, "title: Windows page\n")
        XCTAssertEqual(result.bodyStartLine, 4)
        var diagnostics: [Diagnostic] = []
        XCTAssertEqual(FrontMatter.parse(result.yaml, file: "content/page.md", diagnostics: &diagnostics)?.title, "Windows page")
        XCTAssertEqual(diagnostics, [])
    }

    func testSourceTextRejectsInvalidUTF8WithItsPosition() throws {
        let folder = try temporaryFolder(self)
        let file = folder.appendingPathComponent("latin1.md")
        var bytes = Array("---\ntitle: Caf".utf8)
        bytes.append(0xE9)  // "é" in Latin-1
        bytes += Array("\n---\n".utf8)
        try Data(bytes).write(to: file)
        guard case let .failure(diagnostic) = SourceText.read(file, display: "content/latin1.md") else {
            return XCTFail("Latin-1 text must be refused")
        }
        XCTAssertEqual(diagnostic.location, "content/latin1.md:2:11")
        XCTAssertEqual(diagnostic.code, "encoding")
        XCTAssertTrue(diagnostic.message.contains("not valid UTF-8"))
    }
}

final class FrontMatterParseTests: XCTestCase {
    private func parse(_ yaml: String) -> (FrontMatter?, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let matter = FrontMatter.parse(yaml, file: "content/a.md", diagnostics: &diagnostics)
        return (matter, diagnostics)
    }

    func testReadsEveryKnownKey() throws {
        let (matter, diagnostics) = parse("""
            title: "Gene therapy: an overview"
            description: What it is.
            slug: overview
            url: /gene-therapy/
            weight: 3
            draft: true
            reviewed: 2024-02-29
            next_review: 2027-02-28
            reviewed_by: Dr. A
            aliases: [/old/, /older.html]

            """)
        XCTAssertEqual(diagnostics, [])
        let page = try XCTUnwrap(matter)
        XCTAssertEqual(page.title, "Gene therapy: an overview")
        XCTAssertEqual(page.description, "What it is.")
        XCTAssertEqual(page.slug, "overview")
        XCTAssertEqual(page.url, "/gene-therapy/")
        XCTAssertEqual(page.weight, 3)
        XCTAssertTrue(page.draft)
        XCTAssertEqual(page.reviewed, CalendarDate(year: 2024, month: 2, day: 29))
        XCTAssertEqual(page.nextReview, CalendarDate(year: 2027, month: 2, day: 28))
        XCTAssertEqual(page.reviewedBy, "Dr. A")
        XCTAssertEqual(page.aliases.map(\.value), ["/old/", "/older.html"])
        XCTAssertEqual(page.aliases.first?.position.line, 11)
        XCTAssertEqual(page.params, [:])
        // Positions are lines in the file: the YAML starts on line 2.
        XCTAssertEqual(page.positions["title"], SourcePosition(line: 2, column: 1))
        XCTAssertEqual(page.positions["weight"], SourcePosition(line: 6, column: 1))
    }

    func testReviewerMayBeAnOrganization() throws {
        let (matter, diagnostics) = parse("title: A\nreviewed_by:\n  name: Genetics Review Board\n  type: organization\n")
        XCTAssertEqual(diagnostics, [])
        XCTAssertEqual(matter?.reviewedBy, "Genetics Review Board")
        XCTAssertEqual(matter?.reviewerIsOrganization, true)
        let person = parse("title: A\nreviewed_by: {name: Dr. A, type: Person}\n").0
        XCTAssertEqual(person?.reviewedBy, "Dr. A")
        XCTAssertEqual(person?.reviewerIsOrganization, false)
        XCTAssertEqual(parse("title: A\nreviewed_by: Dr. A\n").0?.reviewerIsOrganization, false)
    }

    func testReviewerMistakesAreErrorsWithPositions() {
        let (matter, diagnostics) = parse("title: A\nreviewed_by:\n  name: Board\n  type: Committee\n  nmae: x\n")
        XCTAssertNil(matter)
        XCTAssertEqual(diagnostics.map(\.location), ["content/a.md:6:3", "content/a.md:5:9"])
        XCTAssertTrue(diagnostics[0].message.contains("did you mean 'name'"), diagnostics[0].message)
        XCTAssertTrue(diagnostics[1].message.contains("Person or Organization"), diagnostics[1].message)
        let nameless = parse("title: A\nreviewed_by:\n  type: Organization\n").1
        XCTAssertEqual(nameless.map(\.location), ["content/a.md:4:3"])
        XCTAssertTrue(nameless.first?.message.contains("no name") ?? false)
    }

    func testUnknownKeysGoToParams() throws {
        let (matter, diagnostics) = parse("""
            title: A
            audience: adults
            tags: [genes, dna]
            contact:
              name: Clinic
              phone: "123"

            """)
        XCTAssertEqual(diagnostics, [])
        let params = try XCTUnwrap(matter).params
        XCTAssertEqual(params["audience"], .text("adults"))
        XCTAssertEqual(params["tags"], .list([.text("genes"), .text("dna")]))
        XCTAssertEqual(params["contact"], .map(["name": .text("Clinic"), "phone": .text("123")]))
        XCTAssertNil(params["title"])
        XCTAssertEqual(params.count, 3)
    }

    func testASingleAliasMayBeAScalar() throws {
        let (matter, _) = parse("title: A\naliases: /old-page/\n")
        XCTAssertEqual(try XCTUnwrap(matter).aliases.map(\.value), ["/old-page/"])
        XCTAssertEqual(matter?.aliases.first?.position.line, 3)
    }

    func testMissingTitle() {
        let (matter, diagnostics) = parse("description: no title here\n")
        XCTAssertNil(matter)
        XCTAssertEqual(diagnostics.count, 1)
        XCTAssertEqual(diagnostics.first?.location, "content/a.md:2:1")
        XCTAssertTrue(diagnostics.first?.message.contains("has no title") ?? false)
    }

    func testBlankTitleIsMissing() {
        let (matter, diagnostics) = parse("weight: 1\ntitle: \"  \"\n")
        XCTAssertNil(matter)
        XCTAssertEqual(diagnostics.first?.location, "content/a.md:3:1")
        XCTAssertTrue(diagnostics.first?.message.contains("has no title") ?? false)
    }

    func testDatesAreStrictYYYYMMDD() {
        for bad in ["2025-02-30", "2025-13-01", "2025-2-30", "2025-003-05", "15/03/2025", "2025-03-15T10:00:00", "March 2025", "2023-02-29"] {
            let (matter, diagnostics) = parse("title: A\nreviewed: \(bad)\n")
            XCTAssertNil(matter, bad)
            XCTAssertEqual(diagnostics.count, 1, bad)
            XCTAssertEqual(diagnostics.first?.code, "date", bad)
            XCTAssertEqual(diagnostics.first?.location, "content/a.md:3:11", bad)
            XCTAssertTrue(diagnostics.first?.message.contains("YYYY-MM-DD") ?? false, bad)
        }
        let (good, diagnostics) = parse("title: A\nreviewed: 2024-02-29\nnext_review: '2025-03-01'\n")
        XCTAssertEqual(diagnostics, [])
        XCTAssertEqual(good?.reviewed?.iso, "2024-02-29")
        XCTAssertEqual(good?.nextReview?.iso, "2025-03-01")
    }

    /// Other generators accept `2018-10-6`: read as meant, with a note giving the way to write it.
    func testOneDigitMonthOrDayIsReadWithANote() {
        let (matter, diagnostics) = parse("title: A\nreviewed: 2025-3-5\n")
        XCTAssertEqual(matter?.reviewed?.iso, "2025-03-05")
        XCTAssertEqual(diagnostics.map(\.description), [
            "content/a.md:3:11: note: 'reviewed' is read as 2025-03-05 (2025-3-5 has a one-digit month or day); write it as 2025-03-05 [date]",
        ])
    }

    func testWrongTypesAreErrorsWithPositions() {
        let (matter, diagnostics) = parse("title: A\nweight: first\ndraft: maybe\n")
        XCTAssertNil(matter)
        XCTAssertEqual(diagnostics.map(\.location), ["content/a.md:3:9", "content/a.md:4:8"])
        XCTAssertTrue(diagnostics[0].message.contains("whole number"))
        XCTAssertTrue(diagnostics[1].message.contains("true or false"))
    }

    func testInvalidYAMLNamesALineInTheFile() {
        let (matter, diagnostics) = parse("title: A\ndescription: [unclosed\nweight: 1\n")
        XCTAssertNil(matter)
        XCTAssertEqual(diagnostics.count, 1)
        XCTAssertEqual(diagnostics.first?.code, "yaml")
        XCTAssertTrue(diagnostics.first?.message.hasPrefix("invalid YAML") ?? false)
        XCTAssertGreaterThanOrEqual(diagnostics.first?.line ?? 0, 3)
    }

    func testDuplicateKeysAreRefused() {
        let (matter, diagnostics) = parse("title: A\ntitle: B\n")
        XCTAssertNil(matter)
        XCTAssertTrue(diagnostics.first?.message.contains("'title' is given twice") ?? false, "\(diagnostics)")
    }

    /// Yams checks a few keys pair by pair and many through a set (Vendor/Yams/PATCHES.md): both find the repeat.
    func testDuplicateKeysAreFoundAmongFewAndManyKeys() {
        let few = parse("title: A\n\"weight\": 1\nweight: 2\n").1
        XCTAssertEqual(few.map { "\($0.location) \($0.message)" }, ["content/a.md:3:1 the key 'weight' is given twice; keep one"])
        let keys = (1...20).map { "key\($0): \($0)" }.joined(separator: "\n")
        let many = parse("title: A\n" + keys + "\nkey7: again\nkey3: again\n").1
        XCTAssertEqual(many.map { "\($0.location) \($0.message)" }, ["content/a.md:5:1 the key 'key3', 'key7' is given twice; keep one"])
        let nested = parse("title: A\nauthor:\n  name: X\n  name: Y\n").1
        XCTAssertEqual(nested.map { $0.location }, ["content/a.md:4:3"])
        XCTAssertNotNil(parse("title: A\n" + keys + "\nKey7: other case\n").0)
    }

    /// Yams drops a byte order mark at the start of a value, as Foundation's `String(bytes:encoding:)` did.
    func testValuesKeepTheirTextExceptALeadingByteOrderMark() throws {
        let matter = try XCTUnwrap(parse("title: \"\\uFEFFFlu \\u00e9\\0 \\uFEFF\"\ndescription: caf\u{e9} \u{2603}\n").0)
        XCTAssertEqual(Array(matter.title.unicodeScalars), Array("Flu \u{e9}\u{0} \u{FEFF}".unicodeScalars))
        XCTAssertEqual(matter.description, "caf\u{e9} \u{2603}")
    }

    func testYAMLThatIsNotAMapping() {
        let (matter, diagnostics) = parse("- just\n- a list\n")
        XCTAssertNil(matter)
        XCTAssertTrue(diagnostics.first?.message.contains("expected 'key: value' lines") ?? false)
        XCTAssertEqual(diagnostics.first?.line, 2)
    }

    /// A bad value is blamed on its own line and column (after the opening `---`).
    func testMessagesKeepTheirPositions() {
        var diagnostics: [Diagnostic] = []
        XCTAssertNil(FrontMatter.parse("title: Flu\nweight:   heavy\n", file: "content/flu.md", diagnostics: &diagnostics))
        XCTAssertEqual(diagnostics.map { "\($0.line ?? 0):\($0.column ?? 0)" }, ["3:11"])
    }
}
