import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import XCTest
@testable import PamphletCore

/// English and Spanish versions of a site, built for real into a temporary folder.
final class LanguagesTests: TemporaryFolderTestCase {
    private let siteYAML = """
        title: Salud
        base_url: https://example.org/health/
        languages:
          - code: en
            name: English
            default: true
          - code: es
            name: Español

        """

    private func page(_ title: String, reviewed: String = "2026-05-01", extra: String = "", body: String = "Text.") -> String {
        "---\ntitle: \(title)\nreviewed: \(reviewed)\n\(extra)---\n\(body)\n"
    }

    private func build(_ extra: [String: String] = [:]) throws -> BuildResult {
        var files: [String: String] = [
            "site.yml": siteYAML,
            "content/_index.md": page("Health"),
            "content/_index.es.md": page("Salud"),
            "content/therapy/_index.md": page("Therapy"),
            "content/therapy/_index.es.md": page("Terapia"),
            "content/therapy/gene-therapy.md": page("Gene therapy"),
            "content/therapy/gene-therapy.es.md": page("Terapia génica", extra: "slug: terapia-genica\n"),
            "content/therapy/only-english.md": page("Only in English"),
            "content/therapy/nino.es.md": page("Ñandú y niños"),
        ]
        files.merge(extra) { _, new in new }
        try write(files)
        var options = BuildOptions(source: root)
        options.today = CalendarDate(iso: "2026-06-01")!
        return SiteBuilder(options: options).run()
    }

