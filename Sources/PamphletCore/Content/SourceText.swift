import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The system's `read(2)`, named apart from `SourceText.read`.
private func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
    #if canImport(Glibc)
    Glibc.read(descriptor, buffer, count)
    #else
    Darwin.read(descriptor, buffer, count)
    #endif
}

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
        return .success(hasCarriageReturn ? unixLineEnds(text) : text)
    }

    /// The same as `read(_:display:)` for a file's path, with the system's
    /// own calls: `Data(contentsOf:)` and the URL cost more than the reading
    /// for 10,000 small pages. When anything fails, `read(_:display:)` says why.
    static func read(path: String, display: String) -> Result<String, Diagnostic> {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return read(URL(fileURLWithPath: path, isDirectory: false), display: display) }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return read(URL(fileURLWithPath: path, isDirectory: false), display: display) }
        // One byte more than the size, so that one read finds the end of a file that did not grow.
        var bytes = [UInt8](repeating: 0, count: max(Int(info.st_size), 0) + 1)
        var filled = 0
        while true {
            if filled == bytes.count { bytes.append(contentsOf: repeatElement(0, count: bytes.count)) }
            let count = bytes.withUnsafeMutableBytes { systemRead(descriptor, $0.baseAddress! + filled, $0.count - filled) }
            if count < 0, errno == EINTR { continue }
            guard count >= 0 else { return read(URL(fileURLWithPath: path, isDirectory: false), display: display) }
            if count == 0 { break }
            filled += count
        }
        bytes.removeSubrange(filled...)
        // `String(data:encoding:)` drops a UTF-8 byte order mark; a second is dropped below, as there.
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes[3...] : bytes[...]
        guard var text = String(validating: body, as: UTF8.self) else {
            return read(URL(fileURLWithPath: path, isDirectory: false), display: display)
        }
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        let hasCarriageReturn = bytes.withUnsafeBytes { buffer in buffer.baseAddress.map { memchr($0, 0x0D, buffer.count) != nil } ?? false }
        return .success(hasCarriageReturn ? unixLineEnds(text) : text)
    }

    private static func unixLineEnds(_ text: String) -> String {
        text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
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
