import PamphletMarkdown
import XCTest

/// Definition lists against Goldmark's examples (extension/_test/definition_list.txt
/// of github.com/yuin/goldmark, © Yusuke Inuzuka, MIT licence), which Hugo renders.
final class DefinitionListTests: XCTestCase {
    static let goldmarkExamples: [(String, String)] = [
        ("Apple\n:   Pomaceous fruit of plants of the genus Malus in \nthe family Rosaceae.\n\nOrange\n:   The fruit of an evergreen tree of the genus Citrus.\n",
         "<dl>\n<dt>Apple</dt>\n<dd>Pomaceous fruit of plants of the genus Malus in\nthe family Rosaceae.</dd>\n<dt>Orange</dt>\n<dd>The fruit of an evergreen tree of the genus Citrus.</dd>\n</dl>\n"),
        ("Apple\n:   Pomaceous fruit of plants of the genus Malus in \n    the family Rosaceae.\n:   An American computer company.\n\nOrange\n:   The fruit of an evergreen tree of the genus Citrus.\n",
         "<dl>\n<dt>Apple</dt>\n<dd>Pomaceous fruit of plants of the genus Malus in\nthe family Rosaceae.</dd>\n<dd>An American computer company.</dd>\n<dt>Orange</dt>\n<dd>The fruit of an evergreen tree of the genus Citrus.</dd>\n</dl>\n"),
        ("Term 1\nTerm 2\n:   Definition a\n\nTerm 3\n:   Definition b\n",
         "<dl>\n<dt>Term 1</dt>\n<dt>Term 2</dt>\n<dd>Definition a</dd>\n<dt>Term 3</dt>\n<dd>Definition b</dd>\n</dl>\n"),
        ("Apple\n\n:   Pomaceous fruit of plants of the genus Malus in \n    the family Rosaceae.\n\nOrange\n\n:    The fruit of an evergreen tree of the genus Citrus.\n",
         "<dl>\n<dt>Apple</dt>\n<dd>\n<p>Pomaceous fruit of plants of the genus Malus in\nthe family Rosaceae.</p>\n</dd>\n<dt>Orange</dt>\n<dd>\n<p>The fruit of an evergreen tree of the genus Citrus.</p>\n</dd>\n</dl>\n"),
        ("Term 1\n\n:   This is a definition with two paragraphs. Lorem ipsum \n    dolor sit amet, consectetuer adipiscing elit. Aliquam \n    hendrerit mi posuere lectus.\n\n    Vestibulum enim wisi, viverra nec, fringilla in, laoreet\n    vitae, risus.\n\n:   Second definition for term 1, also wrapped in a paragraph\n    because of the blank line preceding it.\n\nTerm 2\n\n:   This definition has a code block, a blockquote and a list.\n\n        code block.\n\n    > block quote\n    > on two lines.\n\n    1.  first list item\n    2.  second list item\n",
         "<dl>\n<dt>Term 1</dt>\n<dd>\n<p>This is a definition with two paragraphs. Lorem ipsum\ndolor sit amet, consectetuer adipiscing elit. Aliquam\nhendrerit mi posuere lectus.</p>\n<p>Vestibulum enim wisi, viverra nec, fringilla in, laoreet\nvitae, risus.</p>\n</dd>\n<dd>\n<p>Second definition for term 1, also wrapped in a paragraph\nbecause of the blank line preceding it.</p>\n</dd>\n<dt>Term 2</dt>\n<dd>\n<p>This definition has a code block, a blockquote and a list.</p>\n<pre><code>code block.\n</code></pre>\n<blockquote>\n<p>block quote\non two lines.</p>\n</blockquote>\n<ol>\n<li>first list item</li>\n<li>second list item</li>\n</ol>\n</dd>\n</dl>\n"),
    ]

    static func render(_ markdown: String) -> (String, MarkdownDefinitionLists) {
        let document = MarkdownDocument(parsing: markdown)
        let lists = document.buildDefinitionLists()
        return (document.renderHTML(), lists)
    }

    func testEveryDefinitionListExampleOfGoldmark() {
        for (number, (markdown, expected)) in Self.goldmarkExamples.enumerated() {
            XCTAssertEqual(Self.render(markdown).0, expected, "example \(number + 1):\n\(markdown)")
        }
    }

    func testTermsAndDefinitionsKeepTheirInlinesAndAreReadOnTheirOwn() {
        let (html, lists) = Self.render("Intro.\n\n`cacheDir`\n: The *cache* folder. See [details](other.md).\n\nAfter.\n")
        XCTAssertEqual(html, "<p>Intro.</p>\n<dl>\n<dt><code>cacheDir</code></dt>\n<dd>The <em>cache</em> folder. See <a href=\"other.md\">details</a>.</dd>\n</dl>\n<p>After.</p>\n")
        XCTAssertEqual(lists.terms.map(\.text), ["cacheDir"])
        XCTAssertEqual(lists.terms.map(\.line), [3])
        XCTAssertEqual(lists.texts.map(\.text), ["cacheDir", "The cache folder. See details."])
        XCTAssertEqual(lists.texts.map(\.line), [3, 4])
    }

    func testATermGetsTheIdItIsGiven() {
        let document = MarkdownDocument(parsing: "Apple\n: A fruit.\n")
        let lists = document.buildDefinitionLists()
        document.setTermID("apple", on: lists.terms[0].node)
        XCTAssertEqual(document.renderHTML(), "<dl>\n<dt id=\"apple\">Apple</dt>\n<dd>A fruit.</dd>\n</dl>\n")
    }

    func testTextThatIsNotADefinitionListIsLeftAlone() {
        for markdown in ["Time:12:30\n:no space after the colon\n", ": a definition with no term\n", "# Heading\n: not a term\n",
                         "```\nTerm\n: in code\n```\n", "    Term\n    : indented code\n"] {
            XCTAssertEqual(Self.render(markdown).0, MarkdownDocument(parsing: markdown).renderHTML(), markdown)
        }
    }
}
