import Mustache

/// What a template is rendered with: the names a template can use at its top.
/// Which of them a template gets is in themes/README.md ("Which template gets what").
final class RootContext: TemplateContext, MustacheClassTraitsByType {
    var site: SiteContext?
    var assets: TextTable?
    var links: LinksContext?
    var t: TextTable?
    var menu: [LinkContext]?
    var languages: [LanguageContext]?
    var page: PageContext?
    var breadcrumbs: [LinkContext]?
    var section: SectionContext?
    var children: [PageSummaryContext]?
    var previous: LinkContext?
    var next: LinkContext?
    var aToZ: ListingContext?
    var glossary: ListingContext?
    var printPages: [PrintedPageContext]?
    var targetURL: String?
    var targetPermalink: String?
    var targetTitle: String?

    init() {}

    enum Key: String, TemplateKey {
        static let table = TemplateKeyTable<Self>()

        case site, assets, links, t, menu, languages, page, breadcrumbs, section, children, previous, next
        case aToZ = "a_to_z", glossary, printPages = "print_pages"
        case targetURL = "target_url", targetPermalink = "target_permalink", targetTitle = "target_title"

        var type: String {
            switch self {
            case .site: return "`site`"
            case .assets: return "object of texts"
            case .links: return "`links`"
            case .t: return "object of texts"
            case .menu: return "list of `link`"
            case .languages: return "list of `language`"
            case .page: return "`page`"
            case .breadcrumbs: return "list of `link`"
            case .section: return "`section`, optional"
            case .children: return "list of `page summary`, optional"
            case .previous, .next: return "`link`, optional"
            case .aToZ, .glossary: return "`listing`, optional"
            case .printPages: return "list of `page`, optional"
            case .targetURL, .targetPermalink, .targetTitle: return "string, optional"
            }
        }

        var meaning: String {
            switch self {
            case .site: return "the site's settings, in the page's language"
            case .assets: return "content-hashed root-relative addresses of the theme's files, by name: `style.css` is `assets.style_css`, also `print_css`, `terms_js`"
            case .links: return "root-relative links to the pages Pamphlet makes"
            case .t: return "the theme's words in the page's language (`i18n/en.yml`): `{{t.on_this_page}}`"
            case .menu: return "the top-level sections for the header (`title`, `url`, `is_active`)"
            case .languages: return "the page in each language it exists in; empty for a page in one language"
            case .page: return "the page being written"
            case .breadcrumbs: return "Home to the current page (`title`, `url`, `is_current`); empty on the home page, absent on redirect pages"
            case .section: return "the side navigation; absent on the home page and on top-level pages"
            case .children: return "on section and home pages: sub-sections first, then pages, in order"
            case .previous: return "the page before in the same section (`title`, `url`); absent at the start"
            case .next: return "the page after in the same section (`title`, `url`); absent at the end"
            case .aToZ: return "only on the A to Z page: every page by first letter"
            case .glossary: return "only on the glossary page: every term by first letter"
            case .printPages: return "only on a section's printable page: its pages in reading order, each with the keys of `page` and `id` (`p1`, `p2`, ...)"
            case .targetURL: return "only on a redirect page (`alias`): root-relative address of the page that moved"
            case .targetPermalink: return "only on a redirect page: its absolute address, for `rel=\"canonical\"`"
            case .targetTitle: return "only on a redirect page: its title"
            }
        }
    }

    func value(_ key: Key) -> Any? {
        switch key {
        case .site: return site
        case .assets: return assets
        case .links: return links
        case .t: return t
        case .menu: return menu
        case .languages: return languages
        case .page: return page
        case .breadcrumbs: return breadcrumbs
        case .section: return section
        case .children: return children
        case .previous: return previous
        case .next: return next
        case .aToZ: return aToZ
        case .glossary: return glossary
        case .printPages: return printPages
        case .targetURL: return templateText(targetURL)
        case .targetPermalink: return templateText(targetPermalink)
        case .targetTitle: return templateText(targetTitle)
        }
    }
}
