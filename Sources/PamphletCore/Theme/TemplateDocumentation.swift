/// Every value a theme can print, kind by kind, as themes/README.md lists
/// them ("Values"). The rows come from each context's `Key`, so a value
/// cannot be added without its type and meaning; `TemplateDocumentationTests`
/// fails when the README's copy differs or a context kind is not listed here.
enum TemplateDocumentation {
    struct Row: Equatable {
        var key: String
        var type: String
        var meaning: String
    }

    struct Kind {
        /// The name the README's tables use for the kind: `page`, `link`.
        var name: String
        /// The Swift type, so a test can tell a context missing from `kinds`.
        var typeName: String
        /// Where templates find it.
        var about: String
        var rows: [Row]
        /// Other Swift types that answer the same keys (`print_pages`' entries answer those of `page`).
        var sameKeys: [String] = []

        init<Context: TemplateContext>(_ name: String, _ type: Context.Type, _ about: String) {
            self.name = name
            typeName = String(describing: type)
            self.about = about
            rows = Context.Key.allCases.map { Row(key: $0.rawValue, type: $0.type, meaning: $0.meaning) }
        }

        init<Context: TemplateContext, Other: TemplateContext>(
            _ name: String, _ type: Context.Type, _ about: String, sameKeys other: Other.Type
        ) where Other.Key == Context.Key {
            self.init(name, type, about)
            sameKeys = [String(describing: other)]
        }
    }

    static let kinds: [Kind] = [
        Kind("top level", RootContext.self, "The names a template can use at its top. Which template gets which is in \"Which template gets what\" above."),
        Kind("site", SiteContext.self, "`site`: the site's settings in the page's language, the same on every page."),
        Kind("banner", BannerContext.self, "`site.banner`."),
        Kind("brand", BrandContext.self, "`site.brand`. Every key is absent unless its setting is given, so `{{#site.brand.logo}}…{{/site.brand.logo}}` prints nothing for a site without a logo. Addresses are root-relative and content-hashed (`/assets/brand/logo.1a2b3c4d5e.svg`) unless marked absolute."),
        Kind("brand image", BrandImageContext.self, "`site.brand.logo`, `site.brand.favicon`, `site.brand.share_image`."),
        Kind("brand link", BrandLinkContext.self, "Each of `site.brand.header_links` and `site.brand.footer_links`."),
        Kind("links", LinksContext.self, "`links`: root-relative links to the pages Pamphlet makes, in the page's language."),
        Kind("page", PageContext.self, "`page`, and each of `print_pages`. On the A to Z page `page` has `title`, `url`, `permalink`, `description`, `language` and `json_ld`; on the glossary page those and `terms` and `has_terms` (or, with `content/glossary.md`, everything that page has); on the 404 page `title`, `url`, `permalink`, `description` and `is_404`.",
             sameKeys: PrintedPageContext.self),
        Kind("heading", HeadingContext.self, "Each of `page.toc`."),
        Kind("term", TermContext.self, "Each of `page.terms`, and of a glossary `group`'s `terms`."),
        Kind("date", DateContext.self, "`page.reviewed`, `page.next_review`."),
        Kind("qr", QRContext.self, "`page.qr`. Draw it as `<svg viewBox=\"0 0 {{side}} {{side}}\"><path d=\"{{path}}\"/></svg>`; the default theme prints it in the footer on paper only (`partials/print-qr`)."),
        Kind("author note", AuthorNoteContext.self, "`page.author_note`, only in `pamphlet serve`."),
        Kind("link", LinkContext.self, "Each of `menu` and `breadcrumbs`, and `previous`, `next`."),
        Kind("page summary", PageSummaryContext.self, "Each of `children`, `section.pages` and an A to Z `group`'s `pages`."),
        Kind("language", LanguageContext.self, "Each of `languages`."),
        Kind("section", SectionContext.self, "`section`."),
        Kind("listing", ListingContext.self, "`a_to_z` (A to Z page only) and `glossary` (glossary page only)."),
        Kind("letter", LetterContext.self, "Each of a listing's `letters`: letters with pages or terms link to `#id`."),
        Kind("group", GroupContext.self, "Each of a listing's `groups`."),
    ]

    static let startMarker = "<!-- values: made from Sources/PamphletCore/Theme/Contexts by TemplateDocumentation; do not edit here -->"
    static let endMarker = "<!-- end of values -->"

    /// The README's "Values" section, markers included.
    static var markdown: String {
        var text = startMarker + "\n### Values\n\n"
        text += "Keys are snake_case. Types in backquotes are the kinds below. A value marked \"optional\" is absent when not set: "
        text += "test it with `{{#key}}…{{/key}}`. Lists may be empty; `{{^list}}…{{/list}}` renders when empty.\n"
        for kind in kinds {
            text += "\n#### `\(kind.name)`\n\n\(kind.about)\n\n| Key | Type | Meaning |\n| --- | --- | --- |\n"
            for row in kind.rows {
                text += "| `\(row.key)` | \(row.type) | \(row.meaning.replacingOccurrences(of: "|", with: "\\|")) |\n"
            }
        }
        return text + endMarker + "\n"
    }
}
