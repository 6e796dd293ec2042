import XCTest
@testable import PamphletCore

final class ShortcodeScannerTests: XCTestCase {
    func testTagsOutsideCodeOnly() {
        let text = """
            {{< youtube abc >}}

            Text `{{< ref "x" >}}` and ``{% raw %}`` here, then {% include a.html %}.

            ```
            {{% notice %}}
            ```

                {{< indented >}}

            - item

                {{< figure src="a.png"
                  alt="A" >}}

            Escaped \\{{< not >}} and {{% notice warning %}}
            """
        let found = ShortcodeScanner.scan(text)
        XCTAssertEqual(found.map(\.name), ["youtube", "include", "figure", "notice"])
        XCTAssertEqual(found.map(\.line), [1, 3, 13, 16])
        XCTAssertEqual(found.map(\.column), [1, 53, 5, 26])
        XCTAssertEqual(found[2].inner, "figure src=\"a.png\"\n      alt=\"A\"")
    }

    func testPagesWithoutTagsAreANo() {
        XCTAssertFalse(ShortcodeScanner.mayContain("Plain text with { braces } and % signs."))
        XCTAssertFalse(ShortcodeScanner.mayContain("Ends with {"))
        XCTAssertTrue(ShortcodeScanner.mayContain("{ a {%"))
        XCTAssertTrue(ShortcodeScanner.mayContain(Substring("x {{")))
        XCTAssertEqual(ShortcodeScanner.scan("A {{ variable }} is not a shortcode, and { % } is nothing."), [])
    }
}
