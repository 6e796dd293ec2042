/// One of `brand.header_links` or `brand.footer_links`: a label and an
/// address, each either one text for every language or one per language.
public struct BrandLink: Sendable, Equatable {
    /// Language code -> text; the key "" holds the text for every language.
    public var label: [String: String]
    public var url: [String: String]
    /// Where the link's `url` was written, for a broken site address.
    public var position: BrandSettings.Position?

    /// The label and address in `language`, falling back to the text for
    /// every language, then to the default language's.
    func resolved(language: String, defaultLanguage: String) -> (label: String, url: String)? {
        func pick(_ values: [String: String]) -> String? {
            values[language] ?? values[""] ?? values[defaultLanguage]
        }
        guard let label = pick(label), let url = pick(url) else { return nil }
        return (label, url)
    }

    /// Addresses a link may have: a site address (`/contact/`), another
    /// site, an email address or a phone number.
    static func isAcceptedAddress(_ url: String) -> Bool {
        let lower = url.lowercased()
        if lower.hasPrefix("//") { return false }
        return lower.hasPrefix("/") || lower.hasPrefix("https://") || lower.hasPrefix("http://")
            || lower.hasPrefix("mailto:") || lower.hasPrefix("tel:")
    }

    /// A site address gets the base path (`/health/contact/`); others stay as written.
    static func href(_ url: String, basePath: String) -> String {
        guard url.hasPrefix("/") else { return url }
        return basePath + url.dropFirst()
    }
}
