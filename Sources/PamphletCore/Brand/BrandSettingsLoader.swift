import Foundation
import Yams

/// Reads `brand:` from `site.yml`, with a file:line:column error for every
/// unknown key, malformed colour, unknown font or incomplete link.
enum BrandSettingsLoader {
    /// `languages`: the site's language codes, the default first.
    static func load(_ yaml: YAMLMapping, languages: [String], diagnostics: inout [Diagnostic]) -> BrandSettings {
        var brand = BrandSettings()
        // `brand:` with every line below it still commented out, as `pamphlet init` writes it, means no brand.
        if case let .scalar(scalar)? = yaml.node("brand"), scalar.string.isEmpty || scalar.string == "~" || scalar.string == "null" {
            return brand
        }
        guard let settings = yaml.mapping("brand", diagnostics: &diagnostics) else { return brand }
        settings.rejectUnknownKeys(BrandSettings.keys, context: "brand", diagnostics: &diagnostics)

        func file(_ key: String) -> BrandSettings.FileSetting? {
            guard let path = settings.string(key, diagnostics: &diagnostics), let node = settings.node(key) else { return nil }
            return BrandSettings.FileSetting(setting: "brand." + key, path: path, position: position(settings, node))
        }
        brand.logo = file("logo")
        brand.logoAlt = settings.string("logo_alt", diagnostics: &diagnostics)
        brand.logoWidth = positiveInt(settings, "logo_width", diagnostics: &diagnostics)
        brand.logoHeight = positiveInt(settings, "logo_height", diagnostics: &diagnostics)
        brand.favicon = file("favicon")
        brand.touchIcon = file("touch_icon")
        brand.extraCSS = file("extra_css")
        brand.shareImage = file("share_image")
        brand.shareImageAlt = settings.string("share_image_alt", diagnostics: &diagnostics)

        if let logo = brand.logo, (brand.logoAlt ?? "").trimmingCharacters(in: .whitespaces).isEmpty {
            diagnostics.append(logo.position.error(
                "brand.logo needs brand.logo_alt: the words a screen reader says for the logo, usually the organisation's name (for example logo_alt: Northfield Hospital)"))
        }
        if let image = brand.shareImage, (brand.shareImageAlt ?? "").trimmingCharacters(in: .whitespaces).isEmpty {
            diagnostics.append(image.position.error(
                "brand.share_image needs brand.share_image_alt: a short description of the picture for people who cannot see it"))
        }
        for (key, value) in [("logo_alt", brand.logoAlt), ("logo_width", brand.logoWidth.map(String.init)),
                             ("logo_height", brand.logoHeight.map(String.init))] where value != nil && brand.logo == nil {
            if let node = settings.node(key) {
                diagnostics.append(settings.error("brand.\(key) describes a logo, but brand.logo is not set; add logo: with the image's path", at: node, code: "brand"))
            }
        }
        if (brand.logoWidth == nil) != (brand.logoHeight == nil), let node = settings.node("logo_width") ?? settings.node("logo_height") {
            diagnostics.append(settings.error("give both brand.logo_width and brand.logo_height, or neither", at: node, code: "brand"))
        }
        if brand.shareImageAlt != nil, brand.shareImage == nil, let node = settings.node("share_image_alt") {
            diagnostics.append(settings.error("brand.share_image_alt describes a picture, but brand.share_image is not set", at: node, code: "brand"))
        }

        if let font = settings.string("font", diagnostics: &diagnostics), let node = settings.node("font") {
            if FontStack.css(named: font) != nil {
                brand.font = font
            } else {
                let hint = Suggestion.phrase(Suggestion.closest(to: font, in: FontStack.names))
                diagnostics.append(settings.error(
                    "brand.font '\(font)' is not one of the font styles Pamphlet knows\(hint) (choose one of: \(FontStack.names.joined(separator: ", "))); patient pages use fonts already on the reader's device, so none is downloaded",
                    at: node, code: "brand"))
            }
        }
        if let colors = settings.mapping("colors", diagnostics: &diagnostics) {
            brand.colors = loadColors(colors, diagnostics: &diagnostics)
        }
        brand.headerLinks = loadLinks(settings, "header_links", languages: languages, diagnostics: &diagnostics)
        brand.footerLinks = loadLinks(settings, "footer_links", languages: languages, diagnostics: &diagnostics)
        return brand
    }

    static func position(_ yaml: YAMLMapping, _ node: Node) -> BrandSettings.Position {
        let (line, column) = yaml.position(of: node)
        return BrandSettings.Position(file: yaml.file, line: line, column: column)
    }

