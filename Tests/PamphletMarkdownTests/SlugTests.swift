@testable import PamphletMarkdown
import XCTest

final class SlugTests: XCTestCase {
    func testAccentsAreFolded() {
        XCTAssertEqual(Slug.make("Terapia génica"), "terapia-genica")
        XCTAssertEqual(Slug.make("Ébola"), "ebola")
        XCTAssertEqual(Slug.make("Niño año"), "nino-ano")
    }

    func testPunctuationBecomesSingleHyphens() {
        XCTAssertEqual(Slug.make("CRISPR-Cas9: a tool"), "crispr-cas9-a-tool")
        XCTAssertEqual(Slug.make("What is gene therapy?"), "what-is-gene-therapy")
        XCTAssertEqual(Slug.make("  Before -- a   test!  "), "before-a-test")
        XCTAssertEqual(Slug.make("under_score & more"), "under-score-more")
    }

    func testLettersThatDoNotFoldAreSpelledInASCII() {
        XCTAssertEqual(Slug.make("Straße"), "strasse")
        XCTAssertEqual(Slug.make("Cæsar Œuvre"), "caesar-oeuvre")
        XCTAssertEqual(Slug.make("Søren Łódź"), "soren-lodz")
    }

    func testDigitsAreKept() {
        XCTAssertEqual(Slug.make("10 questions to ask"), "10-questions-to-ask")
        XCTAssertEqual(Slug.make("COVID-19"), "covid-19")
    }

    func testEmptyAndPunctuationOnlyGiveEmptySlugs() {
        XCTAssertEqual(Slug.make(""), "")
        XCTAssertEqual(Slug.make("   "), "")
        XCTAssertEqual(Slug.make("?!…—"), "")
        XCTAssertEqual(Slug.make("---"), "")
    }

    func testNonLatinScriptsAreDropped() {
        XCTAssertEqual(Slug.make("基因 therapy"), "therapy")
        XCTAssertEqual(Slug.make("基因"), "")
    }

    /// ASCII text skips Foundation's folding; both paths must agree. A
    /// non-ASCII letter sends the same text down the folding path through `make`.
    func testASCIIPathAgreesWithFolding() {
        let ascii = (0..<128).map { String(UnicodeScalar(UInt8($0))) }.joined()
        let samples = [
            ascii, String(ascii.reversed()), "A\r\nB\tC", "--Hello, World--", "x_y.z/1 2",
            "What is DNA?", "  Gene therapy: risks & benefits  ", "COVID-19 (2020)", "e.g. U.S. data", "---", "",
            "A_B c\td", "Step 1/2", "it's OK!", "100% Safe?", "[Link] to `code`", "ALL CAPS", "x", "9",
        ]
        for sample in samples {
            XCTAssertEqual(Slug.makeASCII(sample), Slug.makeFolding(sample), sample.debugDescription)
            XCTAssertEqual(Slug.make(sample), String(Slug.make(sample + " é").dropLast(2)), sample.debugDescription)
        }
    }
}
