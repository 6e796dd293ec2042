import Foundation
import XCTest
@testable import PamphletCore

/// The incremental builder against the reference on a site nobody wrote by
/// hand: 1,000 pages from `bench/generate-site` (the benchmark's generator),
/// through one edit of every kind `pamphlet serve` sees, each compared byte
/// for byte with a full build.
extension IncrementalBuilderTests {
    func testGeneratedThousandPageSiteThroughASeriesOfEdits() throws {
        let generated = work.appendingPathComponent("generated")
        let script = Self.repository.appendingPathComponent("bench/generate-site")
        let python = Process()
        python.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        python.arguments = ["python3", script.path, "--pages", "1000", "--seed", "3", "--out", generated.path]
        python.standardOutput = FileHandle.nullDevice
        do {
            try python.run()
        } catch {
            return XCTFail("this test runs bench/generate-site, which needs python3 (apt-get install python3): \(error)")
        }
        python.waitUntilExit()
        XCTAssertEqual(python.terminationStatus, 0, "bench/generate-site failed")
        site = generated.appendingPathComponent("pamphlet")
        // As `pamphlet serve` builds: each page shows its author note.
        preview = true
        builder = IncrementalBuilder(options: options(output: work.appendingPathComponent("incremental")))
        let pages = try generatedPages()
        XCTAssertGreaterThanOrEqual(pages.count, 1000)
        let (first, second, third) = (pages[0], pages[pages.count / 2], pages[pages.count - 1])

        XCTAssertEqual(buildAndCompare().kind, .full)

        // Body: that page and its section's printable page.
        try write(first, try read(first) + "\n## One more thing\n\nA new closing paragraph.\n")
        XCTAssertEqual(buildAndCompare().kind, .pages)

        // Title: every page that shows it, and the listings.
        try replace(second, "title: \"", with: "title: \"Renamed ")
        XCTAssertEqual(buildAndCompare().kind, .pages)
        // A title that moves the page to the top of its section, then back:
        // the section is sorted again without arranging the whole site.
        try replace(second, "title: \"Renamed ", with: "title: \"0 First ")
        XCTAssertEqual(buildAndCompare().kind, .pages)
        try replace(second, "title: \"0 First ", with: "title: \"Renamed ")
        XCTAssertEqual(buildAndCompare().kind, .pages)
        // A section page's title and weight: its parent's list of sections is sorted again.
        let section = (second as NSString).deletingLastPathComponent + "/_index.md"
        let sectionText = try read(section)
        try write(section, sectionText.replacingOccurrences(of: "title: \"", with: "title: \"Zz "))
        XCTAssertEqual(buildAndCompare().kind, .pages)
        try write(section, sectionText)
        XCTAssertEqual(buildAndCompare().kind, .pages)
        // Two pages of one section change titles in one save.
        let sibling = try siblingPage(of: second, in: pages)
        try replace(second, "title: \"Renamed ", with: "title: \"Again ")
        try replace(sibling, "title: \"", with: "title: \"Also ")
        XCTAssertEqual(buildAndCompare().kind, .pages)

        // Other front matter: review date, description and weight.
        var matter = try read(third)
        matter = matter.replacingOccurrences(of: #"reviewed: [0-9-]+"#, with: "reviewed: 2026-09-30", options: .regularExpression)
        matter = matter.replacingOccurrences(of: #"weight: [0-9]+"#, with: "weight: 1", options: .regularExpression)
        try write(third, matter.replacingOccurrences(of: "description: \"", with: "description: \"Now "))
        buildAndCompare()

        // Headings renamed: links from other pages to them break, then mend.
        let linked = try fragmentLinkTarget(in: pages)
        let headings = try read(linked)
        try write(linked, headings.replacingOccurrences(of: "\n## ", with: "\n## Renamed "))
        buildAndCompare()
        try write(linked, headings)
        buildAndCompare()

        // A page added, then deleted.
        let added = (first as NSString).deletingLastPathComponent + "/an-added-page.md"
        try write(added, "---\ntitle: An added page\nreviewed: 2026-09-01\n---\n\nHello. See [the first page](\((first as NSString).lastPathComponent)).\n")
        buildAndCompare()
        try FileManager.default.removeItem(at: path(added))
        buildAndCompare()
        // A page other pages link to: their links break (an error), then mend when it comes back.
        let secondText = try read(second)
        try FileManager.default.removeItem(at: path(second))
        XCTAssertEqual(buildAndCompare().kind, .failed)
        try write(second, secondText)
        XCTAssertNotEqual(buildAndCompare().kind, .failed)

        // A page moved to another section, then back.
        let moved = (third as NSString).deletingLastPathComponent + "/moved-here.md"
        let firstText = try read(first)
        try FileManager.default.moveItem(at: path(first), to: path(moved))
        buildAndCompare()
        try FileManager.default.removeItem(at: path(moved))
        try write(first, firstText)
        buildAndCompare()

        // A glossary: added (terms are linked from every page), then changed.
        try write("content/glossary.yml", "- term: blood pressure\n  definition: How hard your blood pushes on your blood vessels.\n")
        buildAndCompare()
        try write("content/glossary.yml", "- term: blood pressure\n  definition: How hard blood pushes.\n- term: diet\n  definition: What you eat.\n")
        buildAndCompare()

        // site.yml.
        try replace("site.yml", "title: Benchmark Health Library", with: "title: Generated Health Library")
        XCTAssertEqual(buildAndCompare().kind, .full)

        // And a body edit after all that is a one-page write again.
        try write(third, try read(third) + "\nOne more line.\n")
        XCTAssertEqual(buildAndCompare().kind, .pages)
    }

    /// The generated pages (not section pages), site-relative, sorted.
    private func generatedPages() throws -> [String] {
        let content = site.appendingPathComponent("content")
        let files = FileManager.default.enumerator(atPath: content.path)?.compactMap { $0 as? String } ?? []
        return files.filter { $0.hasSuffix(".md") && !$0.hasSuffix("_index.md") }.sorted().map { "content/" + $0 }
    }

    /// Another page of the same folder.
    private func siblingPage(of page: String, in pages: [String]) throws -> String {
        let folder = (page as NSString).deletingLastPathComponent
        guard let sibling = pages.first(where: { $0 != page && ($0 as NSString).deletingLastPathComponent == folder }) else {
            XCTFail("\(page) has no sibling; bench/generate-site changed")
            return page
        }
        return sibling
    }

    /// A page another page links to with a `#fragment` (the generator writes such links).
    private func fragmentLinkTarget(in pages: [String]) throws -> String {
        let link = try NSRegularExpression(pattern: #"\]\(([a-z0-9-]+\.md)#[a-z-]+\)"#)
        for page in pages {
            let text = try read(page)
            if let match = link.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)),
               let range = Range(match.range(at: 1), in: text) {
                return (page as NSString).deletingLastPathComponent + "/" + text[range]
            }
        }
        XCTFail("no page of the generated site links to a heading; bench/generate-site changed")
        return pages[0]
    }
}
