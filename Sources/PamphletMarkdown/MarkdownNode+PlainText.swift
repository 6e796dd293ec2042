import CMark
import Foundation

extension MarkdownNode {
    /// The words a reader sees in this node: text and code spans, breaks as
    /// spaces, image alt text; raw HTML left out.
    public var plainText: String {
        var buffer: [UInt8] = []
        return plainText(buffer: &buffer)
    }

    /// `plainText`, gathered in `buffer` (emptied first): a caller asking for
    /// many nodes' text reuses one buffer instead of allocating one per node.
    public func plainText(buffer: inout [UInt8]) -> String {
        let range = plainTextBytes(trimmingSpaces: false, buffer: &buffer)
        return String(decoding: buffer[range], as: UTF8.self)
    }

    /// `plainText` without the spaces and tabs at either end, and nil when
    /// it starts or ends with other bytes that may be Unicode spaces, which
    /// the caller trims with Unicode's tables. (Read from cmark's bytes at
    /// once: a String made per text node and appended was most of the cost
    /// of reading a page's prose.)
    public var plainTextTrimmingASCIISpaces: String? {
        var buffer: [UInt8] = []
        return plainTextTrimmingASCIISpaces(buffer: &buffer)
    }

    /// `plainTextTrimmingASCIISpaces`, gathered in `buffer` (see `plainText(buffer:)`).
    public func plainTextTrimmingASCIISpaces(buffer: inout [UInt8]) -> String? {
        let range = plainTextBytes(trimmingSpaces: true, buffer: &buffer)
        let bytes = buffer[range]
        guard bytes.first.map({ $0 < 0x80 }) ?? true, bytes.last.map({ $0 < 0x80 }) ?? true else { return nil }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The plain text's bytes in `buffer`, and the range of them to use.
    private func plainTextBytes(trimmingSpaces: Bool, buffer: inout [UInt8]) -> Range<Int> {
        buffer.removeAll(keepingCapacity: true)
        // Most paragraphs fit: growing from empty copied each one several times.
        buffer.reserveCapacity(512)
        appendPlainText(to: &buffer)
        var start = 0, end = buffer.count
        if trimmingSpaces {
            while start < end, buffer[start] == 0x20 || buffer[start] == 0x09 { start += 1 }
            while end > start, buffer[end - 1] == 0x20 || buffer[end - 1] == 0x09 { end -= 1 }
        }
        return start..<end
    }

    private func appendPlainText(to bytes: inout [UInt8]) {
        switch kind {
        case .text, .code:
            withLiteralBytes { bytes.append(contentsOf: $0) }
        case .softBreak, .lineBreak:
            bytes.append(0x20)
        case .htmlInline, .htmlBlock:
            return
        default:
            var child = firstChild
            while let node = child {
                node.appendPlainText(to: &bytes)
                if node.kind.isBlock { bytes.append(0x20) }
                child = node.next
            }
        }
    }
}

extension MarkdownNode.Kind {
    public var isBlock: Bool {
        switch self {
        case .document, .blockQuote, .list, .item, .codeBlock, .htmlBlock, .customBlock,
             .paragraph, .heading, .thematicBreak:
            return true
        default:
            return false
        }
    }
}
