import Foundation
import XCTest

/// Nothing outside the site folder (and the theme built into Pamphlet) is
/// read or published: a symbolic link in a theme, layouts/, i18n/ or for
/// site.yml that leads out of the site is an error, and what is published
/// is always a plain file, never a link.
final class SymbolicLinkTests: XCTestCase {
    private let secret = "root:x:0:0:secret-line-from-outside"

    /// A file outside any site, removed when the test ends.
    private func outsideFile(_ text: String, name: String = "secret") throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("pamphlet-e2e-outside-\(UUID().uuidString)-\(name)")
        try Data(text.utf8).write(to: url)
        addTeardownBlock { try? FileManager.default.removeItem(at: url) }
        return url
    }

    /// The built-in theme copied into the site as themes/default.
    private func copyBuiltInTheme(into site: FixtureSite, at relative: String = "themes/default") throws {
        let builtIn = Pamphlet.productsDirectory.appendingPathComponent("Pamphlet_PamphletCore.resources/themes/default")
        try FileManager.default.createDirectory(at: site.url(relative).deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: builtIn, to: site.url(relative))
    }

    private func link(_ site: FixtureSite, _ relative: String, to destination: String) throws {
        try FileManager.default.createDirectory(at: site.url(relative).deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: site.url(relative).path, withDestinationPath: destination)
    }

    func testLayoutLinkedOutsideTheSite() throws {
        let outside = try outsideFile(secret + "\n")
        let result = try assertBuildRejected([
            "layouts/partials/footer.mustache: error: this leads through a symbolic link to \(outside.resolvingSymlinksInPath().path), "
                + "outside the site folder; Pamphlet reads only files inside the site, so copy the file here instead of linking to it [outside-root]",
        ]) {
            try self.link($0, "layouts/partials/footer.mustache", to: outside.path)
        }
        XCTAssertFalse(result.stderr.contains("secret-line"))
    }

    func testThemeAssetLinkedOutsideTheSite() throws {
        let outside = try outsideFile(secret + "\n")
        try assertBuildRejected(["themes/default/assets/logo.svg: error: this leads through a symbolic link to "]) {
            try self.copyBuiltInTheme(into: $0)
            try self.link($0, "themes/default/assets/logo.svg", to: outside.path)
        }
    }

    func testThemeFolderLinkedOutsideTheSite() throws {
        let elsewhere = FileManager.default.temporaryDirectory.appendingPathComponent("pamphlet-e2e-theme-\(UUID().uuidString)")
        addTeardownBlock { try? FileManager.default.removeItem(at: elsewhere) }
        let holder = try FixtureSite([:], testCase: self)
        try copyBuiltInTheme(into: holder, at: "theme")
        try FileManager.default.moveItem(at: holder.url("theme"), to: elsewhere)
        try assertBuildRejected(["themes/default: error: this leads through a symbolic link to "]) {
            try self.link($0, "themes/default", to: elsewhere.path)
        }
    }

    func testWordsLinkedOutsideTheSite() throws {
        let outside = try outsideFile("read_more: \"\(secret)\"\n")
        try assertBuildRejected(["i18n/en.yml: error: this leads through a symbolic link to "]) {
            try self.link($0, "i18n/en.yml", to: outside.path)
        }
    }

    func testSettingsLinkedOutsideTheSite() throws {
        let outside = try outsideFile(Fixtures.siteYML)
        try assertBuildRejected(["site.yml: error: this leads through a symbolic link to "]) {
            try $0.remove("site.yml")
            try self.link($0, "site.yml", to: outside.path)
        }
    }

    func testLinkInsideTheSiteIsPublishedAsAPlainFile() throws {
        let site = try FixtureSite(Fixtures.tinySite, testCase: self)
        try copyBuiltInTheme(into: site)
        try link(site, "themes/default/assets/logo.svg", to: "../../../content/images/a.svg")
        try site.buildCleanly()
        let published = site.output.appendingPathComponent("assets/logo.svg").path
        let attributes = try FileManager.default.attributesOfItem(atPath: published)
        XCTAssertEqual(attributes[.type] as? FileAttributeType, .typeRegular, "a link was published")
        XCTAssertEqual(site.output("assets/logo.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n")
    }
}
