/// The default theme's own colours (`:root` in its style.css), which brand
/// colours replace and are measured against.
enum DefaultPalette {
    static let text = BrandColor("#0b0c0c")!
    static let background = BrandColor.white
    /// Footer, "On this page" and review-date boxes.
    static let tint = BrandColor("#f3f2f1")!
    static let brand = BrandColor("#1d4f91")!
    static let headerText = BrandColor.white
    static let link = BrandColor("#1a5a96")!
    static let linkVisited = BrandColor("#4c2c92")!
    static let linkHover = BrandColor("#003078")!
    static let focus = BrandColor("#ffdd00")!
}
