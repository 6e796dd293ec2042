import Foundation
import XCTest

/// What `build` and `check` say matches what they did: `--strict` fails
/// before anything is published, `check` finds what `build` finds, and the
/// summary counts only what the site's settings check.
final class HonestResultsTests: XCTestCase {
    private static let reviewed = "reviewed: 2025-01-01\nreviewed_by: Dr. B\n"

    /// A site whose glossary page's introduction has a heading with the id
    /// the glossary gives the term "DNA": a warning found on the page's headings.
    private func glossaryClashSite() throws -> FixtureSite {
        try FixtureSite([
            "site.yml": "title: Test site\nbase_url: https://example.org/\n",
            "content/_index.md": "---\ntitle: Home\n\(Self.reviewed)---\nWelcome.\n",
            "content/glossary.yml": "- term: DNA\n  definition: The instructions inside your cells.\n",
            "content/glossary.md": "---\ntitle: Words we use\n\(Self.reviewed)---\nWhat our words mean.\n\n## DNA\n\nMore about it.\n",
        ], testCase: self)
    }

    private let clash = "content/glossary.md:8: warning: the heading 'DNA' gets the id '#dna'"

    func testCheckReportsWhatOnlyWritingTheGlossaryPageUsedToFind() throws {
        let site = try glossaryClashSite()
        let check = try Pamphlet.run(["check", "--source", site.root.path, "--today", FixtureSite.today])
        XCTAssertEqual(check.status, 0, check.stderr)
        XCTAssertTrue(check.stderr.contains(clash), check.stderr)
        let build = try site.build()
        XCTAssertEqual(build.status, 0, build.stderr)
        XCTAssertTrue(build.stderr.contains(clash), build.stderr)
        XCTAssertEqual(
            build.stderr.components(separatedBy: "\n").filter { $0.contains(": warning: ") || $0.contains(": error: ") },
            check.stderr.components(separatedBy: "\n").filter { $0.contains(": warning: ") || $0.contains(": error: ") },
            "check and build report the same findings")
    }

    func testStrictBuildPublishesNothingWhenAWarningIsFound() throws {
        let site = try glossaryClashSite()
        let strict = try site.build(["--strict"])
        XCTAssertEqual(strict.status, 1)
        XCTAssertTrue(strict.stderr.contains(clash), strict.stderr)
        XCTAssertTrue(strict.stderr.contains("The output folder was not changed"), strict.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: site.output.path), "a failed strict build writes no output folder")
    }

    func testStrictBuildKeepsTheOldOutputWhenTheThemeWarns() throws {
        let site = try FixtureSite([
            "site.yml": "title: Test site\nbase_url: https://example.org/\nlanguages:\n  - code: en\n    name: English\n    default: true\n  - code: es\n    name: Español\n",
            "content/_index.md": "---\ntitle: Home\n\(Self.reviewed)---\nWelcome.\n",
            "content/_index.es.md": "---\ntitle: Inicio\n\(Self.reviewed)---\nBienvenidos.\n",
        ], testCase: self)
        try site.buildCleanly()
        let index = site.output.appendingPathComponent("index.html")
        let before = try Data(contentsOf: index)
        // A word the site adds in English only: the theme warns that Spanish pages show it in English.
        try site.write(["i18n/en.yml": "extra_words_for_this_test: Hello\n",
                        "content/_index.md": "---\ntitle: Changed home\n\(Self.reviewed)---\nChanged.\n"])
        let lenient = try Pamphlet.run(["check", "--source", site.root.path, "--today", FixtureSite.today])
        XCTAssertTrue(lenient.stderr.contains("[missing-string]") || lenient.stderr.contains("extra_words_for_this_test"), lenient.stderr)
        let strict = try site.build(["--strict"])
        XCTAssertEqual(strict.status, 1, strict.stderr)
        XCTAssertEqual(try Data(contentsOf: index), before, "a failed strict build leaves output/ as it was")
    }

    func testSummaryCountsNoPageAsTooHardWhenReadabilityIsOff() throws {
        let hard = String(repeating: "Pharmacogenomic considerations necessitate individualized therapeutic optimization, "
            + "incorporating comprehensive genotypic characterization alongside multidisciplinary pharmacological evaluation. ", count: 4)
        let files = [
            "content/_index.md": "---\ntitle: Home\n\(Self.reviewed)---\nWelcome.\n",
            "content/hard.md": "---\ntitle: Hard page\n\(Self.reviewed)---\n\(hard)\n",
        ]
        let checked = try FixtureSite(files.merging(["site.yml": "title: Test site\n"]) { _, new in new }, testCase: self)
        let on = try checked.build()
        XCTAssertTrue(on.stdout.contains("1 harder to read than their target"), on.stdout)
        let off = try FixtureSite(files.merging(["site.yml": "title: Test site\nchecks:\n  readability: off\n"]) { _, new in new }, testCase: self)
        let build = try off.build()
        XCTAssertEqual(build.status, 0, build.stderr)
        XCTAssertTrue(build.stdout.contains("; 0 harder to read than their target"), build.stdout)
        let check = try Pamphlet.run(["check", "--source", off.root.path, "--today", FixtureSite.today])
        XCTAssertTrue(check.stdout.contains("; 0 harder to read than their target"), check.stdout)
    }
}
