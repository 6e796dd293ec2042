import Foundation

/// Reads a text file as strict UTF-8 with "\n" line ends.
enum SourceText {
    static func read(_ url: URL, display: String) -> Result<String, Diagnostic> {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            return .failure(.error("could not read the file: \(error.localizedDescription)", file: display, code: "read"))
        }
        guard var text = String(data: data, encoding: .utf8), String(decoding: data, as: UTF8.self).utf8.count == data.count else {
            let (line, column) = firstInvalidByte(in: data)
            return .failure(.error(
                "the file is not valid UTF-8 text; save it as UTF-8 in your editor",
                file: display, line: line, column: column, code: "encoding"))
        }
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        // A byte scan of the file's bytes: `contains("\r")` with a String
        // argument is Foundation's substring search, which copies the text
        // through NSString, and even `text.utf8.contains` checks each byte slowly.
        let hasCarriageReturn = data.withUnsafeBytes { bytes in bytes.baseAddress.map { memchr($0, 0x0D, bytes.count) != nil } ?? false }
        if hasCarriageReturn {
            text = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        }
        return .success(text)
    }

    /// Line and column of the first byte that breaks UTF-8, for the message.
    private static func firstInvalidByte(in data: Data) -> (Int, Int) {
        var line = 1
        var lineStart = 0
        let bytes = [UInt8](data)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            let length: Int
            switch byte {
            case 0x00...0x7F: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return (line, index - lineStart + 1)
            }
            guard index + length <= bytes.count,
                  bytes[(index + 1)..<(index + length)].allSatisfy({ $0 & 0xC0 == 0x80 }),
                  String(bytes: bytes[index..<(index + length)], encoding: .utf8) != nil
            else { return (line, index - lineStart + 1) }
            if byte == 0x0A {
                line += 1
                lineStart = index + 1
            }
            index += length
        }
        return (line, 1)
    }
}
