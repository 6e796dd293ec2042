import Foundation

/// `brand:` in `site.yml`: a logo, colours, a font, icons, extra CSS and
/// links that put an organisation's look on the theme without templates.
public struct BrandSettings: Sendable {
    /// Where a setting was written, so a later problem (a missing file, a
    /// colour that fails contrast) points at its line.
    public struct Position: Sendable, Equatable {
        public var file: String
        public var line: Int?
        public var column: Int?

        func error(_ message: String) -> Diagnostic {
            .error(message, file: file, line: line, column: column, code: "brand")
        }

        func warning(_ message: String) -> Diagnostic {
            .warning(message, file: file, line: line, column: column, code: "brand")
        }
    }

    /// A file named in `brand:`, relative to the site folder.
    public struct FileSetting: Sendable {
        /// `brand.logo`, for messages.
        public var setting: String
        public var path: String
        public var position: Position
    }

    public struct Colors: Sendable {
        public var primary: BrandColor?
        public var accent: BrandColor?
        public var headerBackground: BrandColor?
        public var link: BrandColor?
        public var linkVisited: BrandColor?
        public var linkHover: BrandColor?
        /// Setting key (`primary`) -> where it was written.
        public var positions: [String: Position] = [:]

        public var isEmpty: Bool {
            primary == nil && accent == nil && headerBackground == nil && link == nil && linkVisited == nil && linkHover == nil
        }

        static let keys = ["primary", "accent", "header_background", "link", "link_visited", "link_hover"]
    }

    public var logo: FileSetting?
    public var logoAlt: String?
    public var logoWidth: Int?
    public var logoHeight: Int?
    public var favicon: FileSetting?
    public var touchIcon: FileSetting?
    public var colors = Colors()
    /// A name from `FontStack.names`.
    public var font: String?
    public var extraCSS: FileSetting?
    public var headerLinks: [BrandLink] = []
    public var footerLinks: [BrandLink] = []
    public var shareImage: FileSetting?
    public var shareImageAlt: String?
    /// The files above read, sized and given their output names (the
    /// "Read site.yml" stage fills this once it knows the site folder).
    public var files = BrandFiles()

    public init() {}

    /// No `brand:` setting at all: the theme's own look, byte for byte.
    public var isEmpty: Bool {
        logo == nil && favicon == nil && touchIcon == nil && colors.isEmpty && font == nil && extraCSS == nil
            && headerLinks.isEmpty && footerLinks.isEmpty && shareImage == nil
    }

    /// Whether the site needs the generated brand stylesheet.
    var needsStylesheet: Bool { logo != nil || !colors.isEmpty || font != nil }

    static let keys = [
        "logo", "logo_alt", "logo_width", "logo_height", "favicon", "touch_icon", "colors", "font", "extra_css",
        "header_links", "footer_links", "share_image", "share_image_alt",
    ]
}
