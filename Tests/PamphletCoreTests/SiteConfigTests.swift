import XCTest
@testable import PamphletCore

final class SiteConfigTests: XCTestCase {
    private func load(_ text: String) -> (SiteConfig, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let config = SiteConfig.load(text: text, file: "site.yml", diagnostics: &diagnostics)
        return (config, diagnostics)
    }

    func testReadsEveryKey() {
        let (config, diagnostics) = load("""
            title: Genes and Health
            base_url: https://example.org/health
            language: es
            theme: plain
            description: About genes.
            publisher: A clinic
            disclaimer: Ask your doctor.
            banner: Closed on Monday
            markdown:
              unsafe_html: true
              smart_punctuation: yes
            links:
              broken: warning
              relative: true

            """)
        XCTAssertEqual(diagnostics, [])
        XCTAssertEqual(config.title, "Genes and Health")
        XCTAssertEqual(config.baseURL.string, "https://example.org/health/")
        XCTAssertEqual(config.language, "es")
        XCTAssertEqual(config.theme, "plain")
        XCTAssertEqual(config.description, "About genes.")
        XCTAssertEqual(config.publisher, "A clinic")
        XCTAssertEqual(config.disclaimer, "Ask your doctor.")
        XCTAssertEqual(config.banner, "Closed on Monday")
        XCTAssertTrue(config.markdown.unsafeHTML)
        XCTAssertTrue(config.markdown.smartPunctuation)
        XCTAssertEqual(config.links.broken, .warning)
        XCTAssertTrue(config.links.relative)
    }

    func testRelativeLinksMustBeTrueOrFalse() {
        let (config, diagnostics) = load("links:\n  relative: sometimes\n")
        XCTAssertFalse(config.links.relative)
        XCTAssertEqual(diagnostics.map(\.message), ["'relative' must be true or false, found 'sometimes'"])
    }

    func testDefaults() {
        let (config, diagnostics) = load("title: Only a title\n")
        XCTAssertEqual(diagnostics, [])
        XCTAssertEqual(config.baseURL.string, "http://localhost/")
        XCTAssertEqual(config.language, "en")
        XCTAssertEqual(config.theme, "default")
        XCTAssertNil(config.disclaimer, "the theme's disclaimer, in each page's language")
        XCTAssertNil(config.banner)
        XCTAssertFalse(config.markdown.unsafeHTML)
        XCTAssertEqual(config.links.broken, .error)
        XCTAssertFalse(config.links.relative, "root-relative links, for a web host")
        let (empty, emptyDiagnostics) = load("")
        XCTAssertEqual(emptyDiagnostics, [])
        XCTAssertEqual(empty.title, "Health information")
    }

    func testUnknownKeyIsAnErrorWithLineAndSuggestion() {
        let (_, diagnostics) = load("title: A\nbase_url: https://example.org/\ndescripton: typo\n")
        XCTAssertEqual(diagnostics.count, 1)
        let diagnostic = diagnostics[0]
        XCTAssertEqual(diagnostic.severity, .error)
        XCTAssertEqual(diagnostic.location, "site.yml:3:1")
        XCTAssertEqual(diagnostic.code, "config")
        XCTAssertTrue(diagnostic.message.hasPrefix("unknown key 'descripton' in site.yml; did you mean 'description'?"), diagnostic.message)
        XCTAssertTrue(diagnostic.message.contains("known keys: title, base_url"))
    }

    func testUnknownKeyFarFromAnyKnownKeyHasNoSuggestion() {
        let (_, diagnostics) = load("title: A\ncolour_scheme: dark\n")
        XCTAssertEqual(diagnostics.count, 1)
        XCTAssertFalse(diagnostics[0].message.contains("did you mean"), diagnostics[0].message)
        XCTAssertTrue(diagnostics[0].message.hasPrefix("unknown key 'colour_scheme' in site.yml"))
    }

    func testUnknownNestedKeys() {
        let (_, diagnostics) = load("markdown:\n  unsafe_htm: true\nlinks:\n  brokn: warning\n")
        XCTAssertEqual(diagnostics.map(\.location), ["site.yml:2:3", "site.yml:4:3"])
        XCTAssertTrue(diagnostics[0].message.contains("unknown key 'unsafe_htm' in markdown; did you mean 'unsafe_html'?"))
        XCTAssertTrue(diagnostics[1].message.contains("unknown key 'brokn' in links; did you mean 'broken'?"))
    }

    func testBadValues() {
        let (_, diagnostics) = load("base_url: /health/\nlinks:\n  broken: ignore\nmarkdown:\n  unsafe_html: perhaps\ntitle: [a, b]\n")
        XCTAssertEqual(diagnostics.count, 4, "\(diagnostics)")
        let messages = diagnostics.sortedForDisplay().map { "\($0.location) \($0.message)" }
        XCTAssertTrue(messages[0].hasPrefix("site.yml:1:11 base_url must be an absolute http or https address"), messages[0])
        XCTAssertTrue(messages[1].hasPrefix("site.yml:3:11 links.broken must be 'error' or 'warning'"), messages[1])
        XCTAssertTrue(messages[2].hasPrefix("site.yml:5:16 'unsafe_html' must be true or false"), messages[2])
        XCTAssertTrue(messages[3].hasPrefix("site.yml:6:8 'title' must be text, found a list"), messages[3])
    }

