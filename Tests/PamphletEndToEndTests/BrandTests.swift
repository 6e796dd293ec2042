import Foundation
import XCTest

/// Runs `pamphlet build` on Tests/Fixtures/branded (logo, colours, font,
/// icons, extra CSS, header and footer links in two languages, share image)
/// and on Tests/Fixtures/branded-low-contrast (a colour patients with low
/// vision cannot read), and checks the HTML and files written.
final class BrandTests: XCTestCase {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures")

    private func build(_ name: String) throws -> (CommandResult, URL) {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("pamphlet-brand-\(UUID().uuidString)")
        addTeardownBlock { try? FileManager.default.removeItem(at: output) }
        let result = try Pamphlet.run([
            "build", "--source", Self.fixtures.appendingPathComponent(name).path, "--output", output.path, "--today", FixtureSite.today,
        ])
        return (result, output)
    }

    private func read(_ output: URL, _ path: String) -> String {
        (try? String(contentsOf: output.appendingPathComponent(path), encoding: .utf8)) ?? ""
    }

    /// The output path an element's attribute points to, checked to exist.
    private func asset(_ pattern: String, in html: String, output: URL, file: StaticString = #filePath, line: UInt = #line) -> String {
        guard let path = HTML.first(pattern, in: html) else {
            XCTFail("no match for \(pattern)", file: file, line: line)
            return ""
        }
        let relative = path.replacingOccurrences(of: "https://patients.northfield.example/", with: "/").dropFirst()
        XCTAssertTrue(FileManager.default.fileExists(atPath: output.appendingPathComponent(String(relative)).path), path, file: file, line: line)
        return String(relative)
    }

    func testBrandedSiteShowsLogoColoursIconsAndLinks() throws {
        let (result, output) = try build("branded")
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.errorLines, [])
        let page = read(output, "about/contact/index.html")

