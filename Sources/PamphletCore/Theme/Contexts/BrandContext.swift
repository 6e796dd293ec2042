import Mustache

/// `brand`: the `brand:` settings of site.yml (`site.brand`). Every value is
/// absent unless its setting is given, so a site without a logo prints
/// nothing for `{{#site.brand.logo}}…{{/site.brand.logo}}`. Addresses are
/// root-relative and content-hashed (`/assets/brand/logo.1a2b3c4d5e.svg`)
/// unless the table says absolute.
final class BrandContext: TemplateContext, MustacheClassTraitsByType {
    var logo: BrandImageContext?
    var favicon: BrandImageContext?
    var touchIcon: String?
    var stylesheet: String?
    var extraCSS: String?
    var themeColor: String?
    var shareImage: BrandImageContext?
    var headerLinks: [BrandLinkContext]?
    var footerLinks: [BrandLinkContext]?

    init() {}

    enum Key: String, TemplateKey {
        static let table = TemplateKeyTable<Self>()

        case logo, favicon, touchIcon = "touch_icon", stylesheet, extraCSS = "extra_css", themeColor = "theme_color"
        case shareImage = "share_image", headerLinks = "header_links", footerLinks = "footer_links"

        var type: String {
            switch self {
            case .logo, .favicon, .shareImage: return "`brand image`, optional"
            case .headerLinks, .footerLinks: return "list of `brand link`, optional"
            default: return "string, optional"
            }
        }

        var meaning: String {
            switch self {
            case .logo: return "the header logo: `url`, `alt`, `width`, `height` (pixels, from the image or `logo_width`/`logo_height`)"
            case .favicon: return "`<link rel=\"icon\">`: `url`, `type` (`image/svg+xml`, `image/png` or `image/x-icon`)"
            case .touchIcon: return "`<link rel=\"apple-touch-icon\">`"
            case .stylesheet: return "the generated brand stylesheet (colours and font as custom properties); link it after `assets.style_css`"
            case .extraCSS: return "the site's own stylesheet (`brand.extra_css`); link it last, before print"
            case .themeColor: return "`#rrggbb` of the header (`header_background`, else `primary`), for `<meta name=\"theme-color\">`"
            case .shareImage: return "the picture social sites show: `url` (absolute), `alt`, `width`, `height`, `large`"
            case .headerLinks: return "links in the page's language; the default theme adds them to the main menu"
            case .footerLinks: return "links in the page's language; the default theme adds them to the footer links"
            }
        }
    }

    func value(_ key: Key) -> Any? {
        switch key {
        case .logo: return logo
        case .favicon: return favicon
        case .touchIcon: return templateText(touchIcon)
        case .stylesheet: return templateText(stylesheet)
        case .extraCSS: return templateText(extraCSS)
        case .themeColor: return templateText(themeColor)
        case .shareImage: return shareImage
        case .headerLinks: return headerLinks
        case .footerLinks: return footerLinks
        }
    }
}

/// `brand image`: a picture of the brand (`logo`, `favicon`, `share_image`).
struct BrandImageContext: TemplateContext {
    var url: String
    var alt: String?
    var width: String?
    var height: String?
    var large: Bool?
    var type: String?

    enum Key: String, TemplateKey {
        static let table = TemplateKeyTable<Self>()

        case url, alt, width, height, large, type

        var type: String {
            switch self {
            case .url: return "string"
            case .large: return "bool, optional"
            default: return "string, optional"
            }
        }

        var meaning: String {
            switch self {
            case .url: return "its address (absolute for `share_image`: social sites need that)"
            case .alt: return "its text alternative (`logo`, `share_image`)"
            case .width, .height: return "its size in pixels, as text; absent when unknown"
            case .large: return "`share_image`: true for a picture at least 1.5 times as wide as tall (`twitter:card` `summary_large_image`)"
            case .type: return "`favicon`: its media type"
            }
        }
    }

    func value(_ key: Key) -> Any? {
        switch key {
        case .url: return TemplateText(renderText: url)
        case .alt: return templateText(alt)
        case .width: return templateText(width)
        case .height: return templateText(height)
        case .large: return large
        case .type: return templateText(type)
        }
    }
}

/// `brand link`: a link the brand adds (`header_links`, `footer_links`).
struct BrandLinkContext: TemplateContext {
    var label: String
    var url: String

    enum Key: String, TemplateKey {
        static let table = TemplateKeyTable<Self>()

        case label, url

        var type: String { "string" }
        var meaning: String { self == .label ? "link text, in the page's language" : "its address" }
    }

    func value(_ key: Key) -> Any? {
        TemplateText(renderText: key == .label ? label : url)
    }
}
