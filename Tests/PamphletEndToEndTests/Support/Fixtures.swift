/// Fixture sites, as relative path -> file text.
enum Fixtures {
    static let siteYML = """
        title: Test Health Library
        description: Reviewed pages about genes, for tests.
        base_url: https://example.org/
        language: en
        publisher: Test Publisher

        """

    /// A small site with nested sections, every kind of internal link, a
    /// draft, aliases, static files, a folder without _index.md, and titles
    /// that start with a digit or an accented letter.
    static let healthSite: [String: String] = [
        "site.yml": siteYML,
        "content/_index.md": """
            ---
            title: Health library
            reviewed: 2025-01-10
            ---

            Welcome to the library.

            """,
        "content/about.md": """
            ---
            title: About this site
            slug: about-us
            description: Who writes these pages.
            ---

            We are a clinic. Read about [genetics](genetics/) or [the section page](genetics/_index.md).

            """,
        "content/genetics/_index.md": """
            ---
            title: Genetics
            description: All about genes.
            weight: 1
            reviewed: 2025-02-01
            ---

            Genes are instructions.

            """,
        "content/genetics/dna.md": """
            ---
            title: What is DNA?
            weight: 1
            reviewed: 2025-03-15
            reviewed_by: Dr. Test
            ---

            DNA carries the instructions.

            ## Where DNA lives

            In the nucleus. See [gene therapy](therapy/gene-therapy.md#how-it-works),
            [the section](../genetics/), [cells](cells.md) and the [picture](../images/cell.svg).

            ![A cell](/images/cell.svg)

            Download the [leaflet](../files/leaflet.pdf).

            """,
        "content/genetics/cells.md": """
            ---
            title: Cells
            weight: 2
            ---

            Cells hold DNA. Back to [DNA](dna.md#where-dna-lives).

            """,
        "content/genetics/chromosomes.md": """
            ---
            title: Chromosomes
            ---

            Chromosomes are packages of DNA.

            """,
        "content/genetics/alleles.md": """
            ---
            title: alleles and variants
            ---

            Alleles are versions of a gene.

            """,
        "content/genetics/draft-page.md": """
            ---
            title: Work in progress
            draft: true
            ---

            Not ready.

            """,
        "content/genetics/therapy/_index.md": """
            ---
            title: Gene therapy basics
            description: Treating disease through genes.
            weight: 1
            ---

            An introduction.

            """,
        "content/genetics/therapy/gene-therapy.md": """
            ---
            title: Gene therapy
            weight: 1
            reviewed: 2025-04-20
            aliases:
              - /gene-therapy-basics/
              - /old/gene-therapy.html
            ---

            Gene therapy treats disease.

            ## How it works

            It adds or edits genes. Compare with [editing](editing.md).

            """,
        "content/genetics/therapy/editing.md": """
            ---
            title: Genome editing
            weight: 2
            url: /editing/
            ---

            Editing changes DNA in place.

            """,
        "content/testing/_index.md": """
            ---
            title: Genetic testing
            description: What a test can tell you.
            weight: 2
            ---

            Tests look at your genes.

            """,
        "content/testing/results.md": """
            ---
            title: Ébola and genes
            ---

            An accented title.

            """,
        "content/care/10-questions.md": """
            ---
            title: 10 questions to ask
            ---

            Ask your care team.

            """,
        "content/care/Terapia génica.md": """
            ---
            title: Terapia génica
            ---

            En español.

            """,
        "content/images/cell.svg": """
            <svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><circle cx="5" cy="5" r="4"/></svg>

            """,
        "content/files/leaflet.pdf": "%PDF-1.4 test leaflet\n",
    ]

    /// The smallest site that builds: a home page and one page.
    static let tinySite: [String: String] = [
        "site.yml": siteYML,
        "content/_index.md": "---\ntitle: Home\n---\n\nHello.\n",
        "content/topics/_index.md": "---\ntitle: Topics\n---\n\nAll topics.\n",
        "content/topics/first.md": "---\ntitle: First topic\nreviewed: 2025-01-01\n---\n\nText with a [link](second.md).\n\n## Details\n\nMore.\n",
        "content/topics/second.md": "---\ntitle: Second topic\n---\n\nText.\n",
        "content/images/a.svg": "<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n",
    ]
}
