/// The small stylesheet a brand adds after the theme's: the brand colours
/// as the custom properties the theme's stylesheet reads, the font, and the
/// logo's size in the header. The theme's own stylesheet stays the same for
/// every brand.
enum BrandStylesheet {
    static func css(for brand: BrandSettings) -> String {
        let colors = brand.colors
        var properties: [(String, String)] = []
        if let primary = colors.primary { properties.append(("--brand", primary.hex)) }
        if let header = colors.headerBackground { properties.append(("--header-background", header.hex)) }
        if let link = colors.link { properties.append(("--link", link.hex)) }
        if let visited = colors.linkVisited { properties.append(("--link-visited", visited.hex)) }
        if let hover = colors.linkHover ?? colors.link.map(derivedHover) { properties.append(("--link-hover", hover.hex)) }
        if let accent = colors.accent { properties.append(("--focus", accent.hex)) }
        if let font = brand.font.flatMap(FontStack.css(named:)) { properties.append(("--font", font)) }

        var css = "/* The brand settings in site.yml (written by Pamphlet). */\n"
        if !properties.isEmpty {
            css += ":root {\n" + properties.map { "  \($0.0): \($0.1);\n" }.joined() + "}\n"
        }
        if colors.headerBackground != nil {
            css += "\n.site-header {\n  background: var(--header-background);\n}\n"
        }
        if brand.font != nil {
            css += "\nbody {\n  font-family: var(--font);\n}\n"
        }
        if brand.logo != nil {
            // A fixed height with the width from the image's own proportions
            // (its width and height attributes) keeps the space reserved while it loads.
            css += """

                .site-header__name {
                  display: inline-flex;
                  flex-wrap: wrap;
                  align-items: center;
                  gap: 0.25rem 0.75rem;
                }

                .site-header__logo {
                  display: block;
                  height: 3rem;
                  width: auto;
                  max-width: 100%;
                }

                """
        }
        return css
    }

    /// Hover without its own setting: the link colour a little darker, like
    /// the theme's own hover, and never less readable than the link.
    static func derivedHover(_ link: BrandColor) -> BrandColor {
        link.withLightness(max(0, link.hsl.lightness - 0.1))
    }
}
