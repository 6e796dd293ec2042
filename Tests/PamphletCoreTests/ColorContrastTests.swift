import XCTest
@testable import PamphletCore

/// The contrast math against values WCAG tools publish, colour parsing, and
/// the nearest passing shade.
final class ColorContrastTests: XCTestCase {
    private func ratio(_ first: String, _ second: String) -> Double {
        ColorContrast.ratio(BrandColor(first)!, BrandColor(second)!)
    }

    func testRatiosMatchKnownWCAGValues() {
        XCTAssertEqual(ratio("#000000", "#ffffff"), 21, accuracy: 0.001)
        XCTAssertEqual(ratio("#777", "#fff"), 4.48, accuracy: 0.005)
        XCTAssertEqual(ratio("#767676", "#ffffff"), 4.54, accuracy: 0.005)
        XCTAssertEqual(ratio("#ffffff", "#767676"), 4.54, accuracy: 0.005, "order does not matter")
        XCTAssertEqual(ratio("#1d4f91", "#ffffff"), 8.14, accuracy: 0.005, "the default theme's header")
        XCTAssertEqual(ratio("#abcdef", "#abcdef"), 1, accuracy: 0.0001)
    }

    func testFormatRoundsButAFailingRatioNeverReadsAsPassing() {
        XCTAssertEqual(ColorContrast.format(4.478), "4.48")
        XCTAssertEqual(ColorContrast.format(4.4999), "4.49")
        XCTAssertEqual(ColorContrast.format(2.996), "2.99")
        XCTAssertEqual(ColorContrast.format(2.526), "2.53")
        XCTAssertEqual(ColorContrast.format(21), "21")
        XCTAssertEqual(ColorContrast.format(2.5), "2.5")
    }

    func testParsesTheAcceptedFormsAndRejectsOthers() {
        XCTAssertEqual(BrandColor("#abc"), BrandColor(red: 0xaa, green: 0xbb, blue: 0xcc))
        XCTAssertEqual(BrandColor("#1D4F91"), BrandColor(red: 0x1d, green: 0x4f, blue: 0x91))
        XCTAssertEqual(BrandColor("rgb(29, 79, 145)"), BrandColor(red: 29, green: 79, blue: 145))
        XCTAssertEqual(BrandColor("#1d4f91")?.hex, "#1d4f91")
        for bad in ["1d4f91", "#1d4f9", "#1d4f911", "#ggg", "blue", "rgb(1,2)", "rgb(1,2,300)", "rgb(1,2,3,4)", "", "#１２３", "#ａｂｃｄｅｆ"] {
            XCTAssertNil(BrandColor(bad), bad)
        }
    }

    func testHSLRoundTripKeepsTheColour() {
        for hex in ["#1d4f91", "#6fa8dc", "#ffdd00", "#7a1f5c", "#777777", "#000000", "#ffffff"] {
            let color = BrandColor(hex)!
            XCTAssertEqual(BrandColor(color.hsl), color, hex)
        }
    }

    func testNearestShadeKeepsTheHueAndJustPasses() throws {
        let light = BrandColor("#6fa8dc")!
        let shade = try XCTUnwrap(ColorContrast.nearestShade(of: light) { ColorContrast.ratio($0, .white) >= 4.5 })
        XCTAssertGreaterThanOrEqual(ColorContrast.ratio(shade, .white), 4.5)
        XCTAssertLessThan(ColorContrast.ratio(shade, .white), 4.8, "the nearest shade, not black")
        XCTAssertEqual(shade.hsl.hue, light.hsl.hue, accuracy: 3)
        XCTAssertLessThan(shade.hsl.lightness, light.hsl.lightness)
        // Dark text on a colour: the passing shade is lighter.
        let dark = BrandColor("#1d4f91")!
        let lighter = try XCTUnwrap(ColorContrast.nearestShade(of: dark) { ColorContrast.ratio($0, BrandColor("#0b0c0c")!) >= 4.5 })
        XCTAssertGreaterThan(lighter.hsl.lightness, dark.hsl.lightness)
    }

    func testContrastCheckNamesSettingRatioAndShade() {
        var colors = BrandSettings.Colors()
        colors.link = BrandColor("#6fa8dc")
        colors.positions["link"] = .init(file: "site.yml", line: 6, column: 11)
        colors.accent = BrandColor("#ffdd00")
        colors.positions["accent"] = .init(file: "site.yml", line: 7, column: 13)
        let problems = BrandContrastCheck.check(colors)
        XCTAssertEqual(problems.count, 1, "\(problems)")
        let message = problems.first?.description ?? ""
        XCTAssertTrue(message.hasPrefix("site.yml:6:11: error: brand.colors.link #6fa8dc on the light grey footer"), message)
        XCTAssertTrue(message.contains(" is 2.26:1"), message)
        XCTAssertTrue(message.contains("#2b72b2 is 4.52:1 there, the nearest shade"), message)
    }

    func testContrastCheckPassesTheThemeDefaultsAndChecksHoverAndVisited() {
        var colors = BrandSettings.Colors()
        for (key, hex) in [("primary", "#1d4f91"), ("link", "#1a5a96"), ("link_visited", "#4c2c92"), ("link_hover", "#003078"), ("accent", "#ffdd00")] {
            colors.positions[key] = .init(file: "site.yml", line: 1, column: 1)
            let color = BrandColor(hex)
            switch key {
            case "primary": colors.primary = color
            case "link": colors.link = color
            case "link_visited": colors.linkVisited = color
            case "link_hover": colors.linkHover = color
            default: colors.accent = color
            }
        }
        XCTAssertEqual(BrandContrastCheck.check(colors), [])
        colors.linkVisited = BrandColor("#b39ddb")
        colors.linkHover = BrandColor("#90caf9")
        XCTAssertEqual(BrandContrastCheck.check(colors).map { String($0.message.prefix(24)) }, ["brand.colors.link_visite", "brand.colors.link_hover "])
    }

    func testHeaderBackgroundIsMeasuredAgainstWhiteHeaderText() {
        var colors = BrandSettings.Colors()
        colors.headerBackground = BrandColor("#767676")
        colors.positions["header_background"] = .init(file: "site.yml", line: 3, column: 5)
        XCTAssertEqual(BrandContrastCheck.check(colors), [], "4.54:1 passes")
        colors.headerBackground = BrandColor("#777777")
        let message = BrandContrastCheck.check(colors).first?.message ?? ""
        XCTAssertTrue(message.contains("#777777 behind the white header text is 4.48:1"), message)
        XCTAssertTrue(message.contains("#767676 is 4.54:1"), message)
    }
}
