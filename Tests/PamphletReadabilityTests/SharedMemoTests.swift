import PamphletTestSupport
import XCTest
@testable import PamphletReadability

/// A worker's memo, kept from page to page, gives each page the report a
/// fresh memo gives it: the words, hard-word keys and the pages they were
/// last listed on carry over, the answers do not.
final class SharedMemoTests: XCTestCase {
    func testReportsWithASharedMemoAreThoseOfAFreshOne() {
        let words = ["The", "the", "medication", "Medication", "MEDICATION", "physician", "approximately", "don't", "don’t",
                     "Don’t", "utilize", "Utilize", "nurse", "2.5", "mg", "cafe\u{301}", "café", "anesthesia", "difficult"]
        var random = SeededGenerator(seed: 41)
        var shared = Readability.Memo()
        for _ in 0..<300 {
            let blocks = (0..<Int.random(in: 1...4, using: &random)).map { index in
                let text = (0..<Int.random(in: 0...30, using: &random)).map { _ -> String in
                    words.randomElement(using: &random)! + (Int.random(in: 0..<5, using: &random) == 0 ? ". " : " ")
                }.joined()
                return ProseBlock(text: text, line: 1 + 5 * index, kind: .paragraph)
            }
            let language = Int.random(in: 0..<4, using: &random) == 0 ? "es" : "en"
            XCTAssertEqual(Readability.analyze(blocks, language: language, memo: &shared), Readability.analyze(blocks, language: language))
        }
    }
}
