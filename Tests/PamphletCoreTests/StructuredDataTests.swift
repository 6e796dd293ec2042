import Foundation
import XCTest

@testable import PamphletCore

/// The MedicalWebPage JSON-LD: valid JSON, the expected schema.org keys and
/// values, and safe inside a `<script>` element.
final class StructuredDataTests: XCTestCase {
    var config: SiteConfig {
        var config = SiteConfig()
        config.title = "Genes and Health"
        config.publisher = "Sample Health Library"
        config.language = "en-GB"
        config.baseURL = BaseURL(string: "https://health.example.org/library/")!
        return config
    }

    func facts(about: TemplateValue? = nil, specialty: TemplateValue? = nil, name: String = "What is DNA?") -> StructuredData.PageFacts {
        StructuredData.PageFacts(
            name: name, description: "DNA is the set of instructions inside your cells.",
            url: "https://health.example.org/library/genes/what-is-dna/",
            lastReviewed: CalendarDate(iso: "2026-04-18"), reviewedBy: "Dr. Amina Okafor, clinical geneticist",
            about: about, specialty: specialty)
    }

    func parse(_ facts: StructuredData.PageFacts) throws -> [String: Any] {
        let json = StructuredData.PageWriter(config: config).jsonLD(facts)
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8))
        return try XCTUnwrap(object as? [String: Any])
    }

    func testAReviewingBoardIsAnOrganization() throws {
        var board = facts()
        board.reviewedBy = "Genetics Review Board"
        board.reviewerIsOrganization = true
        let reviewer = try XCTUnwrap(try parse(board)["reviewedBy"] as? [String: Any])
        XCTAssertEqual(reviewer["@type"] as? String, "Organization")
        XCTAssertEqual(reviewer["name"] as? String, "Genetics Review Board")
    }

    func testMedicalWebPageHasTheExpectedKeysAndValues() throws {
        let data = try parse(facts(about: .text("Gene therapy"), specialty: .text("Genetic")))
        XCTAssertEqual(data["@context"] as? String, "https://schema.org")
        XCTAssertEqual(data["@type"] as? String, "MedicalWebPage")
        XCTAssertEqual(data["name"] as? String, "What is DNA?")
        XCTAssertEqual(data["description"] as? String, "DNA is the set of instructions inside your cells.")
        XCTAssertEqual(data["url"] as? String, "https://health.example.org/library/genes/what-is-dna/")
        XCTAssertEqual(data["inLanguage"] as? String, "en-GB")
        XCTAssertEqual(data["lastReviewed"] as? String, "2026-04-18")

        let reviewer = try XCTUnwrap(data["reviewedBy"] as? [String: Any])
        XCTAssertEqual(reviewer["@type"] as? String, "Person")
        XCTAssertEqual(reviewer["name"] as? String, "Dr. Amina Okafor, clinical geneticist")

        let publisher = try XCTUnwrap(data["publisher"] as? [String: Any])
        XCTAssertEqual(publisher["@type"] as? String, "Organization")
        XCTAssertEqual(publisher["name"] as? String, "Sample Health Library")
        XCTAssertEqual(publisher["url"] as? String, "https://health.example.org/library/")

        let audience = try XCTUnwrap(data["audience"] as? [String: Any])
        XCTAssertEqual(audience["@type"] as? String, "MedicalAudience")
        XCTAssertEqual(audience["audienceType"] as? String, "Patient")

        let about = try XCTUnwrap(data["about"] as? [String: Any])
        XCTAssertEqual(about["@type"] as? String, "MedicalEntity")
        XCTAssertEqual(about["name"] as? String, "Gene therapy")
        XCTAssertEqual(data["specialty"] as? String, "https://schema.org/Genetic")

        let site = try XCTUnwrap(data["isPartOf"] as? [String: Any])
        XCTAssertEqual(site["@type"] as? String, "WebSite")
        XCTAssertEqual(site["name"] as? String, "Genes and Health")
    }

    func testOptionalFactsAreLeftOutWhenNotGiven() throws {
        let data = try parse(StructuredData.PageFacts(name: "A to Z", description: "", url: "https://health.example.org/library/a-z/"))
        for key in ["description", "lastReviewed", "reviewedBy", "about", "specialty"] {
            XCTAssertNil(data[key], key)
        }
        XCTAssertNotNil(data["publisher"])
        XCTAssertNotNil(data["audience"])
    }

    func testPublisherFallsBackToTheSiteTitle() throws {
        var config = self.config
        config.publisher = ""
        let json = StructuredData.PageWriter(config: config).jsonLD(facts())
        XCTAssertTrue(json.contains("\"publisher\":{\"@type\":\"Organization\",\"name\":\"Genes and Health\""), json)
    }

    func testAboutWithASchemaTypeAndLists() throws {
        let typed = try parse(facts(about: .map(["name": .text("Gene therapy"), "type": .text("MedicalTherapy")])))
        let about = try XCTUnwrap(typed["about"] as? [String: Any])
        XCTAssertEqual(about["@type"] as? String, "MedicalTherapy")
        XCTAssertEqual(about["name"] as? String, "Gene therapy")

        let listed = try parse(facts(about: .list([.text("DNA"), .text("Genes")]), specialty: .list([.text("genetic"), .text("Public health")])))
        let items = try XCTUnwrap(listed["about"] as? [[String: Any]])
        XCTAssertEqual(items.map { $0["name"] as? String }, ["DNA", "Genes"])
        XCTAssertEqual(listed["specialty"] as? [String], ["https://schema.org/Genetic", "https://schema.org/PublicHealth"])
    }

    func testUnknownSpecialtyAndAboutTypeAreLeftOutWithAWarning() throws {
        let data = try parse(facts(about: .map(["name": .text("X"), "type": .text("MedicalTherapie")]), specialty: .text("Genetics")))
        XCTAssertNil(data["specialty"])
        XCTAssertNil(data["about"])

        var matter = FrontMatter()
        matter.params = ["specialty": .text("Genetics"), "about": .map(["name": .text("X"), "type": .text("MedicalTherapie")])]
        matter.positions = ["specialty": SourcePosition(line: 8, column: 1), "about": SourcePosition(line: 7, column: 1)]
        let warnings = StructuredData.check(matter, file: "content/page.md")
        XCTAssertEqual(warnings.count, 2, "\(warnings)")
        XCTAssertTrue(warnings.allSatisfy { $0.severity == .warning && $0.code == "structured-data" })
        let specialty = try XCTUnwrap(warnings.first { $0.line == 8 })
        XCTAssertTrue(specialty.message.contains("'Genetics' is not a schema.org medical specialty"), specialty.message)
        XCTAssertTrue(specialty.message.contains("did you mean 'Genetic'?"), specialty.message)
        let about = try XCTUnwrap(warnings.first { $0.line == 7 })
        XCTAssertTrue(about.message.contains("did you mean 'MedicalTherapy'?"), about.message)

        matter.params = ["specialty": .text("Genetic"), "about": .text("Gene therapy")]
        XCTAssertEqual(StructuredData.check(matter, file: "content/page.md"), [])
    }

    func testSpecialtiesAreRealSchemaOrgMembers() {
        XCTAssertEqual(StructuredData.specialties.count, 41)
        XCTAssertEqual(Set(StructuredData.specialties).count, 41)
        XCTAssertEqual(StructuredData.specialty(named: "https://schema.org/Oncologic"), "Oncologic")
        XCTAssertEqual(StructuredData.specialty(named: "primary care"), "PrimaryCare")
        XCTAssertNil(StructuredData.specialty(named: "Dermatologic"))
    }

    func testTextCannotCloseTheScriptElement() throws {
        let hostile = "</script><script>alert(1)</script><!-- & \u{2028}"
        let json = StructuredData.PageWriter(config: config).jsonLD(facts(name: hostile))
        XCTAssertFalse(json.contains("<"), json)
        XCTAssertFalse(json.contains(">"), json)
        XCTAssertFalse(json.contains("&"), json)
        XCTAssertFalse(json.contains("\u{2028}"), json)
        XCTAssertTrue(json.contains("\\u003c/script\\u003e"), json)
        // The escapes mean the same text to a JSON reader.
        let data = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        XCTAssertEqual(data["name"] as? String, hostile)
    }

    func testOutputIsStable() throws {
        let first = StructuredData.PageWriter(config: config).jsonLD(facts(specialty: .text("Genetic")))
        let second = StructuredData.PageWriter(config: config).jsonLD(facts(specialty: .text("Genetic")))
        XCTAssertEqual(first, second)
        XCTAssertTrue(first.hasPrefix("{\"@context\":\"https://schema.org\",\"@type\":\"MedicalWebPage\""), first)
    }

    /// The writer gives JSONSerialization's bytes (sorted keys, slashes as they are), with the script-safe escapes.
    func testTextIsWhatJSONSerializationWrites() throws {
        let awkward = "a\u{01}b\u{1F}\"\\/\n\r\t\u{08}\u{0C}\u{7F}é 😀 \u{2028}\u{2029}<>&"
        let value = JSONValue.object([
            "name": .string(awkward), "@type": .string("X"), "about": .array([.string("b"), .object(["@type": .string("Y")])]),
            "inLanguage": .string("es"), "isPartOf": .object(["url": .string("https://e.org/"), "name": .string("N")]),
        ])
        let object: [String: Any] = [
            "name": awkward, "@type": "X", "about": ["b", ["@type": "Y"]] as [Any],
            "inLanguage": "es", "isPartOf": ["url": "https://e.org/", "name": "N"],
        ]
        let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
        var expected = try XCTUnwrap(String(data: data, encoding: .utf8))
        for (character, escape) in [("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"), ("\u{2028}", "\\u2028"), ("\u{2029}", "\\u2029")] {
            expected = expected.replacingOccurrences(of: character, with: escape)
        }
        XCTAssertEqual(value.scriptSafeText, expected)
    }

    /// The writer every page uses writes what the JSON values write, byte for byte.
    func testThePageWriterWritesWhatTheValuesWrite() throws {
        var other = config
        other.publisher = ""
        other.language = "es"
        var variants: [StructuredData.PageFacts] = [
            facts(), facts(about: .text("Gene therapy"), specialty: .text("Genetic")),
            facts(about: .list([.text("DNA"), .map(["name": .text("Sickle cell disease"), "type": .text("MedicalCondition")])]),
                  specialty: .list([.text("Genetic"), .text("Public health")])),
            facts(name: "</script><!-- \u{2028} \"quoted\" & <b> \\ \t"),
        ]
        var bare = facts(about: .text("  "), specialty: .text("Astrology"))
        bare.description = ""
        bare.lastReviewed = nil
        bare.reviewedBy = ""
        bare.language = "fr"
        variants.append(bare)
        var board = facts()
        board.reviewedBy = "Genetics Review Board"
        board.reviewerIsOrganization = true
        variants.append(board)
        for config in [config, other] {
            let writer = StructuredData.PageWriter(config: config)
            for facts in variants {
                XCTAssertEqual(writer.jsonLD(facts), Self.medicalWebPage(facts, config: config).scriptSafeText)
            }
        }
    }

    /// The page's object built as JSON values, key by key: the reference for
    /// the page writer, which keeps the keys' order by hand.
    static func medicalWebPage(_ page: StructuredData.PageFacts, config: SiteConfig) -> JSONValue {
        let publisherName = config.publisher.isEmpty ? config.title : config.publisher
        var object: [String: JSONValue] = [
            "@context": .string("https://schema.org"),
            "@type": .string("MedicalWebPage"),
            "name": .string(page.name),
            "url": .string(page.url),
            "inLanguage": .string(page.language ?? config.language),
            "publisher": .object(StructuredData.publisher(name: publisherName, config: config)),
            "isPartOf": .object(["@type": .string("WebSite"), "name": .string(config.title), "url": .string(config.baseURL.string)]),
            "audience": .object(["@type": .string("MedicalAudience"), "audienceType": .string("Patient")]),
        ]
        if !page.description.isEmpty { object["description"] = .string(page.description) }
        if let reviewed = page.lastReviewed { object["lastReviewed"] = .string(reviewed.iso) }
        if let reviewer = page.reviewedBy, !reviewer.isEmpty {
            object["reviewedBy"] = .object([
                "@type": .string(page.reviewerIsOrganization ? "Organization" : "Person"), "name": .string(reviewer),
            ])
        }
        if let about = page.about.flatMap(StructuredData.aboutValue) { object["about"] = about }
        if let specialty = page.specialty.flatMap(StructuredData.specialtyValue) { object["specialty"] = specialty }
        return .object(object)
    }
}
