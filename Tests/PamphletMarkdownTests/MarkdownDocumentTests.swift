import PamphletMarkdown
import XCTest

/// The Swift layer over cmark, run against the real libcmark.
final class MarkdownDocumentTests: XCTestCase {
    func testParsesBlocksAndInlinesIntoNodeKinds() {
        let document = MarkdownDocument(parsing: """
            # Title

            A paragraph with *emphasis*, **strong**, `code` and a [link](https://example.org "Example").

            > quoted

            - one
            - two

            ```
            let x = 1
            ```

            ---

            ![alt text](images/a.png)
            """)
        let kinds = document.allNodes().map(\.kind)
        XCTAssertEqual(kinds.first, .document)
        for kind: MarkdownNode.Kind in [
            .heading, .paragraph, .emphasis, .strong, .code, .link, .blockQuote, .list, .item, .codeBlock, .thematicBreak, .image,
        ] {
            XCTAssertTrue(kinds.contains(kind), "expected a \(kind) node")
        }
        XCTAssertEqual(document.nodes(of: .item).count, 2)
        XCTAssertEqual(document.nodes(of: .heading).first?.headingLevel, 1)

        let link = try! XCTUnwrap(document.nodes(of: .link).first)
        XCTAssertEqual(link.url, "https://example.org")
        XCTAssertEqual(link.title, "Example")
        XCTAssertEqual(link.plainText, "link")

        let code = try! XCTUnwrap(document.nodes(of: .codeBlock).first)
        XCTAssertEqual(code.literal, "let x = 1\n")
        XCTAssertEqual(document.nodes(of: .image).first?.url, "images/a.png")
    }

    func testNodesComeInDocumentOrderParentsFirst() {
        let document = MarkdownDocument(parsing: "Hello *big* world\n")
        XCTAssertEqual(document.allNodes().map(\.kind), [.document, .paragraph, .text, .emphasis, .text, .text])
        let emphasis = document.nodes(of: .emphasis)[0]
        XCTAssertEqual(emphasis.parent?.kind, .paragraph)
        XCTAssertEqual(emphasis.children.map(\.kind), [.text])
        XCTAssertEqual(emphasis.firstChild?.literal, "big")
        XCTAssertTrue(emphasis.firstChild!.isInside([.paragraph]))
        XCTAssertFalse(emphasis.firstChild!.isInside([.blockQuote]))
    }

    func testPlainTextJoinsTextCodeAndBreaksAndSkipsRawHTML() {
        let document = MarkdownDocument(parsing: "Take **two** `tablets`\nwith <b>water</b> ![a glass](g.png)\n")
        let paragraph = document.nodes(of: .paragraph)[0]
        XCTAssertEqual(paragraph.plainText, "Take two tablets with water a glass")
        // Nodes are borrowed: the document must outlive them.
        let headingDocument = MarkdownDocument(parsing: "## What is *gene* therapy?\n")
        XCTAssertEqual(headingDocument.nodes(of: .heading)[0].plainText, "What is gene therapy?")
    }

    func testPlainTextSeparatesBlocks() {
        let document = MarkdownDocument(parsing: "- first\n- second\n")
        XCTAssertEqual(document.nodes(of: .list)[0].plainText.trimmingCharacters(in: .whitespaces), "first  second")
    }

    func testInlineLinkPositionsAreOneBasedLineAndColumn() {
        let document = MarkdownDocument(parsing: """
            First line.

            Some text [here](a.md) and
            more [there](b.md).
            """)
        let links = document.nodes(of: .link)
        XCTAssertEqual(links.count, 2)
        XCTAssertEqual(links[0].startLine, 3)
        XCTAssertEqual(links[0].startColumn, 11)
        XCTAssertEqual(links[1].startLine, 4)
        XCTAssertEqual(links[1].startColumn, 6)
    }

    func testSettingAURLRewritesTheRenderedLink() {
        let document = MarkdownDocument(parsing: "[x](../a/b.md#frag)\n")
        let link = document.nodes(of: .link)[0]
        link.url = "/a/b/#frag"
        XCTAssertEqual(link.url, "/a/b/#frag")
        XCTAssertEqual(document.renderHTML(), "<p><a href=\"/a/b/#frag\">x</a></p>\n")
    }