    private func read(_ path: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent("output").appendingPathComponent(path), encoding: .utf8)
    }

    func testSpanishPagesLiveUnderTheirLanguageFolder() throws {
        let result = try build()
        XCTAssertTrue(result.succeeded, "\(result.diagnostics)")
        let spanish = try read("es/therapy/terapia-genica/index.html")
        XCTAssertTrue(spanish.contains("<html lang=\"es\""), "the page's own language goes on <html>")
        XCTAssertTrue(spanish.contains("https://example.org/health/es/therapy/terapia-genica/"))
        XCTAssertTrue(FileManager.default.fileExists(atPath: root.appendingPathComponent("output/es/index.html").path))
        XCTAssertTrue(FileManager.default.fileExists(atPath: root.appendingPathComponent("output/therapy/gene-therapy/index.html").path))
    }

    func testTranslationsArePairedByFileName() throws {
        try write(["site.yml": siteYAML, "content/a.md": page("A"), "content/a.es.md": page("A es"), "content/b.md": page("B")])
        var diagnostics: [Diagnostic] = []
        let config = SiteConfig.load(text: siteYAML, file: "site.yml", diagnostics: &diagnostics)
        let folder = SiteFolder(root: root)
        let reader = PageReader(folder: folder, languages: config.languages)
        let pages = ["a.md", "a.es.md", "b.md"].compactMap { reader.read(contentPath: $0).0 }
        let tree = SiteTreeBuilder(config: config).build(pages: pages, diagnostics: &diagnostics)
        XCTAssertEqual(diagnostics, [])
        let a = try XCTUnwrap(tree.byContentPath["a.md"])
        XCTAssertEqual(tree.versions(of: a).map(\.language.code), ["en", "es"])
        XCTAssertEqual(tree.pages[tree.byContentPath["a.es.md"]!].translationKey, "a.md")
        XCTAssertEqual(tree.versions(of: tree.byContentPath["b.md"]!).map(\.language.code), ["en"])
    }

    func testSitemapListsAlternatesWithXDefault() throws {
        _ = try build()
        let sitemap = try read("sitemap.xml")
        XCTAssertTrue(sitemap.contains("xmlns:xhtml=\"http://www.w3.org/1999/xhtml\""))
        let english = try XCTUnwrap(sitemap.components(separatedBy: "<url>").first { $0.contains("<loc>https://example.org/health/therapy/gene-therapy/</loc>") })
        XCTAssertTrue(english.contains("hreflang=\"en\" href=\"https://example.org/health/therapy/gene-therapy/\""))
        XCTAssertTrue(english.contains("hreflang=\"es\" href=\"https://example.org/health/es/therapy/terapia-genica/\""))
        XCTAssertTrue(english.contains("hreflang=\"x-default\" href=\"https://example.org/health/therapy/gene-therapy/\""))
        let lonely = try XCTUnwrap(sitemap.components(separatedBy: "<url>").first { $0.contains("only-in-english") || $0.contains("only-english/") })
        XCTAssertFalse(lonely.contains("hreflang"), "a page without a translation has no alternates")
        XCTAssertTrue(XMLParser(data: Data(sitemap.utf8)).parse(), "the sitemap parses as XML")
    }

    func testSpanishAToZHasItsOwnLetterÑ() throws {
        _ = try build()
        let index = try read("es/a-z/index.html")
        XCTAssertTrue(index.contains("Ñandú y niños"))
        XCTAssertTrue(index.contains("id=\"enye\""), "Ñ is a group of its own")
        XCTAssertFalse(index.contains("Gene therapy"), "English pages are not in the Spanish index")
        let english = try read("a-z/index.html")
        XCTAssertFalse(english.contains("Ñandú"))
    }

    func testSpanishDatesAndStrings() throws {
        _ = try build()
        let spanish = try read("es/therapy/terapia-genica/index.html")
        XCTAssertTrue(spanish.contains("1 de mayo de 2026"), "review date in Spanish")
        let english = try read("therapy/gene-therapy/index.html")
        XCTAssertTrue(english.contains("1 May 2026"))
        XCTAssertEqual(DateText.long(CalendarDate(iso: "2025-03-15")!, language: "es"), "15 de marzo de 2025")
    }

    func testPerLanguageFolderIsRejected() throws {
        let result = try build(["content/es/pagina.md": page("Página")])
        XCTAssertFalse(result.succeeded)
        let finding = try XCTUnwrap(result.diagnostics.first { $0.code == "language" })
        XCTAssertEqual(finding.file, "content/es/")
        XCTAssertTrue(finding.message.contains("page.es.md"), finding.message)
    }

    func testSuffixForAnUnlistedLanguageIsAnError() throws {
        let result = try build(["content/therapy/gene-therapy.fr.md": page("Thérapie génique")])
        let finding = try XCTUnwrap(result.diagnostics.first { $0.code == "language" })
        XCTAssertEqual(finding.file, "content/therapy/gene-therapy.fr.md")
        XCTAssertFalse(result.succeeded)
    }

    func testTranslationReviewedBeforeItsOriginalIsFlagged() throws {
        let result = try build([
            "content/therapy/gene-therapy.md": page("Gene therapy", reviewed: "2026-05-10"),
            "content/therapy/gene-therapy.es.md": page("Terapia génica", reviewed: "2026-02-01", extra: "slug: terapia-genica\n"),
        ])
        let finding = try XCTUnwrap(result.diagnostics.first { $0.code == "translation-outdated" })
        XCTAssertEqual(finding.file, "content/therapy/gene-therapy.es.md")
        XCTAssertEqual(finding.line, 3)
        XCTAssertEqual(finding.severity, .warning)
    }

    func testMissingThemeStringWarnsAndFallsBack() throws {
        let theme = "themes/mini/"
        let result = try build([
            theme + "templates/page.mustache": "<p lang=\"{{site.language}}\">{{t.hello}} {{t.bye}}</p>",
            theme + "templates/section.mustache": "s",
            theme + "templates/home.mustache": "h",
            theme + "templates/404.mustache": "n",
            theme + "i18n/en.yml": "hello: Hello\nbye: Goodbye\n",
            theme + "i18n/es.yml": "hello: Hola\n",
            "site.yml": siteYAML + "theme: mini\n",
        ])
        let warnings = result.diagnostics.filter { $0.code == "missing-string" }
        XCTAssertEqual(warnings.count, 1)
        XCTAssertTrue(warnings[0].message.contains("'bye'") && warnings[0].message.contains("'es'"), warnings[0].message)
        XCTAssertEqual(warnings[0].file, "themes/mini/i18n/es.yml")
        XCTAssertEqual(try read("es/therapy/terapia-genica/index.html"), "<p lang=\"es\">Hola Goodbye</p>")
    }

    func testLanguagesSettingIsStrict() throws {
        var diagnostics: [Diagnostic] = []
        _ = SiteConfig.load(
            text: "languages:\n  - code: en\n    default: true\n  - code: es\n    default: true\n", file: "site.yml", diagnostics: &diagnostics)
        XCTAssertEqual(diagnostics.first?.code, "config")
        XCTAssertTrue(diagnostics.first?.message.contains("more than one language") ?? false)
        diagnostics = []
        let config = SiteConfig.load(text: "languages:\n  - code: es\n  - code: en\n", file: "site.yml", diagnostics: &diagnostics)
        XCTAssertEqual(diagnostics, [])
        XCTAssertEqual(config.defaultLanguage.code, "es", "the first listed language is the default when none is marked")
        XCTAssertEqual(config.language("en")?.name, "English")
    }
}

