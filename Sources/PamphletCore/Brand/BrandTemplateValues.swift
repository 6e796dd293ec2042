/// `site.brand` in templates (`BrandContext`): only the
/// settings a site gives, so a site without `brand:` renders as before.
enum BrandTemplateValues {
    static func values(_ config: SiteConfig, language: String) -> BrandContext? {
        let brand = config.brand
        guard !brand.isEmpty else { return nil }
        let base = config.baseURL
        let files = brand.files
        let values = BrandContext()
        if let logo = files.logo {
            var entry = BrandImageContext(url: base.path + logo.outputPath, alt: brand.logoAlt ?? "")
            if let width = logo.width, let height = logo.height {
                entry.width = String(width)
                entry.height = String(height)
            }
            values.logo = entry
        }
        if let favicon = files.favicon {
            values.favicon = BrandImageContext(url: base.path + favicon.outputPath, type: mediaType(favicon.outputPath.fileExtension))
        }
        if let icon = files.touchIcon { values.touchIcon = base.path + icon.outputPath }
        if let sheet = files.stylesheet { values.stylesheet = base.path + sheet.path }
        if let extra = files.extraCSS { values.extraCSS = base.path + extra.outputPath }
        if let header = brand.colors.headerBackground ?? brand.colors.primary { values.themeColor = header.hex }
        if let image = files.shareImage {
            var entry = BrandImageContext(url: base.absolute(base.path + image.outputPath), alt: brand.shareImageAlt ?? "")
            if let width = image.width, let height = image.height {
                entry.width = String(width)
                entry.height = String(height)
                // Wide pictures get the large card; square ones (a logo) the small one.
                entry.large = Double(width) >= Double(height) * 1.5
            }
            values.shareImage = entry
        }
        let defaultLanguage = config.defaultLanguage.code
        func links(_ list: [BrandLink]) -> [BrandLinkContext] {
            list.compactMap { link in
                link.resolved(language: language, defaultLanguage: defaultLanguage).map {
                    BrandLinkContext(label: $0.label, url: BrandLink.href($0.url, basePath: base.path))
                }
            }
        }
        if !brand.headerLinks.isEmpty { values.headerLinks = links(brand.headerLinks) }
        if !brand.footerLinks.isEmpty { values.footerLinks = links(brand.footerLinks) }
        return values
    }

    static func mediaType(_ ext: String) -> String {
        switch ext.lowercased() {
        case "svg": return "image/svg+xml"
        case "png": return "image/png"
        case "ico": return "image/x-icon"
        case "jpg", "jpeg": return "image/jpeg"
        default: return "application/octet-stream"
        }
    }
}
