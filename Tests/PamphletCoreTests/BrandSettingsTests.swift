import XCTest
@testable import PamphletCore

/// `brand:` in site.yml: what it reads, and the file:line:column errors.
final class BrandSettingsTests: XCTestCase {
    private func load(_ text: String) -> (SiteConfig, [String]) {
        var diagnostics: [Diagnostic] = []
        let config = SiteConfig.load(text: text, file: "site.yml", diagnostics: &diagnostics)
        return (config, diagnostics.map(\.description))
    }

    func testReadsEverySetting() {
        let (config, problems) = load("""
            title: Clinic
            languages:
              - code: en
              - code: es
            brand:
              logo: content/logo.svg
              logo_alt: Northfield Hospital
              favicon: brand/favicon.svg
              colors:
                primary: "#7a1f5c"
                link: rgb(11, 83, 148)
              font: serif
              extra_css: brand/extra.css
              header_links:
                - label: {en: Contact us, es: Contacto}
                  url: /contact/
              footer_links:
                - label: Privacy
                  url: https://example.org/privacy
              share_image: content/share.png
              share_image_alt: Our hospital

            """)
        XCTAssertEqual(problems, [])
        let brand = config.brand
        XCTAssertEqual(brand.logo?.path, "content/logo.svg")
        XCTAssertEqual(brand.logo?.position.line, 6)
        XCTAssertEqual(brand.colors.link, BrandColor(red: 11, green: 83, blue: 148))
        XCTAssertEqual(brand.font, "serif")
        XCTAssertEqual(brand.headerLinks.first?.resolved(language: "es", defaultLanguage: "en")?.label, "Contacto")
        XCTAssertEqual(brand.footerLinks.first?.resolved(language: "es", defaultLanguage: "en")?.label, "Privacy")
        XCTAssertFalse(brand.isEmpty)
        XCTAssertTrue(SiteConfig().brand.isEmpty)
    }

    func testMistakesAreErrorsAtTheirLineAndColumn() {
        let (_, problems) = load("""
            title: Clinic
            brand:
              logo: content/logo.svg
              colour: "#fff"
              colors:
                primary: "#12345"
                links: "#000"
              font: Comic Sans
              header_links:
                - label: Contact
                  url: contact.html
                - url: /about/

            """)
        XCTAssertEqual(problems.count, 7, problems.joined(separator: "\n"))
        XCTAssertTrue(problems.contains { $0.hasPrefix("site.yml:3:9: error: brand.logo needs brand.logo_alt") }, "\(problems)")
        XCTAssertTrue(problems.contains { $0.hasPrefix("site.yml:4:3: error: unknown key 'colour' in brand; did you mean 'colors'?") }, "\(problems)")
        XCTAssertTrue(problems.contains { $0.hasPrefix("site.yml:6:14: error: brand.colors.primary '#12345' is not a colour Pamphlet can read") }, "\(problems)")
        XCTAssertTrue(problems.contains { $0.hasPrefix("site.yml:7:5: error: unknown key 'links' in brand.colors; did you mean 'link'?") }, "\(problems)")
        XCTAssertTrue(problems.contains { $0.hasPrefix("site.yml:8:9: error: brand.font 'Comic Sans' is not one of the font styles") }, "\(problems)")
        XCTAssertTrue(problems.contains { $0.hasPrefix("site.yml:11:12: error: the address 'contact.html' in brand.header_links must start with /") }, "\(problems)")
        XCTAssertTrue(problems.contains { $0.hasPrefix("site.yml:12:7: error: each link in brand.header_links needs a 'label'") }, "\(problems)")
    }

    func testALinkInALanguageTheSiteDoesNotHaveIsAnError() {
        let (_, problems) = load("""
            brand:
              footer_links:
                - label: {en: Privacy, fr: Confidentialité}
                  url: /privacy/

            """)
        XCTAssertEqual(problems.count, 1)
        XCTAssertTrue(problems[0].hasPrefix("site.yml:3:28: error: 'fr' in brand.footer_links is not a language of this site"), problems[0])
    }

    func testAFailingColourIsAnErrorAtItsSetting() {
        let (_, problems) = load("""
            brand:
              colors:
                link: "#6fa8dc"

            """)
        XCTAssertEqual(problems.count, 1)
        XCTAssertTrue(problems[0].hasPrefix("site.yml:3:11: error: brand.colors.link #6fa8dc"), problems[0])
        XCTAssertTrue(problems[0].contains("#2b72b2 is 4.52:1"), problems[0])
    }

    func testAnEmptyBrandLineIsNoBrand() {
        let (config, problems) = load("title: Clinic\nbrand:\n#  logo: content/logo.svg\n")
        XCTAssertEqual(problems, [])
        XCTAssertTrue(config.brand.isEmpty)
        let (_, wrong) = load("brand: blue\n")
        XCTAssertEqual(wrong.count, 1, "\(wrong)")
    }

    func testAPerLanguageLabelNeedsTheDefaultLanguage() {
        let (_, problems) = load("""
            languages:
              - code: en
                default: true
              - code: es
            brand:
              header_links:
                - label: {es: Contacto}
                  url: /contact/

            """)
        XCTAssertEqual(problems.count, 1, "\(problems)")
        XCTAssertTrue(problems.first?.hasPrefix("site.yml:7:14: error: this label in brand.header_links has no 'en' text") ?? false, "\(problems)")
    }
}
