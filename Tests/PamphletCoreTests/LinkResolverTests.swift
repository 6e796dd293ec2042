import XCTest
@testable import PamphletCore

final class LinkResolverTests: XCTestCase {
    private func sitePages() -> [Page] {
        [
            makePage("_index.md", title: "Home"),
            makePage("about.md", title: "About"),
            makePage("genes/_index.md", title: "Genes"),
            makePage("genes/what-is-dna.md", title: "What is DNA?"),
            makePage("genes/therapy/gene-therapy.md", title: "Gene therapy"),
            makePage("genes/therapy/editing.md", title: "Editing", slug: "genome-editing"),
            makePage("testing/results.md", title: "Results", url: "/results/"),
        ]
    }

    private func resolver(basePath: String = "/") -> (LinkResolver, SiteTree) {
        let base = "https://example.org" + basePath
        let tree = makeTree(sitePages(), baseURL: base)
        let files: Set<String> = ["images/cell.svg", "files/leaflet v2.pdf", "genes/diagram.png"]
        return (LinkResolver(tree: tree, staticFiles: files, basePath: basePath), tree)
    }

    /// The quick path for relative page links (bytes, a table of content paths) answers as the general path does, for every kind of link.
    func testQuickPageLinksAgreeWithTheGeneralPath() {
        let (quick, _) = resolver()
        XCTAssertNotNil(quick.pathTable)
        var general = quick
        general.pathTable = nil
        let destinations = [
            "about.md", "about.md#top", "about.md#caf%C3%A9", "about.md#", "./about.md", "../about.md", "../../about.md",
            "genes/", "genes", "genes/_index.md", "genes/what-is-dna.md#x", "what-is-dna.md", "therapy/editing.md",
            "../genes/therapy/gene-therapy.md#how", ".", "./", "..", "../", "", "#top", "#", "missing.md", "genes/missing/",
            "images/cell.svg", "genes/diagram.png#a", "files/leaflet%20v2.pdf", "/genes/what-is-dna/", "//x.org/a.md",
            "https://example.org/about.md", "mailto:a@b.org", "{{< ref about.md >}}", " about.md", "about.md ", "about.md\t",
            "about.md?x=1#y", "genes/?a=b", "ab%6Fut.md", "abou\u{301}t.md", "about.md#\u{E9}t\u{E9}", "genes//what-is-dna.md",
            "genes/./what-is-dna.md", "genes/therapy/../what-is-dna.md", "md", ".md", "testing/results.md", "testing/",
        ]
        for from in ["about.md", "_index.md", "genes/what-is-dna.md", "genes/therapy/editing.md", "genes/_index.md", "caf\u{E9}/x.md"] {
            for destination in destinations {
                XCTAssertEqual(quick.resolve(destination, from: from), general.resolve(destination, from: from), "\(destination) from \(from)")
            }
        }
    }

    /// A site with a content path that is not ASCII keeps to the general path (two different byte strings can be equal Strings).
    func testNonASCIIContentPathsMakeNoTable() {
        let tree = makeTree(sitePages() + [makePage("caf\u{E9}.md", title: "Caf\u{E9}")])
        let resolver = LinkResolver(tree: tree, staticFiles: [], basePath: "/")
        XCTAssertNil(resolver.pathTable)
        XCTAssertEqual(resolver.resolve("cafe\u{301}.md", from: "about.md"), .page(index: tree.byContentPath["caf\u{E9}.md"]!, url: tree.pages[tree.byContentPath["caf\u{E9}.md"]!].url, fragment: nil))
    }

    func testExternalAddressesAreLeftAlone() {
        let (resolver, _) = resolver()
        for destination in ["https://example.com/a.md", "http://x.org", "mailto:clinic@example.org", "tel:+441234", "//cdn.example.org/x.js"] {
            XCTAssertEqual(resolver.resolve(destination, from: "about.md"), .external, destination)
        }
    }