    private static func positiveInt(_ yaml: YAMLMapping, _ key: String, diagnostics: inout [Diagnostic]) -> Int? {
        guard let value = yaml.int(key, diagnostics: &diagnostics) else { return nil }
        if value > 0 { return value }
        if let node = yaml.node(key) {
            diagnostics.append(yaml.error("brand.\(key) must be a number of pixels above 0", at: node, code: "brand"))
        }
        return nil
    }

    private static func loadColors(_ yaml: YAMLMapping, diagnostics: inout [Diagnostic]) -> BrandSettings.Colors {
        var colors = BrandSettings.Colors()
        yaml.rejectUnknownKeys(BrandSettings.Colors.keys, context: "brand.colors", diagnostics: &diagnostics)
        for key in BrandSettings.Colors.keys {
            guard let text = yaml.string(key, diagnostics: &diagnostics), let node = yaml.node(key) else { continue }
            guard let color = BrandColor(text) else {
                diagnostics.append(yaml.error(
                    "brand.colors.\(key) '\(text)' is not a colour Pamphlet can read; write it as #rrggbb (for example #1d4f91), #rgb or rgb(29, 79, 145), in quotes because # starts a comment in YAML",
                    at: node, code: "brand"))
                continue
            }
            colors.positions[key] = position(yaml, node)
            switch key {
            case "primary": colors.primary = color
            case "accent": colors.accent = color
            case "header_background": colors.headerBackground = color
            case "link": colors.link = color
            case "link_visited": colors.linkVisited = color
            default: colors.linkHover = color
            }
        }
        return colors
    }

    private static func loadLinks(_ yaml: YAMLMapping, _ key: String, languages: [String], diagnostics: inout [Diagnostic]) -> [BrandLink] {
        guard let node = yaml.node(key) else { return [] }
        guard case let .sequence(items) = node else {
            diagnostics.append(yaml.error(
                "brand.\(key) must be a list, such as:\n  \(key):\n    - label: Contact us\n      url: /contact/",
                at: node, code: "brand"))
            return []
        }
        var links: [BrandLink] = []
        for item in items {
            guard let entry = YAMLMapping(item, file: yaml.file, lineOffset: yaml.lineOffset, diagnostics: &diagnostics) else { continue }
            entry.rejectUnknownKeys(["label", "url"], context: "brand.\(key)", diagnostics: &diagnostics)
            let label = perLanguage(entry, "label", item: item, owner: key, languages: languages, diagnostics: &diagnostics)
            let url = perLanguage(entry, "url", item: item, owner: key, languages: languages, diagnostics: &diagnostics)
            guard let label, let url else { continue }
            var accepted = true
            for (_, address) in url where !BrandLink.isAcceptedAddress(address) {
                diagnostics.append(entry.error(
                    "the address '\(address)' in brand.\(key) must start with / (a page of this site, such as /contact/), https://, http://, mailto: or tel:",
                    at: entry.node("url") ?? item, code: "brand"))
                accepted = false
            }
            if accepted { links.append(BrandLink(label: label, url: url, position: position(entry, entry.node("url") ?? item))) }
        }
        return links
    }

    /// `label: Contact us` or `label: {en: Contact us, es: Contacto}`; a
    /// missing key is an error at the link.
    private static func perLanguage(
        _ entry: YAMLMapping, _ key: String, item: Node, owner: String, languages: [String], diagnostics: inout [Diagnostic]
    ) -> [String: String]? {
        guard let node = entry.node(key) else {
            diagnostics.append(entry.error("each link in brand.\(owner) needs a '\(key)'", at: item, code: "brand"))
            return nil
        }
        if case .mapping = node, let values = YAMLMapping(node, file: entry.file, lineOffset: entry.lineOffset, diagnostics: &diagnostics) {
            var result: [String: String] = [:]
            for value in values.entries {
                guard languages.contains(value.key) else {
                    diagnostics.append(values.error(
                        "'\(value.key)' in brand.\(owner) is not a language of this site (languages: \(languages.joined(separator: ", ")))",
                        at: value.keyNode, code: "brand"))
                    continue
                }
                if let text = values.string(value.key, diagnostics: &diagnostics), !text.isEmpty { result[value.key] = text }
            }
            // Other languages fall back to the default language's text, so it must be there.
            if let first = languages.first, !result.isEmpty, result[first] == nil {
                diagnostics.append(entry.error(
                    "this \(key) in brand.\(owner) has no '\(first)' text; give the default language's too (pages in a language without its own text show it)",
                    at: node, code: "brand"))
                return nil
            }
            return result.isEmpty ? nil : result
        }
        guard let text = entry.string(key, diagnostics: &diagnostics), !text.trimmingCharacters(in: .whitespaces).isEmpty else {
            diagnostics.append(entry.error("the '\(key)' of a link in brand.\(owner) is empty", at: node, code: "brand"))
            return nil
        }
        return ["": text]
    }
}
