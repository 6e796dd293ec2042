import PamphletMarkdown
import Foundation

/// Everything `site.yml` can say. Unknown keys are errors, so a typo never
/// silently turns a setting off.
public struct SiteConfig: Sendable {
    public var title = "Health information"
    public var baseURL = BaseURL(string: "http://localhost/")!
    public var language = "en"
    public var theme = "default"
    public var description = ""
    public var publisher = ""
    /// nil: the theme's default disclaimer, in each page's language.
    public var disclaimer: String?
    public var banner: String?
    /// `emergency_number`: the phone number `[!EMERGENCY]` callouts name ("Call 911 if:").
    public var emergencyNumber: String?
    public var markdown = MarkdownSettings()
    public var links = LinkSettings()
    public var checks = CheckSettings()
    /// Every language, the default first among equals; one entry when the site has one language.
    public var languages = [Language(code: "en", isDefault: true)]
    /// `brand:`: logo, colours, font, icons, extra CSS and links (Brand/).
    public var brand = BrandSettings()
    /// `feed:`: each language's Atom feed of newly reviewed pages.
    public var feed = FeedSettings()
    /// `search:`: the site search of each language.
    public var search = SearchSettings()

    public struct MarkdownSettings: Sendable {
        /// Raw HTML in Markdown is dropped unless a site opts in.
        public var unsafeHTML = false
        public var smartPunctuation = false
        /// `heading_ids`: `github` (GitHub's and Hugo's ids, the default) or `ascii` (Pamphlet's first style).
        public var headingIDs: HeadingIDStyle = .github
    }

    public struct LinkSettings: Sendable {
        /// Severity of a link to a page, file or heading that does not exist.
        public var broken: Diagnostic.Severity = .error
        /// Internal links and assets written relative to each file, so the
        /// folder opens from the disk (`file://`) or a USB stick.
        public var relative = false
    }

    public static let defaultDisclaimer =
        "This information does not replace the advice of a doctor or other health professional. "
        + "If you have questions about your health, talk with your care team."

    public init() {}

    static let knownKeys = [
        "title", "base_url", "language", "theme", "description", "publisher", "disclaimer", "banner",
        "markdown", "links", "readability", "review", "checks", "languages", "brand", "feed", "emergency_number",
        "search",
    ]
}

extension SiteConfig {
    /// Reads `site.yml`; problems go to `diagnostics`, and defaults fill the gaps.
    static func load(text: String, file: String, diagnostics: inout [Diagnostic]) -> SiteConfig {
        var config = SiteConfig()
        guard let yaml = YAMLMapping.parse(text, file: file, lineOffset: 0, diagnostics: &diagnostics) else {
            return config
        }
        yaml.rejectUnknownKeys(knownKeys, context: "site.yml", diagnostics: &diagnostics)
        config.title = yaml.string("title", diagnostics: &diagnostics) ?? config.title
        if let text = yaml.string("base_url", diagnostics: &diagnostics), let node = yaml.node("base_url") {
            if let url = BaseURL(string: text) {
                config.baseURL = url
            } else {
                diagnostics.append(yaml.error(
                    "base_url must be an absolute http or https address such as https://health.example.org/",
                    at: node, code: "config"))
            }
        }
        config.language = yaml.string("language", diagnostics: &diagnostics) ?? config.language
        config.theme = yaml.string("theme", diagnostics: &diagnostics) ?? config.theme
        config.description = yaml.string("description", diagnostics: &diagnostics) ?? ""
        config.publisher = yaml.string("publisher", diagnostics: &diagnostics) ?? ""
        config.disclaimer = yaml.string("disclaimer", diagnostics: &diagnostics)
        config.banner = yaml.string("banner", diagnostics: &diagnostics)
        config.emergencyNumber = yaml.string("emergency_number", diagnostics: &diagnostics)
        if let markdown = yaml.mapping("markdown", diagnostics: &diagnostics) {
            markdown.rejectUnknownKeys(["unsafe_html", "smart_punctuation", "heading_ids"], context: "markdown", diagnostics: &diagnostics)
            config.markdown.unsafeHTML = markdown.bool("unsafe_html", diagnostics: &diagnostics) ?? false
            config.markdown.smartPunctuation = markdown.bool("smart_punctuation", diagnostics: &diagnostics) ?? false
            if let value = markdown.string("heading_ids", diagnostics: &diagnostics), let node = markdown.node("heading_ids") {
                if let style = HeadingIDStyle(rawValue: value) {
                    config.markdown.headingIDs = style
                } else {
                    diagnostics.append(markdown.error(
                        "markdown.heading_ids must be 'github' (GitHub's and Hugo's heading ids) or 'ascii' (Pamphlet's first style)",
                        at: node, code: "config"))
                }
            }
        }
        if let links = yaml.mapping("links", diagnostics: &diagnostics) {
            links.rejectUnknownKeys(["broken", "relative"], context: "links", diagnostics: &diagnostics)
            config.links.relative = links.bool("relative", diagnostics: &diagnostics) ?? false
            if let value = links.string("broken", diagnostics: &diagnostics), let node = links.node("broken") {
                switch value {
                case "error": config.links.broken = .error
                case "warning": config.links.broken = .warning
                default:
                    diagnostics.append(links.error("links.broken must be 'error' or 'warning'", at: node, code: "config"))
                }
            }
        }
        loadChecks(yaml, into: &config, diagnostics: &diagnostics)
        loadFeed(yaml, into: &config, diagnostics: &diagnostics)
        loadSearch(yaml, into: &config, diagnostics: &diagnostics)
        loadLanguages(yaml, into: &config, diagnostics: &diagnostics)
        config.brand = BrandSettingsLoader.load(
            yaml, languages: [config.defaultLanguage.code] + config.languages.map(\.code).filter { $0 != config.defaultLanguage.code },
            diagnostics: &diagnostics)
        diagnostics += BrandContrastCheck.check(config.brand.colors)
        return config
    }
}
