import CMark
import Foundation

extension MarkdownNode {
    /// The words a reader sees in this node: text and code spans, breaks as
    /// spaces, image alt text; raw HTML left out.
    public var plainText: String {
        String(decoding: plainTextBytes(trimmingSpaces: false), as: UTF8.self)
    }

    /// `plainText` without the spaces and tabs at either end, and nil when
    /// it starts or ends with other bytes that may be Unicode spaces, which
    /// the caller trims with Unicode's tables. (Read from cmark's bytes at
    /// once: a String made per text node and appended was most of the cost
    /// of reading a page's prose.)
    public var plainTextTrimmingASCIISpaces: String? {
        let bytes = plainTextBytes(trimmingSpaces: true)
        guard bytes.first.map({ $0 < 0x80 }) ?? true, bytes.last.map({ $0 < 0x80 }) ?? true else { return nil }
        return String(decoding: bytes, as: UTF8.self)
    }

    private func plainTextBytes(trimmingSpaces: Bool) -> ArraySlice<UInt8> {
        var bytes: [UInt8] = []
        // Most paragraphs fit: growing from empty copied each one several times.
        bytes.reserveCapacity(512)
        appendPlainText(to: &bytes)
        var slice = bytes[...]
        if trimmingSpaces {
            while let first = slice.first, first == 0x20 || first == 0x09 { slice.removeFirst() }
            while let last = slice.last, last == 0x20 || last == 0x09 { slice.removeLast() }
        }
        return slice
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