    /// A Hugo site's `[source code]: <{{% eturl highlight %}}>` is a template, not a missing page.
    func testAShortcodeForAnAddressSaysSo() {
        let (resolver, _) = resolver()
        for destination in ["{{% eturl highlight %}}", "{{< ref \"about.md\" >}}"] {
            guard case let .broken(message) = resolver.resolve(destination, from: "about.md") else {
                return XCTFail("\(destination) resolved")
            }
            XCTAssertTrue(message.contains("is a Hugo shortcode, which Pamphlet does not run"), message)
            XCTAssertFalse(message.contains("does not exist"), message)
        }
    }

    func testFragmentOnlyLinksStayOnThePage() {
        let (resolver, _) = resolver()
        XCTAssertEqual(resolver.resolve("#risks", from: "about.md"), .samePage(fragment: "risks"))
        XCTAssertEqual(resolver.resolve("#", from: "about.md"), .samePage(fragment: ""))
    }

    func testRelativeMarkdownLinksBecomePageAddresses() {
        let (resolver, tree) = resolver()
        let therapy = tree.index(of: "genes/therapy/gene-therapy.md")
        XCTAssertEqual(resolver.resolve("therapy/gene-therapy.md", from: "genes/what-is-dna.md"),
                       .page(index: therapy, url: "/genes/therapy/gene-therapy/", fragment: nil))
        XCTAssertEqual(resolver.resolve("../what-is-dna.md#frag", from: "genes/therapy/gene-therapy.md"),
                       .page(index: tree.index(of: "genes/what-is-dna.md"), url: "/genes/what-is-dna/", fragment: "frag"))
        XCTAssertEqual(resolver.resolve("./editing.md", from: "genes/therapy/gene-therapy.md"),
                       .page(index: tree.index(of: "genes/therapy/editing.md"), url: "/genes/therapy/genome-editing/", fragment: nil))
        XCTAssertEqual(resolver.resolve("../../testing/results.md", from: "genes/therapy/gene-therapy.md"),
                       .page(index: tree.index(of: "testing/results.md"), url: "/results/", fragment: nil))
        XCTAssertEqual(resolver.resolve("genes/what-is-dna.md", from: "about.md"),
                       .page(index: tree.index(of: "genes/what-is-dna.md"), url: "/genes/what-is-dna/", fragment: nil))
    }

    func testLinksToFoldersAndIndexFilesMeanTheSectionPage() {
        let (resolver, tree) = resolver()
        let genes = tree.index(of: "genes/_index.md")
        let expected = LinkResolver.Resolution.page(index: genes, url: "/genes/", fragment: nil)
        XCTAssertEqual(resolver.resolve("../", from: "genes/therapy/gene-therapy.md"), expected)
        XCTAssertEqual(resolver.resolve("..", from: "genes/therapy/gene-therapy.md"), expected)
        XCTAssertEqual(resolver.resolve("genes/", from: "about.md"), expected)
        XCTAssertEqual(resolver.resolve("genes", from: "about.md"), expected)
        XCTAssertEqual(resolver.resolve("_index.md", from: "genes/what-is-dna.md"), expected)
        XCTAssertEqual(resolver.resolve("../_index.md", from: "genes/what-is-dna.md"),
                       .page(index: tree.home, url: "/", fragment: nil))
        // A folder without _index.md still has its made-up section page.
        let therapy = tree.index(of: "genes/therapy/_index.md")
        XCTAssertFalse(tree.pages[therapy].hasSourceFile)
        XCTAssertEqual(resolver.resolve("therapy/", from: "genes/what-is-dna.md"),
                       .page(index: therapy, url: "/genes/therapy/", fragment: nil))
    }

