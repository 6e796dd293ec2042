import CMark

extension MarkdownDocument {
    /// Merges neighbouring text nodes into one. cmark's parser can split a
    /// run of plain text at characters it had to look at twice (`[`, `!`,
    /// `'` with smart punctuation), so a phrase such as "double helix" may
    /// otherwise sit in two nodes. The HTML written is the same.
    public func consolidateTextNodes() {
        cmark_consolidate_text_nodes(root)
    }

    /// Text nodes in document order, skipping everything inside a node of
    /// one of `excludedKinds` (headings, links, images, ...).
    public func textNodes(excluding excludedKinds: Set<MarkdownNode.Kind>) -> [MarkdownNode] {
        var nodes: [MarkdownNode] = []
        // A mask, not the Set: hashing each node's kind showed in profiles.
        collectText(rootNode, excluding: MarkdownNode.Kind.mask(excludedKinds), into: &nodes)
        return nodes
    }

    private func collectText(_ node: MarkdownNode, excluding excludedKinds: UInt32, into nodes: inout [MarkdownNode]) {
        let kind = node.kind
        if excludedKinds & kind.bit != 0 { return }
        if kind == .text {
            nodes.append(node)
            return
        }
        var child = node.firstChild
        while let current = child {
            collectText(current, excluding: excludedKinds, into: &nodes)
            child = current.next
        }
    }
}