    func testSetAnchorGivesTheHeadingAnIDAndKeepsItsChildren() {
        let document = MarkdownDocument(parsing: "Intro\n\n## Risks *and* `benefits`\n\nAfter\n")
        let heading = document.nodes(of: .heading)[0]
        document.setAnchor("risks-and-benefits", on: heading)
        // cmark writes a custom block's tags on lines of their own.
        XCTAssertEqual(document.renderHTML(), """
            <p>Intro</p>
            <h2 id="risks-and-benefits">
            Risks <em>and</em> <code>benefits</code>
            </h2>
            <p>After</p>

            """)
        XCTAssertTrue(document.nodes(of: .heading).isEmpty)
        XCTAssertEqual(document.nodes(of: .customBlock).count, 1)
        XCTAssertEqual(document.nodes(of: .emphasis).count, 1)
    }

    func testSetAnchorEscapesTheIDAndKeepsTheLevel() {
        let document = MarkdownDocument(parsing: "#### Deep\n")
        document.setAnchor("a\"b<c", on: document.nodes(of: .heading)[0])
        XCTAssertEqual(document.renderHTML(), "<h4 id=\"a&quot;b&lt;c\">\nDeep\n</h4>\n")
    }

    func testSetAnchorIgnoresNodesThatAreNotHeadings() {
        let document = MarkdownDocument(parsing: "Just text\n")
        document.setAnchor("x", on: document.nodes(of: .paragraph)[0])
        XCTAssertEqual(document.renderHTML(), "<p>Just text</p>\n")
    }

    func testRawHTMLIsDroppedByDefault() {
        let markdown = "<div class=\"box\">block</div>\n\nText with <span onclick=\"x()\">inline</span> html.\n"
        let html = MarkdownDocument(parsing: markdown).renderHTML()
        XCTAssertFalse(html.contains("<div"))
        XCTAssertFalse(html.contains("<span"))
        XCTAssertFalse(html.contains("onclick"))
        XCTAssertTrue(html.contains("<!-- raw HTML omitted -->"))
        XCTAssertTrue(html.contains("inline"))
    }

    func testRawHTMLIsKeptWithUnsafeHTML() {
        let markdown = "<div class=\"box\">block</div>\n\nText with <span>inline</span> html.\n"
        let html = MarkdownDocument(parsing: markdown, options: .unsafeHTML).renderHTML()
        XCTAssertTrue(html.contains("<div class=\"box\">block</div>"))
        XCTAssertTrue(html.contains("<span>inline</span>"))
        XCTAssertFalse(html.contains("raw HTML omitted"))
    }

    func testJavaScriptURLsAreNeutralisedInSafeMode() {
        let markdown = "[click](javascript:alert(1)) and ![img](javascript:alert(2))\n"
        let safe = MarkdownDocument(parsing: markdown).renderHTML()
        XCTAssertFalse(safe.lowercased().contains("javascript:"))
        XCTAssertTrue(safe.contains("<a href=\"\">click</a>"))
        let unsafe = MarkdownDocument(parsing: markdown, options: .unsafeHTML).renderHTML()
        XCTAssertTrue(unsafe.contains("href=\"javascript:alert(1)\""))
    }

    func testSmartPunctuationIsOptIn() {
        let markdown = "\"Quoted\" -- dash\n"
        XCTAssertEqual(MarkdownDocument(parsing: markdown).renderHTML(), "<p>&quot;Quoted&quot; -- dash</p>\n")
        XCTAssertEqual(MarkdownDocument(parsing: markdown, options: .smartPunctuation).renderHTML(), "<p>“Quoted” – dash</p>\n")
    }

    func testInvalidUTF8FreeInputAndEmptyInputRender() {
        XCTAssertEqual(MarkdownDocument(parsing: "").renderHTML(), "")
        XCTAssertEqual(MarkdownDocument(parsing: "").allNodes().map(\.kind), [.document])
        XCTAssertEqual(MarkdownDocument(parsing: "Ébola — café\n").renderHTML(), "<p>Ébola — café</p>\n")
    }

    func testWrapInlineAndIsolate() {
        let document = MarkdownDocument(parsing: "Your DNA is here.\n")
        let text = document.nodes(of: .text)[0]
        let literal = text.literal!
        let range = literal.range(of: "DNA")!
        let isolated = try! XCTUnwrap(document.isolate(range, in: text))
        XCTAssertEqual(isolated.literal, "DNA")
        document.wrapInline(isolated, before: "<dfn>", after: "</dfn>")
        XCTAssertEqual(document.renderHTML(), "<p>Your <dfn>DNA</dfn> is here.</p>\n")
    }
}