        // The logo, with its size read from the SVG so the header does not jump.
        XCTAssertTrue(page.contains(
            #"<a class="site-header__name" href="/"><img class="site-header__logo" src="/assets/brand/logo."#), page)
        XCTAssertTrue(page.contains(#"alt="Northfield Hospital" width="160" height="48">Northfield Patient Information</a>"#), page)
        let logo = asset(#"<img class="site-header__logo" src="([^"]*)""#, in: page, output: output)
        XCTAssertTrue(logo.hasPrefix("assets/brand/logo.") && logo.hasSuffix(".svg"), logo)

        // Icons, the brand stylesheet after the theme's, then the site's own CSS, then print.
        asset(#"<link rel="icon" href="([^"]*)" type="image/svg\+xml">"#, in: page, output: output)
        asset(#"<link rel="apple-touch-icon" href="([^"]*)">"#, in: page, output: output)
        let sheets = HTML.matches(#"<link rel="stylesheet" href="([^"]*)""#, in: page)
        XCTAssertEqual(sheets.count, 4, "\(sheets)")
        XCTAssertTrue(sheets[0].hasPrefix("/assets/style."), "\(sheets)")
        XCTAssertTrue(sheets[1].hasPrefix("/assets/brand."), "\(sheets)")
        XCTAssertTrue(sheets[2].hasPrefix("/assets/brand/extra."), "\(sheets)")
        XCTAssertTrue(sheets[3].hasPrefix("/assets/print."), "\(sheets)")
        let brandCSS = read(output, String(sheets[1].dropFirst()))
        for line in ["--brand: #7a1f5c;", "--header-background: #4a1942;", "--link: #0b5394;", "--focus: #ffbf47;", "--font: Seravek,"] {
            XCTAssertTrue(brandCSS.contains(line), "\(line) in\n\(brandCSS)")
        }
        XCTAssertTrue(read(output, String(sheets[2].dropFirst())).contains("border-top-width: 6px"))
        XCTAssertTrue(page.contains(##"<meta name="theme-color" content="#4a1942">"##))

        // Header links after the sections; footer links after the theme's.
        XCTAssertTrue(page.contains("""
            <li><a href="/about/contact/">Contact us</a></li>
            <li><a href="https://www.northfield.example/">Northfield Hospital</a></li>
            </ul>
            </nav>
            <form class="site-search"
            """), page)
        XCTAssertTrue(page.contains("""
            <li><a href="/sitemap.xml">Sitemap</a></li>
            <li><a href="/about/privacy/">Privacy</a></li>
            <li><a href="tel:+443001234567">0300 123 4567</a></li>
            """), page)

        // Sharing: the image with its size and alt text, and the publisher's logo in the JSON-LD.
        XCTAssertTrue(page.contains(#"<meta property="og:image" content="https://patients.northfield.example/assets/brand/share."#), page)
        XCTAssertTrue(page.contains(#"<meta property="og:image:width" content="1200">"#))
        XCTAssertTrue(page.contains(#"<meta property="og:image:alt" content="The Northfield Hospital cross on plum">"#))
        XCTAssertTrue(page.contains(#"<meta name="twitter:card" content="summary_large_image">"#))
        XCTAssertTrue(page.contains(#"<meta name="twitter:image:alt" content="The Northfield Hospital cross on plum">"#))
        XCTAssertTrue(page.contains(#""publisher":{"@type":"Organization","logo":{"@type":"ImageObject","url":"https://patients.northfield.example/assets/brand/logo."#), page)
    }

    func testPrintStylesheetIsTheThemesOwn() throws {
        let (result, output) = try build("branded")
        XCTAssertEqual(result.status, 0, result.stderr)
        let page = read(output, "index.html")
        let printed = try XCTUnwrap(HTML.first(#"<link rel="stylesheet" href="/([^"]*)" media="print">"#, in: page))
        XCTAssertTrue(page.range(of: printed)!.lowerBound > page.range(of: "/assets/brand/extra.")!.lowerBound,
                      "print.css comes last, so print stays black on white")
        let theme = Self.fixtures.deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Sources/PamphletCore/Resources/themes/default/assets/print.css")
        XCTAssertEqual(try Data(contentsOf: output.appendingPathComponent(printed)), try Data(contentsOf: theme))
    }

    func testASiteWithoutBrandGetsNoneOfIt() throws {
        let site = try FixtureSite(Fixtures.healthSite, testCase: self)
        try site.buildCleanly()
        XCTAssertFalse(site.outputExists("assets/brand"))
        XCTAssertEqual(FixtureSite.files(in: site.output.appendingPathComponent("assets")).filter { $0.hasPrefix("brand") }, [])
        for file in site.htmlFiles where !site.output(file).contains("http-equiv=\"refresh\"") {
            let html = site.output(file)
            XCTAssertTrue(html.contains(##"<meta name="theme-color" content="#1d4f91">"##), file)
            XCTAssertTrue(html.contains(#"<meta name="twitter:card" content="summary">"#), file)
            XCTAssertFalse(html.contains("og:image"), file)
            XCTAssertFalse(html.contains("site-header__logo"), file)
            XCTAssertFalse(html.contains("rel=\"icon\""), file)
            XCTAssertEqual(HTML.matches(#"<link rel="stylesheet" href="([^"]*)""#, in: html).count, 2, file)
            XCTAssertFalse(html.contains("\"logo\""), file)
        }
    }

    func testLinksFollowEachPagesLanguage() throws {
        let (result, output) = try build("branded")
        XCTAssertEqual(result.status, 0, result.stderr)
        let spanish = read(output, "es/about/contacto/index.html")
        XCTAssertTrue(spanish.contains(#"<li><a href="/es/about/contacto/">Contacto</a></li>"#), spanish)
        XCTAssertTrue(spanish.contains(#"<li><a href="/about/privacy/">Privacidad</a></li>"#), spanish)
        XCTAssertTrue(spanish.contains(#"<li><a href="tel:+443001234567">0300 123 4567</a></li>"#), "one label for every language")
        XCTAssertTrue(read(output, "404.html").contains("Contact us"), "every page has the header links")
    }

    func testAColourPatientsCannotReadStopsTheBuildWithTheNearestShade() throws {
        let (result, output) = try build("branded-low-contrast")
        XCTAssertEqual(result.status, 1)
        XCTAssertFalse(FileManager.default.fileExists(atPath: output.path), "nothing is written")
        XCTAssertEqual(result.errorLines.count, 3, result.stderr)
        XCTAssertTrue(result.stderr.contains(
            "site.yml:5:14: error: brand.colors.primary #6fa8dc behind the white header text is 2.53:1, but text needs at least 4.5:1"), result.stderr)
        XCTAssertTrue(result.stderr.contains("#2e7abe is 4.52:1 there, the nearest shade of the same colour that passes"), result.stderr)
        XCTAssertTrue(result.stderr.contains("site.yml:6:11: error: brand.colors.link #6fa8dc"), result.stderr)
        XCTAssertTrue(result.stderr.contains("#2b72b2 is 4.52:1 there"), result.stderr)
        XCTAssertTrue(result.stderr.contains(
            "site.yml:7:13: error: brand.colors.accent #1d4f91 behind the dark text of a focused link (#0b0c0c) is 2.41:1"), result.stderr)
    }

    func testMissingFilesAndUnreadableLogoSizesAreErrorsAtTheSetting() throws {
        let site = try FixtureSite([
            "site.yml": """
                title: Clinic
                brand:
                  logo: content/logo.gif
                  logo_alt: Clinic
                  favicon: brand/missing.svg
                  extra_css: ../outside.css
                  share_image: content/share.svg
                  share_image_alt: A picture

                """,
            "content/_index.md": "---\ntitle: Home\n---\n\nHello.\n",
            "content/logo.gif": "GIF89a",
            "content/share.svg": "<svg></svg>",
        ], testCase: self)
        let result = try site.build()
        XCTAssertEqual(result.status, 1)
        let errors = result.errorLines
        XCTAssertEqual(errors.count, 4, result.stderr)
        XCTAssertTrue(errors.contains { $0.hasPrefix("site.yml:3:9: error: Pamphlet cannot read the size of content/logo.gif") }, "\(errors)")
        XCTAssertTrue(errors.contains { $0.hasPrefix("site.yml:5:12: error: brand.favicon names 'brand/missing.svg', which does not exist") }, "\(errors)")
        XCTAssertTrue(errors.contains { $0.hasPrefix("site.yml:6:14: error: brand.extra_css must name a file inside the site folder") }, "\(errors)")
        XCTAssertTrue(errors.contains { $0.hasPrefix("site.yml:7:16: error: brand.share_image must be a PNG, JPG, JPEG file") }, "\(errors)")

        // Width and height given: the GIF logo is accepted.
        try site.write(["site.yml": "title: Clinic\nbrand:\n  logo: content/logo.gif\n  logo_alt: Clinic\n  logo_width: 120\n  logo_height: 40\n"])
        try site.buildCleanly()
        XCTAssertTrue(site.output("index.html").contains(#"alt="Clinic" width="120" height="40">Clinic</a>"#))
    }

    func testABrandLinkToAnAddressTheSiteDoesNotHaveIsABrokenLink() throws {
        let site = try FixtureSite([
            "site.yml": """
                title: Clinic
                brand:
                  footer_links:
                    - label: A to Z
                      url: /a-z/
                    - label: Contact
                      url: /contact-us/
                    - label: Leaflet
                      url: /leaflet.pdf

                """,
            "content/_index.md": "---\ntitle: Home\n---\n\nHello.\n",
            "content/contact.md": "---\ntitle: Contact\n---\n\nCall us.\n",
            "content/leaflet.pdf": "%PDF-1.4\n",
        ], testCase: self)
        let result = try site.build()
        XCTAssertEqual(result.errorLines, [
            "site.yml:7:12: error: the address '/contact-us/' in brand.footer_links is not a page or file of this site; did you mean '/contact/'? [broken-link]",
        ], result.stderr)
    }
}

/// `pamphlet init` writes a commented `brand:` block that works once uncommented.
final class BrandScaffoldTests: XCTestCase {
    func testInitWritesABrandBlockThatBuildsWhenUncommented() throws {
        let parent = FileManager.default.temporaryDirectory.appendingPathComponent("pamphlet-brand-init-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: parent) }
        XCTAssertEqual(try Pamphlet.run(["init", "site"], in: parent).status, 0)
        let site = parent.appendingPathComponent("site")
        let settings = site.appendingPathComponent("site.yml")
        let text = try String(contentsOf: settings, encoding: .utf8)
        XCTAssertTrue(text.contains("\n# brand:\n#   logo: content/images/logo.svg"), text)

        // Uncomment the block and give it the files it names.
        var lines: [String] = []
        var inBlock = false
        for line in text.components(separatedBy: "\n") {
            if line == "# brand:" { inBlock = true }
            lines.append(inBlock && line.hasPrefix("# ") ? String(line.dropFirst(2)) : line)
        }
        try lines.joined(separator: "\n").write(to: settings, atomically: true, encoding: .utf8)
        let files: [String: String] = [
            "content/images/logo.svg": #"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 40"></svg>"#,
            "content/images/favicon.svg": #"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"></svg>"#,
            "content/extra.css": "body { }\n",
        ]
        for (path, body) in files {
            let url = site.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try body.write(to: url, atomically: true, encoding: .utf8)
        }
        let result = try Pamphlet.run(["build", "--source", site.path, "--today", FixtureSite.today])
        // Only the two pictures a writer must still provide are missing.
        XCTAssertEqual(result.errorLines.count, 2, result.stderr)
        XCTAssertTrue(result.errorLines.allSatisfy { $0.contains("which does not exist") }, result.stderr)
        XCTAssertTrue(result.stderr.contains("brand.touch_icon names 'content/images/touch-icon.png'"), result.stderr)
        XCTAssertTrue(result.stderr.contains("brand.share_image names 'content/images/share.png'"), result.stderr)
    }
}
