import Mustache

/// `site`: the site's settings in one language, made once per build.
final class SiteContext: TemplateContext, MustacheClassTraitsByType, MustacheMemoizable {
    var title = ""
    var description = ""
    var language = ""
    var languageName = ""
    var baseURL = ""
    var basePath = ""
    var publisher = ""
    var disclaimer = ""
    var year = ""
    var homeURL = ""
    var multilingual = false
    var banner: BannerContext?
    var brand: BrandContext?
    /// One per language and build: what every page of a language shows of the site
    /// is rendered once per thread (`TemplateMemo`).
    var memoKey: MustacheMemoKey?

    init() {}

    enum Key: String, TemplateKey {
        static let table = TemplateKeyTable<Self>()

        case title, description, language, languageName = "language_name", baseURL = "base_url", basePath = "base_path"
        case publisher, disclaimer, year, homeURL = "home_url", multilingual, banner, brand

        var type: String {
            switch self {
            case .multilingual: return "bool"
            case .banner: return "`banner`, optional"
            case .brand: return "`brand`, optional"
            default: return "string"
            }
        }

        var meaning: String {
            switch self {
            case .title: return "\"Genes and health\""
            case .description: return "used when a page has no description"
            case .language: return "`en`; goes in `<html lang>`"
            case .languageName: return "the language's name in itself: \"English\""
            case .baseURL: return "absolute canonical root, ends with `/`: `https://example.org/health/`"
            case .basePath: return "root-relative site root: `/` or `/health/`"
            case .publisher: return "shown in the footer with ©; the site's title when `publisher` is not set"
            case .disclaimer: return "medical disclaimer in the footer (kept in print)"
            case .year: return "copyright year"
            case .homeURL: return "root-relative home address in this language"
            case .multilingual: return "true when the site has more than one language"
            case .banner: return "the official-site banner or another site-wide notice, above the site name; set with `banner:` in site.yml, absent (off) by default"
            case .brand: return "the `brand:` settings of site.yml; absent when site.yml has no `brand:`"
            }
        }
    }

    func value(_ key: Key) -> Any? {
        switch key {
        case .title: return TemplateText(renderText: title)
        case .description: return TemplateText(renderText: description)
        case .language: return TemplateText(renderText: language)
        case .languageName: return TemplateText(renderText: languageName)
        case .baseURL: return TemplateText(renderText: baseURL)
        case .basePath: return TemplateText(renderText: basePath)
        case .publisher: return TemplateText(renderText: publisher)
        case .disclaimer: return TemplateText(renderText: disclaimer)
        case .year: return TemplateText(renderText: year)
        case .homeURL: return TemplateText(renderText: homeURL)
        case .multilingual: return multilingual
        case .banner: return banner
        case .brand: return brand
        }
    }
}

/// `banner`: the site-wide notice (`site.banner`).
struct BannerContext: TemplateContext {
    var text: String

    enum Key: String, TemplateKey {
        static let table = TemplateKeyTable<Self>()

        case text

        var type: String { "string" }
        var meaning: String { "the notice, from `banner:` in site.yml" }
    }

    func value(_ key: Key) -> Any? { TemplateText(renderText: text) }
}

/// `links`: root-relative links to the pages Pamphlet makes, in the page's language.
struct LinksContext: TemplateContext, MustacheMemoizable {
    var home: String
    var aToZ: String
    var sitemap: String
    var feed: String?
    var glossary: String?
    var search: String?
    var opensearch: String?
    /// One per language and build (`TemplateMemo`).
    var memoKey: MustacheMemoKey?

    enum Key: String, TemplateKey {
        static let table = TemplateKeyTable<Self>()

        case home, aToZ = "a_to_z", sitemap, feed, glossary, search, opensearch

        var type: String { [.feed, .glossary, .search, .opensearch].contains(self) ? "string, optional" : "string" }

        var meaning: String {
            switch self {
            case .home: return "the home page"
            case .aToZ: return "the A to Z index page"
            case .sitemap: return "the sitemap"
            case .feed: return "the language's Atom feed (`/atom.xml`, `/es/atom.xml`); absent with `feed: false` in `site.yml`"
            case .glossary: return "the glossary page; absent when the language has no glossary terms"
            case .search: return "the language's search page (`/search/`, `/es/search/`); absent with `search: false` or a theme without a `search` template"
            case .opensearch: return "the language's OpenSearch description (`/search/opensearch.xml`), present with `search`"
            }
        }
    }

    func value(_ key: Key) -> Any? {
        switch key {
        case .home: return TemplateText(renderText: home)
        case .aToZ: return TemplateText(renderText: aToZ)
        case .sitemap: return TemplateText(renderText: sitemap)
        case .feed: return templateText(feed)
        case .glossary: return templateText(glossary)
        case .search: return templateText(search)
        case .opensearch: return templateText(opensearch)
        }
    }
}
