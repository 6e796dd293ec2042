/// A page's rendered HTML made to sit inside a section's printable page,
/// among the section's other pages.
enum PrintedPageHTML {
    /// Headings one level down (the page's title is the `h2` above them), and
    /// every `id="x"`, in-page link `href="#x"` and `aria-describedby="x"`
    /// given `prefix`, so the pages' heading and term ids do not clash.
    /// Only tags hold a literal `<h` or `"` (escaped text has `&lt;`, `&quot;`).
    /// One pass over the bytes: Foundation's replacingOccurrences, eighteen
    /// times over every page, made the printable pages most of a build's time.
    static func embed(_ html: String, idPrefix prefix: String) -> String {
        var html = html
        return html.withUTF8 { embed($0, prefix: Array(prefix.utf8)) }
    }

    /// The attributes whose value gets the prefix, each with the space before it.
    private static let attributes = [" id=\"", " href=\"#", " aria-describedby=\""].map { Array($0.utf8) }

    /// Copies the bytes between changes in runs, rather than one at a time.
    private static func embed(_ bytes: UnsafeBufferPointer<UInt8>, prefix: [UInt8]) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 256)
        var index = 0
        var copied = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "<"), let level = headingLevel(bytes, at: index) {
                // `<hN>` / `<hN ` / `</hN>` with N from 1 to 5 becomes N + 1.
                let digit = bytes[index + 1] == UInt8(ascii: "/") ? index + 3 : index + 2
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<digit]))
                out.append(UInt8(ascii: "0") + level + 1)
                index = digit + 1
                copied = index
                continue
            }
            // The byte after the space rules out most spaces (words of text) before any comparison.
            if byte == UInt8(ascii: " "), index + 1 < bytes.count, Self.attributeStarts(bytes[index + 1]),
               let attribute = attributes.first(where: { bytes[index...].starts(with: $0) }) {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<index]))
                out.append(contentsOf: attribute)
                out.append(contentsOf: prefix)
                index += attribute.count
                copied = index
                continue
            }
            index += 1
        }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<bytes.count]))
        return String(decoding: out, as: UTF8.self)
    }

    /// A first letter of ` id=`, ` href="#`, ` aria-describedby=`.
    @inline(__always)
    private static func attributeStarts(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "i") || byte == UInt8(ascii: "h") || byte == UInt8(ascii: "a")
    }

    /// The level (1 to 5) of a heading tag starting at `index`, or nil.
    private static func headingLevel(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> UInt8? {
        var cursor = index + 1
        let closing = cursor < bytes.count && bytes[cursor] == UInt8(ascii: "/")
        if closing { cursor += 1 }
        guard cursor + 2 < bytes.count, bytes[cursor] == UInt8(ascii: "h"),
              (UInt8(ascii: "1")...UInt8(ascii: "5")).contains(bytes[cursor + 1]) else { return nil }
        let after = bytes[cursor + 2]
        guard after == UInt8(ascii: ">") || (!closing && after == UInt8(ascii: " ")) else { return nil }
        return bytes[cursor + 1] - UInt8(ascii: "0")
    }
}