    func testNotAMapping() {
        let (_, diagnostics) = load("just some words\n")
        XCTAssertEqual(diagnostics.count, 1)
        XCTAssertTrue(diagnostics[0].message.contains("expected 'key: value' lines"))
    }

    func testSuggestionDistance() {
        XCTAssertEqual(Suggestion.closest(to: "titel", in: ["title", "theme"]), "title")
        XCTAssertEqual(Suggestion.closest(to: "BASE_URL", in: ["base_url"]), "base_url")
        XCTAssertNil(Suggestion.closest(to: "zzzzzz", in: ["title", "theme"]))
        XCTAssertEqual(referenceEditDistance(Array("kitten"), Array("sitting")), 3)
        XCTAssertEqual(Suggestion.phrase(nil), "")
    }
}

final class BaseURLTests: XCTestCase {
    func testRootAddress() throws {
        let url = try XCTUnwrap(BaseURL(string: "https://example.org"))
        XCTAssertEqual(url.origin, "https://example.org")
        XCTAssertEqual(url.path, "/")
        XCTAssertEqual(url.string, "https://example.org/")
        XCTAssertEqual(BaseURL(string: "https://example.org/"), url)
        XCTAssertEqual(url.absolute("/genes/"), "https://example.org/genes/")
    }

    func testSubPathGetsBothSlashes() throws {
        for text in ["https://example.org/health", "https://example.org/health/", "  https://example.org/health/  "] {
            let url = try XCTUnwrap(BaseURL(string: text), text)
            XCTAssertEqual(url.path, "/health/", text)
            XCTAssertEqual(url.string, "https://example.org/health/", text)
        }
        let deep = try XCTUnwrap(BaseURL(string: "http://localhost:8080/a/b"))
        XCTAssertEqual(deep.origin, "http://localhost:8080")
        XCTAssertEqual(deep.path, "/a/b/")
        XCTAssertEqual(deep.absolute(deep.path + "x/"), "http://localhost:8080/a/b/x/")
    }

    func testSchemeIsLowercased() {
        XCTAssertEqual(BaseURL(string: "HTTPS://example.org/x")?.string, "https://example.org/x/")
    }

    func testRejectsAnythingThatIsNotAnAbsoluteHTTPAddress() {
        for bad in ["example.org", "/health/", "health/", "", "ftp://example.org/", "https://", "https:///path",
                    "https://example.org/a/../b", "https://example.org/?q=1", "https://example.org/#top", "file:///tmp/site"] {
            XCTAssertNil(BaseURL(string: bad), "'\(bad)' must be refused")
        }
    }
}

final class SitePathTests: XCTestCase {
    func testNormalizesToAFolderPathWithoutLeadingSlash() {
        XCTAssertEqual(try SitePath.normalize("/old/page").get(), "old/page/")
        XCTAssertEqual(try SitePath.normalize("old/page/").get(), "old/page/")
        XCTAssertEqual(try SitePath.normalize("/old//page//").get(), "old/page/")
        XCTAssertEqual(try SitePath.normalize("./a/./b").get(), "a/b/")
        XCTAssertEqual(try SitePath.normalize(" /about-us/ ").get(), "about-us/")
        XCTAssertEqual(try SitePath.normalize("/").get(), "")
        XCTAssertEqual(try SitePath.normalize("/old.html").get(), "old.html/")
    }

    func testRefusesPathsThatLeaveTheSite() {
        XCTAssertEqual(problem(".."), .parentFolder)
        XCTAssertEqual(problem("/a/../../etc"), .parentFolder)
        XCTAssertEqual(problem("a\\b"), .backslash)
        XCTAssertEqual(problem("https://other.org/page"), .notAPath)
        XCTAssertEqual(problem("//other.org/page"), .notAPath)
        XCTAssertEqual(problem(""), .notAPath)
        XCTAssertEqual(problem("   "), .notAPath)
        XCTAssertEqual(problem("/page?x=1"), .notAPath)
        XCTAssertEqual(problem("/page#top"), .notAPath)
        XCTAssertEqual(problem("/a\0b"), .notAPath)
    }

    func testParentPathNeverTrapsOnShortPaths() {
        XCTAssertEqual("a/b/c.md".parentPath, "a/b")
        XCTAssertEqual("a/_index.md".parentPath, "a")
        XCTAssertEqual("a".parentPath, "")
        XCTAssertEqual("é".parentPath, "")
        XCTAssertEqual("".parentPath, "")
        XCTAssertEqual("x/y".parentPath, "x")
    }

    private func problem(_ text: String) -> SitePath.Problem? {
        if case let .failure(problem) = SitePath.normalize(text) { return problem }
        return nil
    }
}
