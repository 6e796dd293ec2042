import XCTest
@testable import PamphletCore
import PamphletReadability

/// `CheckAssembly.patch` (how `pamphlet serve` changes a few pages' findings
/// and figures among 10,000) against assembling every page again.
final class CheckAssemblyTests: XCTestCase {
    private var generator = SystemRandomNumberGenerator()

    private func health(_ file: String, words: Int) -> PageHealth {
        PageHealth(
            file: file, url: "/\(file)/", title: file, words: words, sentences: 3, syllables: 40, polysyllables: 2,
            fleschKincaidGrade: 6.5, fleschReadingEase: 70, smogGrade: 7, formula: "Flesch-Kincaid", targetGrade: 8,
            fernandezHuerta: nil, targetScore: nil, language: "en", aboveTarget: false, reviewed: nil, nextReview: nil,
            reviewedBy: nil, reviewStatus: .ok)
    }

    private func result(page: Int, findings: Int, words: Int, figures: Bool = true) -> PageCheckResult {
        let file = "content/page-\(page).md"
        let found = (0..<findings).map { Diagnostic.warning("finding \($0) of \(words)", file: file, line: $0 + 1, code: "readability") }
        return PageCheckResult(findings: found, health: figures ? health(file, words: words) : nil, readability: ReadabilityReport())
    }

    func testPatchingGivesWhatAssemblingAgainGives() {
        var results = (0..<300).map { result(page: $0, findings: $0 % 3, words: 100, figures: $0 % 17 != 0) }
        var assembly = CheckAssembly(results)
        var patched = 0
        for round in 0..<400 {
            var next = results
            for _ in 0..<Int.random(in: 1...(round % 10 == 0 ? 80 : 4), using: &generator) {
                let page = Int.random(in: 0..<next.count, using: &generator)
                let old = next[page]
                switch Int.random(in: 0..<4, using: &generator) {
                case 0: next[page] = result(page: page, findings: old.findings.count, words: round)  // new figures
                case 1: next[page] = result(page: page, findings: Int.random(in: 0...3, using: &generator), words: 100)
                case 2: next[page] = result(page: page, findings: old.findings.count, words: 100, figures: old.health == nil)
                default: next[page] = PageCheckResult(findings: old.findings, health: old.health, readability: old.readability)
                }
            }
            if round % 50 == 49 { next.removeLast() }
            let reference = CheckAssembly(next).parts
            if assembly.patch(with: next) {
                patched += 1
            } else {
                assembly = CheckAssembly(next)
            }
            XCTAssertEqual(assembly.parts.findings, reference.findings, "round \(round)")
            XCTAssertEqual(assembly.parts.health, reference.health, "round \(round)")
            results = next
        }
        XCTAssertGreaterThan(patched, 50, "most rounds change a few pages alike and are patched")
        XCTAssertLessThan(patched, 400, "some rounds change too much to patch")
    }
}
