import PamphletEscaping

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

    /// The attributes whose value gets the prefix, each with the space before
    /// it, up to and including its opening quote; `href` also wants a `#` after it.
    private static let attributes = [" id=\"", " href=\"", " aria-describedby=\""].map { Array($0.utf8) }

    /// Copies the bytes between changes in runs, rather than one at a time.
    /// Every change starts at a `<` (a heading tag) or ends at a `"` (an
    /// attribute), so only those two bytes are looked at, eight bytes at a
    /// time: stopping at every space to compare attribute names (most words
    /// start with a space) took most of the printable pages' time here.
    private static func embed(_ bytes: UnsafeBufferPointer<UInt8>, prefix: [UInt8]) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 256)
        var copied = 0
        var index = 0
        let count = bytes.count
        while index < count {
            // Eight bytes without a `<` or `"` are skipped at once, and
            // otherwise the bytes before the first of them.
            if index + 8 <= count {
                let markers = markerBytes(ByteWord.load(bytes, at: index))
                if markers == 0 {
                    index += 8
                    continue
                }
                index += ByteWord.firstFlagged(markers)
            }
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
            if byte == UInt8(ascii: "\""), let end = attributeValueStart(bytes, quote: index, from: copied) {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<end]))
                out.append(contentsOf: prefix)
                index = end
                copied = end
                continue
            }
            index += 1
        }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<count]))
        return String(decoding: out, as: UTF8.self)
    }

    /// Where the value starts when the quote at `quote` opens ` id="`,
    /// ` href="#` (after the `#`) or ` aria-describedby="`, none of it before `from`.
    @inline(__always)
    private static func attributeValueStart(_ bytes: UnsafeBufferPointer<UInt8>, quote: Int, from: Int) -> Int? {
        // Most quotes close a value or open one of another attribute (`class="`).
        guard quote >= 2, bytes[quote - 1] == UInt8(ascii: "="),
              bytes[quote - 2] == UInt8(ascii: "d") || bytes[quote - 2] == UInt8(ascii: "f") || bytes[quote - 2] == UInt8(ascii: "y")
        else { return nil }
        for attribute in attributes {
            let start = quote + 1 - attribute.count
            guard start >= from, bytes[start] == UInt8(ascii: " "),
                  UnsafeBufferPointer(rebasing: bytes[start...quote]).elementsEqual(attribute) else { continue }
            if attribute.count == 7 {
                // ` href="`: only an in-page link, `#x`.
                guard quote + 1 < bytes.count, bytes[quote + 1] == UInt8(ascii: "#") else { return nil }
                return quote + 2
            }
            return quote + 1
        }
        return nil
    }

    /// Zero when none of the word's eight bytes is a `<` or a `"`; otherwise
    /// `ByteWord.firstFlagged` finds the first of them.
    @inline(__always)
    private static func markerBytes(_ word: UInt64) -> UInt64 {
        ByteWord.zeroBytes(word ^ ByteWord.repeated(UInt8(ascii: "<"))) | ByteWord.zeroBytes(word ^ ByteWord.repeated(UInt8(ascii: "\"")))
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
