import Foundation
import PamphletMarkdown
import XCTest

@testable import PamphletCore

/// Glossary matching (first mention, word boundaries, case rules, where terms
/// are never linked) and reading glossary.yml strictly.
final class GlossaryTests: XCTestCase {
    static let glossary = Glossary(entries: [
        GlossaryEntry(term: "DNA", definition: "The set of instructions inside your cells."),
        GlossaryEntry(term: "gene", forms: ["genes"], definition: "A short piece of DNA."),
        GlossaryEntry(term: "gene therapy", forms: ["gene therapies"], definition: "A treatment that fixes a gene."),
        GlossaryEntry(term: "mRNA", definition: "A copy of a gene's instructions."),
        GlossaryEntry(term: "Leber congenital amaurosis", definition: "A rare inherited eye disorder."),
        GlossaryEntry(term: "carrier", definition: "Someone with one changed copy <who> is \"healthy\" & well."),
    ])

    struct Linked {
        var html: String
        var mentions: [GlossaryMention]
        var linkedTexts: [String] { mentions.map(\.text) }
    }

    func link(_ markdown: String, pageURL: String = "/genes/page/", reservedIDs: [String] = [], glossary: Glossary = glossary) -> Linked {
        let document = MarkdownDocument(parsing: markdown)
        let linker = GlossaryLinker(glossary: glossary, glossaryURL: "/glossary/")
        let mentions = linker.link(document, page: Self.page(url: pageURL), reservedIDs: reservedIDs)
        return Linked(html: document.renderHTML(), mentions: mentions)
    }

    static func page(url: String) -> Page {
        var matter = FrontMatter()
        matter.title = "A page"
        return Page(
            kind: .page, source: "content/page.md", contentPath: "page.md", parentFolder: "", folder: nil,
            language: "en", translationKey: "page.md",
            frontMatter: matter, body: "", bodyStartLine: 1, hasSourceFile: true, url: url)
    }

    func count(_ needle: String, in text: String) -> Int {
        text.components(separatedBy: needle).count - 1
    }

    // MARK: - Matching

    func testOnlyTheFirstMentionIsLinked() {
        let result = link("DNA is a code. DNA is in every cell.\n\nMore about DNA here.")
        XCTAssertEqual(result.linkedTexts, ["DNA"])
        XCTAssertEqual(count("class=\"term__link\"", in: result.html), 1)
        XCTAssertTrue(result.html.hasPrefix("<p><span class=\"term\"><a class=\"term__link\" href=\"/glossary/#dna\" aria-describedby=\"term-dna\">DNA</a>"), result.html)
        XCTAssertTrue(result.html.contains("<span class=\"term__definition\" role=\"tooltip\" id=\"term-dna\">The set of instructions inside your cells.</span></span> is a code. DNA is in every cell."), result.html)
    }

    func testAFormCountsAsTheFirstMentionOfItsTerm() {
        let result = link("Your genes come from your parents. Each gene is a short piece.")
        XCTAssertEqual(result.linkedTexts, ["genes"])
        XCTAssertEqual(result.mentions.first?.term, "gene")
        XCTAssertTrue(result.html.contains("href=\"/glossary/#gene\""))
    }

    func testWholeWordsOnly() {
        XCTAssertEqual(link("Genetic tests and genomes and regenerate.").linkedTexts, [])
        XCTAssertEqual(link("A genetic test looks at a gene.").linkedTexts, ["gene"])
        XCTAssertEqual(link("A gene's job.").linkedTexts, ["gene"])
        XCTAssertEqual(link("(gene)").linkedTexts, ["gene"])
        XCTAssertEqual(link("DNAse is not DNA.").linkedTexts, ["DNA"])
        XCTAssertTrue(link("DNAse is not DNA.").html.contains("<p>DNAse is not <span class=\"term\">"))
    }

    func testHyphenatedWordsAreOneWord() {
        XCTAssertEqual(link("A gene-based test and a non-gene test.").linkedTexts, [])
        XCTAssertEqual(link("A gene - and another.").linkedTexts, ["gene"])
        // U+2010 hyphen and U+2011 non-breaking hyphen join words as "-" does; a dash does not
        XCTAssertEqual(link("A gene\u{2010}based test.").linkedTexts, [])
        XCTAssertEqual(link("A gene\u{2011}based test.").linkedTexts, [])
        XCTAssertEqual(link("A gene\u{2013}based test.").linkedTexts, ["gene"])
    }

