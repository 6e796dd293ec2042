import CMark

extension MarkdownNode {
    /// The words a reader sees in this node: text and code spans, breaks as
    /// spaces, image alt text; raw HTML left out.
    public var plainText: String {
        var text = ""
        appendPlainText(to: &text)
        return text
    }

    private func appendPlainText(to text: inout String) {
        switch kind {
        case .text, .code:
            text += literal ?? ""
        case .softBreak, .lineBreak:
            text += " "
        case .htmlInline, .htmlBlock:
            return
        default:
            var child = firstChild
            while let node = child {
                node.appendPlainText(to: &text)
                node.kind.isBlock ? text += " " : ()
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
