import Foundation

/// Measures every brand colour against what it sits on or under in the
/// default theme (WCAG 2.1 AA): an error names the setting, the measured
/// ratio and the nearest shade of the same colour that passes.
enum BrandContrastCheck {
    /// One colour next to another where the theme shows them together.
    struct Pair {
        var other: BrandColor
        /// "on the white page background".
        var place: String
        var needed: Double
        /// "link text".
        var purpose: String
    }

    static let onWhite = Pair(other: DefaultPalette.background, place: "on the white page background", needed: ColorContrast.text, purpose: "text")
    static let onTint = Pair(
        other: DefaultPalette.tint, place: "on the light grey footer and boxes (\(DefaultPalette.tint.hex))", needed: ColorContrast.text, purpose: "text")
    static let underHeaderText = Pair(
        other: DefaultPalette.headerText, place: "behind the white header text", needed: ColorContrast.text, purpose: "text")
    static let underFocusText = Pair(
        other: DefaultPalette.text, place: "behind the dark text of a focused link (\(DefaultPalette.text.hex))",
        needed: ColorContrast.text, purpose: "text")
    static let markerOnWhite = Pair(
        other: DefaultPalette.background, place: "as the bar that marks the current page, on white", needed: ColorContrast.nonText,
        purpose: "a marker or focus indicator")
    static let markerOnTint = Pair(
        other: DefaultPalette.tint, place: "as the bar beside \"On this page\", on light grey (\(DefaultPalette.tint.hex))",
        needed: ColorContrast.nonText, purpose: "a marker or focus indicator")

    /// What each colour setting is measured against.
    static func pairs(for key: String, in colors: BrandSettings.Colors) -> [Pair] {
        switch key {
        case "primary":
            // Without its own header colour, the header takes the primary colour.
            return [markerOnWhite, markerOnTint] + (colors.headerBackground == nil ? [underHeaderText] : [])
        case "header_background": return [underHeaderText]
        case "link", "link_visited", "link_hover": return [onWhite, onTint]
        case "accent": return [underFocusText]
        default: return []
        }
    }

    static func check(_ colors: BrandSettings.Colors) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        let values: [(String, BrandColor?)] = [
            ("primary", colors.primary), ("accent", colors.accent), ("header_background", colors.headerBackground),
            ("link", colors.link), ("link_visited", colors.linkVisited), ("link_hover", colors.linkHover),
        ]
        for (key, color) in values {
            guard let color, let position = colors.positions[key] else { continue }
            let pairs = pairs(for: key, in: colors)
            guard let worst = worstFailure(color, pairs) else { continue }
            var message = "brand.colors.\(key) \(color.hex) \(worst.pair.place) is \(ColorContrast.format(worst.ratio)):1, "
                + "but \(worst.pair.purpose) needs at least \(ColorContrast.format(worst.pair.needed)):1 so people with low vision can read it; "
            if let shade = ColorContrast.nearestShade(of: color, where: { worstFailure($0, pairs) == nil }) {
                // Measured where the setting failed, so the two ratios compare.
                let ratio = ColorContrast.ratio(shade, worst.pair.other)
                message += "\(shade.hex) is \(ColorContrast.format(ratio)):1 there, the nearest shade of the same colour that passes everywhere it is used"
            } else {
                message += "no shade of this colour passes, so choose another colour"
            }
            problems.append(position.error(message))
        }
        return problems
    }

    /// The pair furthest below its target, with its ratio; nil when all pass.
    static func worstFailure(_ color: BrandColor, _ pairs: [Pair]) -> (pair: Pair, ratio: Double)? {
        var worst: (pair: Pair, ratio: Double, shortfall: Double)?
        for pair in pairs {
            let ratio = ColorContrast.ratio(color, pair.other)
            guard ratio < pair.needed else { continue }
            let shortfall = pair.needed / ratio
            if worst == nil || shortfall > worst!.shortfall { worst = (pair, ratio, shortfall) }
        }
        return worst.map { ($0.pair, $0.ratio) }
    }
}
