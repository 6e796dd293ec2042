import Foundation

/// A colour written in `site.yml` (`#abc`, `#aabbcc` or `rgb(r, g, b)`),
/// held as 8-bit sRGB channels so contrast is measured on what the browser shows.
public struct BrandColor: Sendable, Equatable, CustomStringConvertible {
    public var red: Int
    public var green: Int
    public var blue: Int

    public init(red: Int, green: Int, blue: Int) {
        self.red = red
        self.green = green
        self.blue = blue
    }

    public static let white = BrandColor(red: 255, green: 255, blue: 255)

    /// Nil when `text` is none of the accepted forms.
    public init?(_ text: String) {
        let value = text.trimmingCharacters(in: .whitespaces).lowercased()
        if value.hasPrefix("#") {
            let digits = Array(value.dropFirst())
            // ASCII only: Character.isHexDigit also accepts fullwidth digits, which Int(_:radix:) does not.
            guard digits.allSatisfy({ $0.isASCII && $0.isHexDigit }) else { return nil }
            let expanded: [Character]
            switch digits.count {
            case 3: expanded = digits.flatMap { [$0, $0] }
            case 6: expanded = digits
            default: return nil
            }
            let channels = stride(from: 0, to: 6, by: 2).compactMap { Int(String(expanded[$0...$0 + 1]), radix: 16) }
            guard channels.count == 3 else { return nil }
            self.init(red: channels[0], green: channels[1], blue: channels[2])
        } else if value.hasPrefix("rgb("), value.hasSuffix(")") {
            let inner = value.dropFirst(4).dropLast()
            let parts = inner.split(separator: ",", omittingEmptySubsequences: false)
                .map { $0.trimmingCharacters(in: .whitespaces) }
            let channels = parts.compactMap { Int($0) }.filter { (0...255).contains($0) }
            guard parts.count == 3, channels.count == 3 else { return nil }
            self.init(red: channels[0], green: channels[1], blue: channels[2])
        } else {
            return nil
        }
    }

    /// `#rrggbb`, lowercase: how messages and the brand stylesheet write it.
    public var hex: String {
        "#" + [red, green, blue].map { channel in
            let digits = String(channel, radix: 16)
            return digits.count == 1 ? "0" + digits : digits
        }.joined()
    }

    public var description: String { hex }
}

extension BrandColor {
    /// Hue (degrees), saturation and lightness (0...1).
    struct HSL {
        var hue: Double
        var saturation: Double
        var lightness: Double
    }

    var hsl: HSL {
        let r = Double(red) / 255, g = Double(green) / 255, b = Double(blue) / 255
        let high = max(r, g, b), low = min(r, g, b)
        let lightness = (high + low) / 2
        guard high != low else { return HSL(hue: 0, saturation: 0, lightness: lightness) }
        let delta = high - low
        let saturation = lightness > 0.5 ? delta / (2 - high - low) : delta / (high + low)
        var hue: Double
        if high == r {
            hue = (g - b) / delta + (g < b ? 6 : 0)
        } else if high == g {
            hue = (b - r) / delta + 2
        } else {
            hue = (r - g) / delta + 4
        }
        hue *= 60
        return HSL(hue: hue, saturation: saturation, lightness: lightness)
    }

    init(_ hsl: HSL) {
        let l = min(max(hsl.lightness, 0), 1), s = min(max(hsl.saturation, 0), 1)
        guard s > 0 else {
            let grey = Int((l * 255).rounded())
            self.init(red: grey, green: grey, blue: grey)
            return
        }
        let q = l < 0.5 ? l * (1 + s) : l + s - l * s
        let p = 2 * l - q
        func channel(_ shift: Double) -> Int {
            var t = hsl.hue / 360 + shift
            if t < 0 { t += 1 }
            if t > 1 { t -= 1 }
            let value: Double
            if t < 1.0 / 6 {
                value = p + (q - p) * 6 * t
            } else if t < 0.5 {
                value = q
            } else if t < 2.0 / 3 {
                value = p + (q - p) * (2.0 / 3 - t) * 6
            } else {
                value = p
            }
            return Int((value * 255).rounded())
        }
        self.init(red: channel(1.0 / 3), green: channel(0), blue: channel(-1.0 / 3))
    }

    /// The same hue and saturation at another lightness.
    func withLightness(_ lightness: Double) -> BrandColor {
        var value = hsl
        value.lightness = lightness
        return BrandColor(value)
    }
}