    func testOrdinaryWordsMatchInAnyCase() {
        XCTAssertEqual(link("Gene therapy is new.").linkedTexts, ["Gene therapy"])
        XCTAssertEqual(link("GENES matter.").linkedTexts, ["GENES"])
        XCTAssertEqual(link("leber congenital amaurosis affects sight.").linkedTexts, ["leber congenital amaurosis"])
    }

    func testAllCapsAndMixedCaseTermsMatchOnlyTheirOwnCase() {
        XCTAssertEqual(link("Your dna and your Dna.").linkedTexts, [])
        XCTAssertEqual(link("Your dna, then your DNA.").linkedTexts, ["DNA"])
        XCTAssertEqual(link("An mrna or MRNA vaccine; then mRNA.").linkedTexts, ["mRNA"])
        XCTAssertTrue(GlossaryLinker.isCaseSensitive("DNA"))
        XCTAssertTrue(GlossaryLinker.isCaseSensitive("A"))
        XCTAssertTrue(GlossaryLinker.isCaseSensitive("mRNA"))
        XCTAssertTrue(GlossaryLinker.isCaseSensitive("CRISPR-Cas9"))
        XCTAssertFalse(GlossaryLinker.isCaseSensitive("gene"))
        XCTAssertFalse(GlossaryLinker.isCaseSensitive("Leber congenital amaurosis"))
        XCTAssertFalse(GlossaryLinker.isCaseSensitive("Down syndrome"))
    }

    func testTheLongestPhraseWins() {
        let result = link("Gene therapy can change a gene.")
        XCTAssertEqual(result.linkedTexts, ["Gene therapy", "gene"])
        XCTAssertEqual(result.mentions.map(\.term), ["gene therapy", "gene"])
    }

    func testARepeatedLongerTermDoesNotLinkTheShorterTermInsideIt() {
        let result = link("Gene therapy is new. Gene therapy is rare. A gene is small.")
        XCTAssertEqual(result.linkedTexts, ["Gene therapy", "gene"])
        XCTAssertTrue(result.html.contains("Gene therapy is rare. A <span class=\"term\">"), result.html)
    }

    func testSeveralTermsInOneTextNode() {
        let result = link("DNA holds each gene, and a carrier has one changed copy.")
        XCTAssertEqual(result.linkedTexts, ["DNA", "gene", "carrier"])
        XCTAssertTrue(result.html.contains("</span></span> holds each <span class=\"term\">"), result.html)
        XCTAssertTrue(result.html.hasSuffix("</span></span> has one changed copy.</p>\n"), result.html)
    }

    func testNeverInHeadingsLinksImagesOrCode() {
        let markdown = """
            ## What DNA is

            [DNA basics](other.md) and ![DNA in a cell](cell.png) and `DNA`.

            ```
            DNA in a code block
            ```

            <div class="note">DNA in a raw HTML block</div>

            Plain DNA here.
            """
        let result = link(markdown)
        XCTAssertEqual(result.linkedTexts, ["DNA"])
        XCTAssertTrue(result.html.contains("<h2>What DNA is</h2>"), result.html)
        XCTAssertTrue(result.html.contains("<a href=\"other.md\">DNA basics</a>"), result.html)
        XCTAssertTrue(result.html.contains("alt=\"DNA in a cell\""), result.html)
        XCTAssertTrue(result.html.contains("<code>DNA</code>"), result.html)
        XCTAssertTrue(result.html.contains("<pre><code>DNA in a code block\n</code></pre>"), result.html)
        XCTAssertTrue(result.html.contains("<p>Plain <span class=\"term\">"), result.html)
    }

    func testLinkedInsideEmphasisListsAndQuotes() {
        XCTAssertEqual(link("- a list about *DNA*").linkedTexts, ["DNA"])
        XCTAssertEqual(link("> a quote about **genes**").linkedTexts, ["genes"])
        XCTAssertTrue(link("Some *DNA* here").html.contains("<em><span class=\"term\"><a class=\"term__link\""))
    }