    func testSiteAbsoluteAddresses() {
        let (resolver, tree) = resolver()
        XCTAssertEqual(resolver.resolve("/genes/what-is-dna/#top", from: "about.md"),
                       .page(index: tree.index(of: "genes/what-is-dna.md"), url: "/genes/what-is-dna/", fragment: "top"))
        XCTAssertEqual(resolver.resolve("/genes/what-is-dna", from: "about.md"),
                       .page(index: tree.index(of: "genes/what-is-dna.md"), url: "/genes/what-is-dna/", fragment: nil))
        XCTAssertEqual(resolver.resolve("/", from: "about.md"), .page(index: tree.home, url: "/", fragment: nil))
        XCTAssertEqual(resolver.resolve("/images/cell.svg", from: "genes/what-is-dna.md"), .file(url: "/images/cell.svg"))
    }

    func testStaticFilesGetTheirAddressEncoded() {
        let (resolver, _) = resolver()
        XCTAssertEqual(resolver.resolve("../images/cell.svg", from: "genes/what-is-dna.md"), .file(url: "/images/cell.svg"))
        XCTAssertEqual(resolver.resolve("diagram.png#part", from: "genes/what-is-dna.md"), .file(url: "/genes/diagram.png#part"))
        XCTAssertEqual(resolver.resolve("files/leaflet%20v2.pdf", from: "about.md"), .file(url: "/files/leaflet%20v2.pdf"))
        XCTAssertEqual(resolver.resolve("files/leaflet v2.pdf", from: "about.md"), .file(url: "/files/leaflet%20v2.pdf"))
    }

    func testSubPathSitesPrefixEveryAddress() {
        let (resolver, tree) = resolver(basePath: "/health/")
        XCTAssertEqual(resolver.resolve("genes/what-is-dna.md", from: "about.md"),
                       .page(index: tree.index(of: "genes/what-is-dna.md"), url: "/health/genes/what-is-dna/", fragment: nil))
        XCTAssertEqual(resolver.resolve("images/cell.svg", from: "about.md"), .file(url: "/health/images/cell.svg"))
        XCTAssertEqual(resolver.resolve("/health/genes/", from: "about.md"),
                       .page(index: tree.index(of: "genes/_index.md"), url: "/health/genes/", fragment: nil))
        XCTAssertEqual(resolver.resolve("/genes/", from: "about.md"),
                       .page(index: tree.index(of: "genes/_index.md"), url: "/health/genes/", fragment: nil))
    }

    func testBrokenLinks() {
        let (resolver, _) = resolver()
        XCTAssertEqual(resolver.resolve("", from: "about.md"), .broken("the link has no address"))
        XCTAssertEqual(resolver.resolve("what-is-dan.md", from: "genes/therapy/gene-therapy.md"),
                       .broken("the link 'what-is-dan.md' points to content/genes/therapy/what-is-dan.md, which does not exist; did you mean 'genes/what-is-dna.md'?"))
        XCTAssertEqual(resolver.resolve("images/cel.svg", from: "about.md"),
                       .broken("the link 'images/cel.svg' points to content/images/cel.svg, which does not exist; did you mean 'images/cell.svg'?"))
        XCTAssertEqual(resolver.resolve("nothing-like-it.md", from: "about.md"),
                       .broken("the link 'nothing-like-it.md' points to content/nothing-like-it.md, which does not exist"))
        XCTAssertEqual(resolver.resolve("../../secret.md", from: "genes/what-is-dna.md"),
                       .broken("'../../secret.md' goes above the content/ folder; links must stay inside the site"))
        guard case let .broken(message) = resolver.resolve("/genes/../../etc/passwd", from: "about.md") else {
            return XCTFail("a site path with '..' must be broken")
        }
        XCTAssertTrue(message.contains("contains '..'"), message)
        guard case .broken = resolver.resolve("/no-such-page/", from: "about.md") else {
            return XCTFail("an unknown site path must be broken")
        }
    }