extension LanguagesTests {
    func testSpanishPagesAreScoredWithFernandezHuerta() throws {
        let hard = String(repeating: "La administración intravenosa de medicamentos inmunosupresores requiere monitorización hematológica continuada. ", count: 4)
        let easy = String(repeating: "El gen es una parte del ADN. Le dice a la célula qué hacer. ", count: 4)
        let result = try build([
            "content/therapy/gene-therapy.es.md": page("Terapia génica", extra: "slug: terapia-genica\n", body: hard),
            "content/therapy/nino.es.md": page("Ñandú y niños", body: easy),
        ])
        let finding = try XCTUnwrap(result.diagnostics.first { $0.code == "readability" && $0.severity == .warning })
        XCTAssertEqual(finding.file, "content/therapy/gene-therapy.es.md")
        XCTAssertTrue(finding.message.contains("Fernández-Huerta"), finding.message)
        let spanish = try XCTUnwrap(result.health.first { $0.file == "content/therapy/gene-therapy.es.md" })
        XCTAssertEqual(spanish.formula, "Fernández-Huerta")
        XCTAssertEqual(spanish.targetScore, 60)
        XCTAssertTrue(spanish.aboveTarget)
        XCTAssertLessThan(try XCTUnwrap(spanish.fernandezHuerta), 60)
        let easyPage = try XCTUnwrap(result.health.first { $0.file == "content/therapy/nino.es.md" })
        XCTAssertGreaterThan(try XCTUnwrap(easyPage.fernandezHuerta), 80)
        XCTAssertFalse(easyPage.aboveTarget)
        let english = try XCTUnwrap(result.health.first { $0.file == "content/therapy/gene-therapy.md" })
        XCTAssertEqual(english.formula, "Flesch-Kincaid")
        XCTAssertNil(english.fernandezHuerta)
    }

    func testSectionSlugRenamesItsFolderForThatLanguage() throws {
        let result = try build(["content/therapy/_index.es.md": page("Terapia", extra: "slug: terapia\n")])
        XCTAssertTrue(result.succeeded, "\(result.diagnostics)")
        XCTAssertTrue(FileManager.default.fileExists(atPath: root.appendingPathComponent("output/es/terapia/terapia-genica/index.html").path))
        XCTAssertTrue(FileManager.default.fileExists(atPath: root.appendingPathComponent("output/therapy/gene-therapy/index.html").path))
    }
}