    func testNothingIsLinkedOnTheGlossaryPageItself() {
        let result = link("DNA and gene therapy.", pageURL: "/glossary/")
        XCTAssertEqual(result.mentions, [])
        XCTAssertFalse(result.html.contains("term__link"))
    }

    func testDefinitionsAreEscapedAndIDsAvoidHeadingIDs() {
        let result = link("A carrier, and DNA.", reservedIDs: ["term-dna"])
        XCTAssertTrue(result.html.contains("Someone with one changed copy &lt;who&gt; is &quot;healthy&quot; &amp; well."), result.html)
        XCTAssertEqual(result.mentions.map(\.elementID), ["term-carrier", "term-dna-1"])
        XCTAssertTrue(result.html.contains("aria-describedby=\"term-dna-1\""))
        XCTAssertTrue(result.html.contains("id=\"term-dna-1\""))
    }

    func testPhraseSplitByCmarkIsStillFound() {
        // Whatever splits a run of text into several nodes, the linker merges neighbours first;
        // a no-break space between the words still matches the space in the phrase.
        let glossary = Glossary(entries: [GlossaryEntry(term: "double helix", definition: "The shape of DNA.")])
        XCTAssertEqual(link("The double&nbsp;helix [shape].", glossary: glossary).linkedTexts, ["double\u{A0}helix"])
        XCTAssertEqual(link("A [double helix", glossary: glossary).linkedTexts, ["double helix"])
    }

    func testEmptyGlossaryLinksNothing() {
        XCTAssertEqual(link("DNA", glossary: Glossary()).mentions, [])
    }

    // MARK: - Reading glossary.yml

    func load(_ text: String) -> (Glossary, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let glossary = Glossary.load(text: text, file: "content/glossary.yml", diagnostics: &diagnostics)
        return (glossary, diagnostics)
    }

    func testReadsTermsFormsAndDefinitions() {
        let (glossary, diagnostics) = load("""
            - term: gene
              forms: [genes]
              definition: A short piece of DNA.
            - term: CRISPR-Cas9
              forms: []
              definition: A genome editing tool.
            - term: base
              definition: >
                One of the four building
                blocks of DNA.
            """)
        XCTAssertEqual(diagnostics, [])
        XCTAssertEqual(glossary.entries.map(\.term), ["gene", "CRISPR-Cas9", "base"])
        XCTAssertEqual(glossary.entries.map(\.id), ["gene", "crispr-cas9", "base"])
        XCTAssertEqual(glossary.entries[0].forms, ["genes"])
        XCTAssertEqual(glossary.entries[2].definition, "One of the four building blocks of DNA.")
        XCTAssertEqual(glossary.entries[1].position.line, 4)
    }

    func testUnknownKeyIsAnErrorWithLineAndColumn() {
        let (glossary, diagnostics) = load("""
            - term: gene
              forms: [genes]
              defintion: A short piece of DNA.
            """)
        XCTAssertEqual(glossary.entries.count, 0)
        let unknown = diagnostics.first { $0.message.contains("unknown key 'defintion'") }
        XCTAssertNotNil(unknown, "\(diagnostics)")
        XCTAssertEqual(unknown?.severity, .error)
        XCTAssertEqual(unknown?.code, "glossary")
        XCTAssertEqual(unknown?.file, "content/glossary.yml")
        XCTAssertEqual(unknown?.line, 3)
        XCTAssertEqual(unknown?.column, 3)
        XCTAssertTrue(unknown?.message.contains("did you mean 'definition'?") ?? false)
        XCTAssertEqual(unknown?.description.hasPrefix("content/glossary.yml:3:3: error: "), true)
    }

    func testTermAndDefinitionAreRequired() {
        let (glossary, diagnostics) = load("""
            - term: gene
              definition: A short piece of DNA.
            - forms: [cells]
              definition: The smallest living unit.
            - term: nucleus
            - term: protein
              definition: ""
            """)
        XCTAssertEqual(glossary.entries.map(\.term), ["gene"])
        let errors = diagnostics.filter { $0.severity == .error }
        XCTAssertEqual(errors.count, 3, "\(diagnostics)")
        XCTAssertTrue(errors[0].message.contains("has no term"), errors[0].message)
        XCTAssertEqual(errors[0].line, 3)
        XCTAssertTrue(errors[1].message.contains("'nucleus' has no definition"), errors[1].message)
        XCTAssertEqual(errors[1].line, 5)
        XCTAssertTrue(errors[2].message.contains("'protein' has no definition"), errors[2].message)
        XCTAssertEqual(errors[2].line, 7)
    }