    func testSchemeDetection() {
        XCTAssertTrue(LinkResolver.hasScheme("https://x"))
        XCTAssertTrue(LinkResolver.hasScheme("mailto:a@b"))
        XCTAssertFalse(LinkResolver.hasScheme("a.md"))
        XCTAssertFalse(LinkResolver.hasScheme("1x:abc"))
        XCTAssertFalse(LinkResolver.hasScheme(":abc"))
        XCTAssertEqual(LinkResolver.join("a/b", "../../c.md"), "c.md")
        XCTAssertNil(LinkResolver.join("a", "../../c.md"))
    }

    /// The byte-level join used for ASCII paths agrees with the general one.
    func testASCIIJoinAgreesWithTheGeneralJoin() {
        let folders = ["", "a", "a/b", "a/b/c", "genes-and-dna", "x/./y", "a//b"]
        let relatives = [
            "c.md", "./c.md", "../c.md", "../../c.md", "../../../c.md", "b/../c.md", "./", "..", ".", "",
            "a/./b/../c.md", "../x/y/../z.md#top", "//c.md", "c/", "../",
        ]
        for folder in folders {
            for relative in relatives {
                XCTAssertEqual(LinkResolver.joinASCII(folder, relative), LinkResolver.joinParts(folder, relative), "\(folder) + \(relative)")
            }
        }
    }

    /// Joining to a page's folder read from its path in place agrees with
    /// joining to the folder made as a String, for ASCII and non-ASCII paths.
    func testJoinToAFilesFolderAgreesWithTheGeneralJoin() {
        let files = ["c.md", "a/c.md", "a/b/c.md", "genes/dna/_index.md", "x/./y/z.md", "a//b/c.md", "/c.md", "é/c.md", "a/e\u{301}/c.md"]
        let relatives = ["c.md", "../c.md", "../../c.md", "../../../c.md", "b/../c.md", "./", "..", "", "../x/y/../z.md", "é.md", "./\u{301}x.md", ".\u{301}/c.md"]
        for file in files {
            for relative in relatives {
                XCTAssertEqual(LinkResolver.join(folderOf: file, relative), LinkResolver.joinParts(file.parentPath, relative), "\(file) + \(relative)")
            }
        }
    }

    /// The paths left as they are agree with Foundation's encoding, byte by byte.
    func testPlainPathsNeedNoEncoding() {
        for byte in UInt8(0x21)...UInt8(0x7E) {
            let path = "a/" + String(UnicodeScalar(byte)) + "b.png"
            XCTAssertEqual(LinkResolver.encodePath(path), path.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed), path)
        }
        XCTAssertEqual(LinkResolver.encodePath("images/gène map.png"), "images/g%C3%A8ne%20map.png")
        for path in ["a.md", "a.MD", "md", ".md", "a.m", "", "é.md", "a.md\u{301}", "a/.md", "\u{600}.md", "é.md"] {
            XCTAssertEqual(LinkResolver.hasMarkdownSuffix(path), path.hasSuffix(".md"), path.debugDescription)
        }
    }
}

extension LinkResolverTests {
    func testSiteAddressesOfGeneratedPagesResolve() {
        let tree = makeTree([makePage("_index.md", title: "Home"), makePage("a.md", title: "A")])
        let resolver = LinkResolver(
            tree: tree, staticFiles: [], basePath: "/health/",
            generatedFiles: ["a-z/index.html", "glossary/index.html", "sitemap.xml"])
        XCTAssertEqual(resolver.resolve("/a-z/", from: "a.md"), .file(url: "/health/a-z/"))
        XCTAssertEqual(resolver.resolve("/glossary/#dna", from: "a.md"), .file(url: "/health/glossary/#dna"))
        XCTAssertEqual(resolver.resolve("/sitemap.xml", from: "a.md"), .file(url: "/health/sitemap.xml"))
        if case .broken = resolver.resolve("/glossary-old/", from: "a.md") {} else { XCTFail("an unknown address is broken") }
    }
}
