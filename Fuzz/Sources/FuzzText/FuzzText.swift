import Foundation
import PamphletEscaping
import PamphletMarkdown

/// libFuzzer target: any text through the pieces that turn writers' text
/// into HTML and addresses, checking what each promises.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzText(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)

    // Escaping: no raw special byte survives, and unescaping gives the text back.
    let escaped = HTMLEscaping.escape(text)
    for byte in escaped.utf8 where byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
        fail("escaping left \(Character(Unicode.Scalar(byte))) in \(text.debugDescription)")
    }
    if unescape(escaped) != text { fail("escaping lost text: \(text.debugDescription)") }

    // Slugs are what URL segments and heading ids are made of.
    let slug = Slug.make(text)
    if !slug.utf8.allSatisfy({ ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2D }) {
        fail("slug \(slug.debugDescription) of \(text.debugDescription) is not lowercase ASCII words and hyphens")
    }
    if slug.hasPrefix("-") || slug.hasSuffix("-") || slug.contains("--") {
        fail("slug \(slug.debugDescription) of \(text.debugDescription) has a stray hyphen")
    }

    // Markdown without raw HTML: whatever the text, no tag of the writer's survives.
    let html = MarkdownDocument(parsing: text).renderHTML()
    let lower = html.lowercased()
    if lower.contains("<x-pwn") || lower.contains("<script") || lower.contains("=\"javascript:") || lower.contains("=\"vbscript:") {
        fail("Markdown made markup from \(text.debugDescription): \(html)")
    }
    return 0
}

/// By bytes: Foundation's replacingOccurrences works on Characters, and
/// `&amp;` followed by a combining mark would not be found.
private func unescape(_ escaped: String) -> String {
    let source = Array(escaped.utf8)
    let entities: [(String, UInt8)] = [("&amp;", 0x26), ("&lt;", 0x3C), ("&gt;", 0x3E), ("&quot;", 0x22), ("&#39;", 0x27)]
    var bytes: [UInt8] = []
    var index = 0
    outer: while index < source.count {
        for (entity, byte) in entities where source[index...].starts(with: entity.utf8) {
            bytes.append(byte)
            index += entity.utf8.count
            continue outer
        }
        bytes.append(source[index])
        index += 1
    }
    return String(decoding: bytes, as: UTF8.self)
}

private func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("FUZZ FINDING: \(message)\n".utf8))
    abort()
}
