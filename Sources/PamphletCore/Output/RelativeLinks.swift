/// `links.relative` / `--relative`: rewrites a finished HTML file's internal
/// addresses (`/health/genes/`) as paths relative to that file
/// (`../genes/index.html`), so the folder works opened from the disk, where
/// there is no server to turn a folder into its index.html.
///
/// It runs on the written HTML, after every template, so pages, the A to Z,
/// the glossary, the 404 page, redirects and any theme's own links are
/// covered alike. Only `href="`, `src="` and a refresh's `content="0; url=`
/// are read: each holds a literal `"`, which escaped text never does
/// (it is `&quot;` there), so a page's prose is never changed. Absolute
/// addresses (canonical, og:url, JSON-LD) do not start with the base path
/// and stay as they are.
struct RelativeLinks: Sendable {
    /// `/` or `/health/`, as `BaseURL.path`.
    let basePath: String

    private static let markers: [[UInt8]] = [Array("href=\"".utf8), Array("src=\"".utf8), Array("content=\"0; url=".utf8)]

    /// `file`: the file's path inside the output folder, such as `genes/index.html`.
    func rewrite(_ html: String, file: String) -> String {
        let bytes = Array(html.utf8)
        let base = Array(basePath.utf8)
        let up = Array(String(repeating: "../", count: file.utf8.filter { $0 == UInt8(ascii: "/") }.count).utf8)
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count + bytes.count / 16)
        var copied = 0
        var index = 0
        while index < bytes.count {
            guard index > 0, Self.isSpace(bytes[index - 1]), let marker = Self.markers.first(where: { Self.matches(bytes, at: index, $0) }) else {
                index += 1
                continue
            }
            let start = index + marker.count
            guard let end = bytes[start...].firstIndex(of: UInt8(ascii: "\"")) else { break }
            if let relative = relativeValue(bytes[start..<end], base: base, up: up) {
                result += bytes[copied..<start]
                result += relative
                copied = end
            }
            index = end
        }
        guard copied > 0 else { return html }
        result += bytes[copied...]
        return String(decoding: result, as: UTF8.self)
    }

    /// Nil when the address is not one of the site's own (another site, a fragment, `//host`).
    private func relativeValue(_ value: ArraySlice<UInt8>, base: [UInt8], up: [UInt8]) -> [UInt8]? {
        guard value.starts(with: base) else { return nil }
        let rest = value.dropFirst(base.count)
        if rest.first == UInt8(ascii: "/") { return nil }  // "//host/..." with the base path "/"
        let cut = rest.firstIndex { $0 == UInt8(ascii: "#") || $0 == UInt8(ascii: "?") } ?? rest.endIndex
        var path = Array(rest[..<cut])
        // A folder is its index.html: from the disk nothing fills that in.
        if path.isEmpty || path.last == UInt8(ascii: "/") { path += Array("index.html".utf8) }
        return up + path + Array(rest[cut...])
    }

    private static func matches(_ bytes: [UInt8], at index: Int, _ marker: [UInt8]) -> Bool {
        guard index + marker.count <= bytes.count else { return false }
        return bytes[index..<(index + marker.count)].elementsEqual(marker)
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\r")
    }
}