    func testAPhraseListedTwiceIsAnError() {
        let (glossary, diagnostics) = load("""
            - term: gene
              forms: [genes]
              definition: A short piece of DNA.
            - term: Genes
              definition: More than one gene.
            """)
        XCTAssertEqual(glossary.entries.map(\.term), ["gene"])
        XCTAssertEqual(diagnostics.count, 1)
        XCTAssertTrue(diagnostics[0].message.contains("already listed for 'gene' on line 1"), diagnostics[0].message)
        XCTAssertEqual(diagnostics[0].line, 4)
    }

    func testWrongShapesAreErrors() {
        XCTAssertTrue(load("term: gene\ndefinition: x\n").1.first?.message.contains("must be a list of terms") ?? false)
        XCTAssertTrue(load("- just text\n").1.first?.message.contains("expected 'key: value' lines") ?? false)
        let forms = load("- term: gene\n  forms: {a: b}\n  definition: x\n").1
        XCTAssertTrue(forms.first?.message.contains("'forms' must be a list") ?? false, "\(forms)")
        let broken = load("- term: gene\n  definition: [unclosed\n").1
        XCTAssertEqual(broken.first?.code, "yaml")
        XCTAssertNotNil(broken.first?.line)
    }

    func testEmptyFileIsAnEmptyGlossary() {
        let (glossary, diagnostics) = load("")
        XCTAssertTrue(glossary.isEmpty)
        XCTAssertEqual(diagnostics, [])
    }

    func testIDsAreUniqueAndAvoidTheGlossaryPageLetterAnchors() {
        let (glossary, diagnostics) = load("""
            - term: Letter A
              definition: x
            - term: "letter: a"
              definition: y
            - term: main
              definition: z
            """)
        XCTAssertEqual(diagnostics, [])
        XCTAssertEqual(glossary.entries.map(\.id), ["letter-a-1", "letter-a-2", "main-1"])
    }

    func testTheSampleSiteGlossaryLoads() throws {
        let site = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/sample-site")
        let text = try String(contentsOf: site.appendingPathComponent("content/glossary.yml"), encoding: .utf8)
        let (glossary, diagnostics) = load(text)
        XCTAssertEqual(diagnostics, [])
        XCTAssertEqual(glossary.entries.count, 42)
        XCTAssertEqual(Set(glossary.entries.map(\.id)).count, 42)
    }

    // MARK: - The glossary page

    func testHeadingsOnTheGlossaryIntroductionMustNotReuseTermAnchors() {
        var page = Self.page(url: "/glossary/")
        page.rendered.headings = [
            Heading(level: 2, title: "DNA", id: "dna", line: 9),
            Heading(level: 2, title: "How to use this list", id: "how-to-use-this-list", line: 12),
            Heading(level: 2, title: "Letter B", id: "letter-b", line: 15),
        ]
        let warnings = GlossaryGenerator.clashingHeadings(in: page, glossary: Self.glossary)
        XCTAssertEqual(warnings.map(\.line), [9, 15])
        XCTAssertTrue(warnings[0].message.contains("the glossary term 'DNA'"), warnings[0].message)
        XCTAssertEqual(warnings.map(\.severity), [.warning, .warning])
    }

    func testGlossaryPageGroupsTermsByLetter() {
        let glossary = Glossary(entries: [
            GlossaryEntry(term: "virus", definition: "v"), GlossaryEntry(term: "DNA", definition: "d"),
            GlossaryEntry(term: "double helix", definition: "h"), GlossaryEntry(term: "Ébola", definition: "e"),
            GlossaryEntry(term: "5q SMA", definition: "s"),
        ])
        let groups = GlossaryGenerator.groups(glossary)
        XCTAssertEqual(groups.map(\.letter), ["0–9", "D", "E", "V"])
        XCTAssertEqual(groups.map(\.id), ["letter-numbers", "letter-d", "letter-e", "letter-v"])
        XCTAssertEqual(groups[1].items.map { glossary.entries[$0].term }, ["DNA", "double helix"])
    }
}