extension LanguagesTests {
    /// Every `<link rel="alternate" hreflang>` of every written page: page -> (code -> href).
    private func alternates() throws -> [String: [String: String]] {
        let output = root.appendingPathComponent("output")
        var found: [String: [String: String]] = [:]
        let files = FileManager.default.enumerator(atPath: output.path)!.compactMap { $0 as? String }.filter { $0.hasSuffix("index.html") }
        let pattern = try NSRegularExpression(pattern: #"<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">"#)
        for file in files {
            let html = try String(contentsOf: output.appendingPathComponent(file), encoding: .utf8)
            let canonical = try XCTUnwrap(html.range(of: #"(?<=<link rel="canonical" href=")[^"]+"#, options: .regularExpression).map { String(html[$0]) })
            for match in pattern.matches(in: html, range: NSRange(html.startIndex..., in: html)) {
                let code = String(html[Range(match.range(at: 1), in: html)!])
                let href = String(html[Range(match.range(at: 2), in: html)!])
                found[canonical, default: [:]][code] = href
            }
        }
        return found
    }

    func testHreflangSetsAreReciprocalAbsoluteAndSelfReferencing() throws {
        _ = try build()
        let sets = try alternates()
        XCTAssertEqual(sets.count, 6, "home, section and page in two languages: \(sets.keys.sorted())")
        for (page, set) in sets {
            XCTAssertTrue(set.values.allSatisfy { $0.hasPrefix("https://example.org/health/") }, "absolute: \(set)")
            XCTAssertTrue(set.values.contains(page), "\(page) lists itself")
            XCTAssertEqual(Set(set.keys), ["en", "es", "x-default"])
            XCTAssertEqual(set["x-default"], set["en"], "x-default is the default language's page")
            for (code, href) in set where code != "x-default" {
                XCTAssertEqual(sets[href], set, "\(href) lists the same versions as \(page)")
            }
        }
        XCTAssertEqual(sets["https://example.org/health/therapy/gene-therapy/"]?["es"], "https://example.org/health/es/therapy/terapia-genica/")
        XCTAssertNil(sets["https://example.org/health/therapy/only-english/"], "a page without a translation has no alternates")
    }

    func testLanguageSwitcherNamesEachLanguageInItself() throws {
        _ = try build()
        let spanish = try read("es/therapy/terapia-genica/index.html")
        XCTAssertTrue(spanish.contains(#"<a href="/health/therapy/gene-therapy/" hreflang="en" lang="en">English</a>"#), spanish)
        XCTAssertTrue(spanish.contains(#"<span aria-current="true" lang="es">Español</span>"#))
        XCTAssertTrue(spanish.contains(#"aria-label="Idiomas""#), "the switcher's label is in the page's language")
        let lonely = try read("therapy/only-english/index.html")
        XCTAssertFalse(lonely.contains("language-switcher"), "a page in one language shows no switcher")
    }
}

extension LanguagesTests {
    func testEachLanguageHasItsOwnGlossary() throws {
        _ = try build([
            "content/glossary.yml": "- term: gene\n  definition: A piece of DNA.\n",
            "content/glossary.es.yml": "- term: gen\n  forms: [genes]\n  definition: Una parte del ADN.\n",
            "content/therapy/gene-therapy.es.md": page("Terapia génica", extra: "slug: terapia-genica\n", body: "Un gen puede cambiar."),
            "content/therapy/gene-therapy.md": page("Gene therapy", body: "A gene can change."),
        ])
        let spanishGlossary = try read("es/glossary/index.html")
        XCTAssertTrue(spanishGlossary.contains("Una parte del ADN."))
        XCTAssertFalse(spanishGlossary.contains("A piece of DNA."))
        XCTAssertTrue(try read("glossary/index.html").contains("A piece of DNA."))
        let spanish = try read("es/therapy/terapia-genica/index.html")
        XCTAssertTrue(spanish.contains("href=\"/health/es/glossary/#gen\""), "Spanish terms link to the Spanish glossary")
        XCTAssertTrue(spanish.contains("Glosario"), "the footer names it in Spanish")
        XCTAssertTrue(try read("therapy/gene-therapy/index.html").contains("href=\"/health/glossary/#gene\""))
    }
}
