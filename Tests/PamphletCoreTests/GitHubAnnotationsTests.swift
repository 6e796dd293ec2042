import XCTest
@testable import PamphletCore

/// The Actions runner's workflow-command escaping: a message with a line
/// break or a % must stay one annotation and read back unchanged.
final class GitHubAnnotationsTests: XCTestCase {
    func testMessagesEscapePercentCarriageReturnAndLineFeed() {
        XCTAssertEqual(GitHubAnnotations.data("100% sure\r\nnext: a, b"), "100%25 sure%0D%0Anext: a, b")
    }

    func testPropertiesAlsoEscapeColonAndComma() {
        XCTAssertEqual(GitHubAnnotations.property("a, b: 50%\n"), "a%2C b%3A 50%25%0A")
    }

    func testFindingWithoutAFileOrLine() {
        let line = GitHubAnnotations.line(.warning("two\nlines", code: "config"), pathPrefix: "site/")
        XCTAssertEqual(line, "::warning title=Pamphlet%3A config::two%0Alines")
        let note = GitHubAnnotations.line(Diagnostic(.note, "n", file: "site.yml", line: 0, code: "x"), pathPrefix: "")
        XCTAssertEqual(note, "::notice file=site.yml,title=Pamphlet%3A x::n")
    }
}
