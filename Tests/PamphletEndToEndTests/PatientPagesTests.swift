import Foundation
import XCTest

import PamphletCore

/// Builds the sample site and the all-Markdown fixture and checks the
/// patient-friendly parts of the output: glossary links and page, "Terms on
/// this page", the footer link and the JSON-LD in every page's head.
final class PatientPagesTests: XCTestCase {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures")
    /// The tests' copy of the sample site.
    static let root = fixtures.appendingPathComponent("sample-site")

    func build(_ source: URL) throws -> (URL, BuildResult) {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("pamphlet-patient-\(UUID().uuidString)")
        addTeardownBlock { try? FileManager.default.removeItem(at: output) }
        var options = BuildOptions(source: source, output: output)
        options.today = CalendarDate(iso: "2026-06-01")!
        let result = SiteBuilder(options: options).run()
        XCTAssertTrue(result.succeeded, result.diagnostics.map(\.description).joined(separator: "\n"))
        return (output, result)
    }

    func read(_ output: URL, _ path: String) throws -> String {
        try String(contentsOf: output.appendingPathComponent(path), encoding: .utf8)
    }

    func count(_ needle: String, in text: String) -> Int {
        text.components(separatedBy: needle).count - 1
    }

    func testSampleSiteLinksGlossaryTermsAndWritesTheGlossaryPage() throws {
        let (output, _) = try build(Self.root)
        let dna = try read(output, "genes-and-dna/what-is-dna/index.html")
        XCTAssertEqual(count("aria-describedby=\"term-dna\"", in: dna), 1)
        XCTAssertEqual(count("id=\"term-dna\"", in: dna), 1)
        XCTAssertTrue(dna.contains("<a class=\"term__link\" href=\"/glossary/#dna\" aria-describedby=\"term-dna\">DNA</a>"))
        XCTAssertTrue(dna.contains("<h2 class=\"page-terms__title\">Terms on this page</h2>"))
        XCTAssertTrue(dna.contains("<dt><a href=\"/glossary/#double-helix\">double helix</a></dt>"))
        // The script that lets Esc hide a definition, only where there are terms.
        let script = try XCTUnwrap(dna.range(of: #"<script src="/assets/terms\.[0-9a-f]+\.js" defer></script>"#, options: .regularExpression))
        let address = String(dna[script]).components(separatedBy: "\"")[1].dropFirst()
        XCTAssertTrue(FileManager.default.fileExists(atPath: output.appendingPathComponent(String(address)).path), String(address))
        XCTAssertFalse(try read(output, "404.html").contains("terms."), "a page without terms loads no script")
        // Headings keep their words unlinked.
        XCTAssertTrue(dna.contains("<h2 id=\"what-dna-is-made-of\">\nWhat DNA is made of\n</h2>"), dna)

        let glossary = try read(output, "glossary/index.html")
        XCTAssertEqual(count("<dt id=", in: glossary), 42)
        XCTAssertTrue(glossary.contains("<dt id=\"dna\">DNA</dt>"))
        XCTAssertTrue(glossary.contains("<h2 id=\"letter-d\">D</h2>"))
        XCTAssertTrue(glossary.contains("<a href=\"#letter-g\">G</a>"))
        XCTAssertFalse(glossary.contains("term__link"))

        XCTAssertTrue(dna.contains("<li><a href=\"/glossary/\">Glossary</a></li>"), "footer link")
        XCTAssertTrue(try read(output, "sitemap.xml").contains("<loc>https://pamphlet.example.org/glossary/</loc>"))
    }

    func testEveryPageHasMedicalWebPageJSONLD() throws {
        let (output, _) = try build(Self.root)
        let files = FileManager.default.enumerator(atPath: output.path)!.compactMap { $0 as? String }
            .filter { $0.hasSuffix(".html") }.sorted()
        XCTAssertGreaterThan(files.count, 20)
        var checked = 0
        for file in files {
            let html = try read(output, file)
            if html.contains("http-equiv=\"refresh\"") || file == "404.html" { continue }
            let parts = html.components(separatedBy: "<script type=\"application/ld+json\">")
            XCTAssertEqual(parts.count, 2, "\(file): one JSON-LD script")
            guard parts.count == 2, let end = parts[1].range(of: "</script>") else { continue }
            let json = String(parts[1][..<end.lowerBound])
            XCTAssertFalse(json.contains("<"), file)
            let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any], file)
            XCTAssertEqual(object["@type"] as? String, "MedicalWebPage", file)
            XCTAssertEqual(object["inLanguage"] as? String, file.hasPrefix("es/") ? "es" : "en", file)
            XCTAssertNotNil(object["name"] as? String, file)
            XCTAssertEqual((object["url"] as? String)?.hasPrefix("https://pamphlet.example.org/"), true, file)
            checked += 1
        }
        XCTAssertGreaterThan(checked, 20)

        let therapy = try read(output, "gene-therapy/gene-transfer/index.html")
        XCTAssertTrue(therapy.contains("\"specialty\":\"https://schema.org/Genetic\""))
        XCTAssertTrue(therapy.contains("\"about\":{\"@type\":\"MedicalEntity\",\"name\":\"Gene therapy\"}"))
        XCTAssertTrue(therapy.contains("\"lastReviewed\":\"2026-07-21\""))
    }

    func testFixtureUsesGlossaryIntroductionAndLinksFirstMentionsOnly() throws {
        let (output, result) = try build(Self.fixtures.appendingPathComponent("all-markdown"))
        XCTAssertEqual(result.diagnostics.filter { $0.code == "glossary" || $0.code == "structured-data" }, [])
        let page = try read(output, "all-markdown/index.html")
        XCTAssertEqual(count("class=\"term__link\"", in: page), 5)
        XCTAssertTrue(page.contains("\"about\":{\"@type\":\"MedicalTherapy\",\"name\":\"Gene therapy\"}"))
        XCTAssertTrue(page.contains("<pre><code>A code block: gene therapy and DNA are not linked here."))
        XCTAssertTrue(page.contains("<div class=\"banner\">"))

        let glossary = try read(output, "glossary/index.html")
        XCTAssertTrue(glossary.contains("<h1>Glossary of terms</h1>"))
        XCTAssertTrue(glossary.contains("These are the words the fixture site explains. DNA, gene and carrier are not"))
        XCTAssertFalse(glossary.contains("term__link"))
        XCTAssertEqual(count("<dt id=", in: glossary), 6)
    }
}
