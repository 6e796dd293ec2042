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
        collectText(rootNode, excluding: excludedKinds, into: &nodes)
        return nodes
    }

    private func collectText(_ node: MarkdownNode, excluding excludedKinds: Set<MarkdownNode.Kind>, into nodes: inout [MarkdownNode]) {
        if excludedKinds.contains(node.kind) { return }
        if node.kind == .text {
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
