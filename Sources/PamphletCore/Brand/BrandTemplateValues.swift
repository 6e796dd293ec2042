/// `site.brand` in templates (documented in themes/README.md): only the
/// settings a site gives, so a site without `brand:` renders as before.
enum BrandTemplateValues {
    static func values(_ config: SiteConfig, language: String) -> [String: Any]? {
        let brand = config.brand
        guard !brand.isEmpty else { return nil }
        let base = config.baseURL
        let files = brand.files
        var values: [String: Any] = [:]
        if let logo = files.logo {
            var entry: [String: Any] = ["url": base.path + logo.outputPath, "alt": brand.logoAlt ?? ""]
            if let width = logo.width, let height = logo.height {
                entry["width"] = String(width)
                entry["height"] = String(height)
            }
            values["logo"] = entry
        }
        if let favicon = files.favicon {
            values["favicon"] = ["url": base.path + favicon.outputPath, "type": mediaType(favicon.outputPath.fileExtension)]
        }
        if let icon = files.touchIcon { values["touch_icon"] = base.path + icon.outputPath }
        if let sheet = files.stylesheet { values["stylesheet"] = base.path + sheet.path }
        if let extra = files.extraCSS { values["extra_css"] = base.path + extra.outputPath }
        if let header = brand.colors.headerBackground ?? brand.colors.primary { values["theme_color"] = header.hex }
        if let image = files.shareImage {
            var entry: [String: Any] = ["url": base.absolute(base.path + image.outputPath), "alt": brand.shareImageAlt ?? ""]
            if let width = image.width, let height = image.height {
                entry["width"] = String(width)
                entry["height"] = String(height)
                // Wide pictures get the large card; square ones (a logo) the small one.
                entry["large"] = Double(width) >= Double(height) * 1.5
            }
            values["share_image"] = entry
        }
        let defaultLanguage = config.defaultLanguage.code
        func links(_ list: [BrandLink]) -> [[String: Any]] {
            list.compactMap { link in
                link.resolved(language: language, defaultLanguage: defaultLanguage).map {
                    ["label": $0.label, "url": BrandLink.href($0.url, basePath: base.path)]
                }
            }
        }
        if !brand.headerLinks.isEmpty { values["header_links"] = links(brand.headerLinks) }
        if !brand.footerLinks.isEmpty { values["footer_links"] = links(brand.footerLinks) }
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
