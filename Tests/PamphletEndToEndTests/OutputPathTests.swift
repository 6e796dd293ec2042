import Foundation
import XCTest

/// What would be written is checked before anything is: a content file
/// never replaces a file Pamphlet makes, and an address the file system
/// cannot hold is named with its file and line, not left to the write stage.
final class OutputPathTests: XCTestCase {
    private let second = "content/topics/second.md"

    func testContentFilesCannotReplaceFilesPamphletMakes() throws {
        try assertBuildRejected([
            "content/sitemap.xml: error: this file would replace the sitemap, which Pamphlet writes at /sitemap.xml; remove it",
            "content/robots.txt: error: this file would replace robots.txt, which Pamphlet writes at /robots.txt; remove it",
            "content/404.html: error: this file would replace the 404 page, which Pamphlet writes at /404.html; remove it, "
                + "and put a 404.mustache template in layouts/ to change that page [reserved-file]",
            "content/a-z/index.html: error: this file would replace the A to Z index, which Pamphlet writes at /a-z/index.html",
        ]) {
            try $0.write([
                "content/sitemap.xml": "<urlset/>\n", "content/robots.txt": "User-agent: *\n",
                "content/404.html": "<p>Lost</p>\n", "content/a-z/index.html": "<p>Index</p>\n",
            ])
        }
    }

    func testContentFileCannotReplaceTheGlossaryPage() throws {
        try assertBuildRejected([
            "content/glossary/index.html: error: this file would replace the glossary page, which Pamphlet writes at /glossary/index.html",
        ]) {
            try $0.write([
                "content/glossary.yml": "- term: gene\n  definition: A short piece of DNA.\n",
                "content/glossary/index.html": "<p>Words</p>\n",
            ])
        }
    }

    func testContentFileCannotReplaceAThemeAsset() throws {
        let site = try FixtureSite(Fixtures.tinySite, testCase: self)
        try site.buildCleanly()
        let stylesheet = try XCTUnwrap(FixtureSite.files(in: site.output).first { $0.hasPrefix("assets/style.") })
        try assertBuildRejected([
            "content/\(stylesheet): error: this file would replace the theme's file ",
        ]) {
            try $0.write(["content/\(stylesheet)": "body { color: red }\n"])
        }
    }

    func testAddressThatTurnsAFileIntoAFolder() throws {
        // Was: "Write site failed: could not write .../index.html/index.html: Not a directory [internal]".
        try assertBuildRejected([
            "content/topics/second.md:3:1: error: its output /index.html/index.html needs /index.html to be a folder, "
                + "but the page content/_index.md is published there as a file; give the page a shorter or different 'url' [output-path]",
        ]) {
            try $0.write([self.second: "---\ntitle: Second topic\nurl: /index.html/\n---\n\nText.\n"])
        }
        try assertBuildRejected([
            "content/topics/second.md:3:1: error: its output /images/a.svg/index.html needs /images/a.svg to be a folder, "
                + "but content/images/a.svg is published there as a file",
        ]) {
            try $0.write([self.second: "---\ntitle: Second topic\nurl: /images/a.svg/\n---\n\nText.\n"])
        }
    }

    func testSlugLongerThanAFileName() throws {
        // Was: "Write site failed: ... File name too long [internal]".
        try assertBuildRejected([
            "content/topics/second.md:3:1: error: the name '\(String(repeating: "x", count: 40))…' in its output path is 300 bytes long, "
                + "and the file system allows 255 in one name; give the page a shorter or different 'slug' [output-path]",
        ]) {
            try $0.write([self.second: "---\ntitle: Second topic\nslug: \(String(repeating: "x", count: 300))\n---\n\nText.\n"])
        }
    }

    func testURLLongerThanAPath() throws {
        let parts = Array(repeating: String(repeating: "y", count: 200), count: 21)
        try assertBuildRejected([
            "content/topics/second.md:3:1: error: its output path is 4231 bytes long, and with the output folder's path the file system allows ",
        ]) {
            try $0.write([self.second: "---\ntitle: Second topic\nurl: /\(parts.joined(separator: "/"))/\n---\n\nText.\n"])
        }
    }

    func testAliasFileNameLongerThanAFileName() throws {
        // An old .html address is written as a file, first under a longer hidden name.
        let name = String(repeating: "z", count: 245) + ".html"
        try assertBuildRejected([
            "content/topics/second.md:4:5: error: the name '\(String(repeating: "z", count: 40))…' in its output path is 250 bytes long, "
                + "and the file system allows 241 in one name; change or remove the alias [output-path]",
        ]) {
            try $0.write([self.second: "---\ntitle: Second topic\naliases:\n  - /\(name)\n---\n\nText.\n"])
        }
    }
}
