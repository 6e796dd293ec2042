import Foundation

/// Width and height of a PNG, JPEG or SVG read from its first bytes, so the
/// header can give the logo's size and the page does not jump as it loads.
public enum ImageSize {
    /// Nil when the format is not one of these or the size is not stated.
    public static func of(_ data: Data) -> (width: Int, height: Int)? {
        let bytes = [UInt8](data.prefix(64 * 1024))
        return png(bytes) ?? jpeg(bytes) ?? svg(data)
    }

    /// PNG: the IHDR chunk comes first, width and height as big-endian 32-bit numbers.
    static func png(_ bytes: [UInt8]) -> (width: Int, height: Int)? {
        let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        guard bytes.count >= 24, Array(bytes[0..<8]) == signature, Array(bytes[12..<16]) == Array("IHDR".utf8) else { return nil }
        let width = bigEndian(bytes, 16, 4), height = bigEndian(bytes, 20, 4)
        return width > 0 && height > 0 ? (width, height) : nil
    }

    /// JPEG: walk the segments to the first start-of-frame (SOF0 to SOF15,
    /// except DHT, JPG and DAC), which holds height then width.
    static func jpeg(_ bytes: [UInt8]) -> (width: Int, height: Int)? {
        guard bytes.count > 4, bytes[0] == 0xFF, bytes[1] == 0xD8 else { return nil }
        var index = 2
        while index + 9 < bytes.count {
            guard bytes[index] == 0xFF else { return nil }
            let marker = bytes[index + 1]
            if marker == 0xFF { index += 1; continue }
            let length = bigEndian(bytes, index + 2, 2)
            if (0xC0...0xCF).contains(marker), ![0xC4, 0xC8, 0xCC].contains(marker) {
                let height = bigEndian(bytes, index + 5, 2), width = bigEndian(bytes, index + 7, 2)
                return width > 0 && height > 0 ? (width, height) : nil
            }
            guard length >= 2 else { return nil }
            index += 2 + length
        }
        return nil
    }

    /// SVG: `width` and `height` on the root element in plain numbers or
    /// px, else the `viewBox`'s width and height.
    static func svg(_ data: Data) -> (width: Int, height: Int)? {
        let text = String(decoding: data.prefix(64 * 1024), as: UTF8.self)
        guard let start = text.range(of: "<svg"), let end = text.range(of: ">", range: start.upperBound..<text.endIndex) else { return nil }
        let tag = String(text[start.upperBound..<end.lowerBound])
        if let width = attribute("width", in: tag).flatMap(length), let height = attribute("height", in: tag).flatMap(length) {
            return (width, height)
        }
        guard let box = attribute("viewBox", in: tag) else { return nil }
        let numbers = box.split(whereSeparator: { $0 == " " || $0 == "," || $0.isNewline }).compactMap { Double($0) }
        guard numbers.count == 4, numbers[2] > 0, numbers[3] > 0 else { return nil }
        return (Int(numbers[2].rounded()), Int(numbers[3].rounded()))
    }

    private static func attribute(_ name: String, in tag: String) -> String? {
        for quote in ["\"", "'"] {
            let pattern = " " + name + "=" + quote
            if let range = tag.range(of: pattern) ?? tag.range(of: "\n" + name + "=" + quote) ?? tag.range(of: "\t" + name + "=" + quote),
               let close = tag.range(of: quote, range: range.upperBound..<tag.endIndex) {
                return String(tag[range.upperBound..<close.lowerBound])
            }
        }
        return nil
    }

    /// "120", "120px", "120.5": a length in pixels; nil for %, em and other units.
    private static func length(_ text: String) -> Int? {
        var value = text.trimmingCharacters(in: .whitespaces)
        if value.hasSuffix("px") { value.removeLast(2) }
        guard let number = Double(value), number > 0 else { return nil }
        return Int(number.rounded())
    }

    private static func bigEndian(_ bytes: [UInt8], _ start: Int, _ count: Int) -> Int {
        guard start + count <= bytes.count else { return 0 }
        return bytes[start..<start + count].reduce(0) { $0 << 8 | Int($1) }
    }
}
