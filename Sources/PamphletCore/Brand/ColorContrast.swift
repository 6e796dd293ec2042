import Foundation

/// WCAG 2.1 contrast: relative luminance and the ratio between two colours.
public enum ColorContrast {
    /// 1.4.3: body text.
    public static let text = 4.5
    /// 1.4.11: focus indicators, borders that carry meaning, large text.
    public static let nonText = 3.0

    /// Relative luminance, https://www.w3.org/TR/WCAG21/#dfn-relative-luminance
    public static func luminance(_ color: BrandColor) -> Double {
        func linear(_ channel: Int) -> Double {
            let value = Double(channel) / 255
            return value <= 0.03928 ? value / 12.92 : pow((value + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * linear(color.red) + 0.7152 * linear(color.green) + 0.0722 * linear(color.blue)
    }

    /// (lighter + 0.05) / (darker + 0.05), from 1 to 21.
    public static func ratio(_ first: BrandColor, _ second: BrandColor) -> Double {
        let a = luminance(first), b = luminance(second)
        return (max(a, b) + 0.05) / (min(a, b) + 0.05)
    }

    /// "4.48", "21": to the hundredth, as contrast checkers print it, but
    /// rounded down where rounding would make a failing colour read as passing.
    public static func format(_ ratio: Double) -> String {
        var hundredths = (ratio * 100).rounded() / 100
        if [nonText, text, 7].contains(where: { ratio < $0 && hundredths >= $0 }) {
            hundredths = (ratio * 100).rounded(.down) / 100
        }
        var text = String(format: "%.2f", hundredths)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }

    /// The shade of `color`'s hue nearest in lightness for which `passes`
    /// holds, or nil when no lightness does.
    static func nearestShade(of color: BrandColor, where passes: (BrandColor) -> Bool) -> BrandColor? {
        let start = color.hsl.lightness
        // Half-percent steps both ways: the first passing step is the nearest shade.
        for step in 1...200 {
            let offset = Double(step) * 0.005
            for lightness in [start - offset, start + offset] where (0...1).contains(lightness) {
                let candidate = color.withLightness(lightness)
                if passes(candidate) { return candidate }
            }
        }
        return nil
    }
}
