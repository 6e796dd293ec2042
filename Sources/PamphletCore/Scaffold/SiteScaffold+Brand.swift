extension SiteScaffold {
    /// The commented `brand:` block `pamphlet init` writes into site.yml:
    /// every setting with an example, ready to uncomment. The colours are
    /// the default theme's own, so uncommenting them changes nothing.
    static let brandBlock = """
        # Your organisation's look on the default theme (README.md, "Brand").
        # Remove the # in front of the lines you need. Paths are relative to
        # this folder. Colours are checked for contrast when you build.
        # brand:
        #   logo: content/images/logo.svg          # PNG, JPEG or SVG
        #   logo_alt: Example Health Service       # required with a logo: what a screen reader says
        #   favicon: content/images/favicon.svg    # SVG, PNG (32x32) or ICO
        #   touch_icon: content/images/touch-icon.png  # a 180x180 PNG for phones' home screens
        #   colors:
        #     primary: "#1d4f91"                   # borders and the current-page marker
        #     header_background: "#1d4f91"         # behind the white header text
        #     link: "#1a5a96"
        #     accent: "#ffdd00"                    # the highlight behind a focused link
        #   font: system                           # system, humanist, neo-grotesque, rounded or serif
        #   extra_css: content/extra.css           # your own CSS, after the theme's
        #   header_links:
        #     - label: Contact us
        #       url: /contact/
        #   footer_links:
        #     - label: Privacy
        #       url: https://health.example.org/privacy/
        #   share_image: content/images/share.png  # 1200x630 PNG or JPEG for social sites
        #   share_image_alt: The Example Health Service logo

        """
}
