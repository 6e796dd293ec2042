import CMark
import Foundation

/// A borrowed view of one node in a `MarkdownDocument`'s cmark tree.
///
/// It does not own memory: it is valid only while its document is alive,
/// which is why documents hand nodes out inside closures and arrays they own.
public struct MarkdownNode: Hashable, @unchecked Sendable {
    let pointer: OpaquePointer

    init(_ pointer: OpaquePointer) {
        self.pointer = pointer
    }

    public var kind: Kind { Kind(cmark_node_get_type(pointer)) }

    /// Text of text, code, and HTML nodes; nil for containers.
    public var literal: String? {
        get { cmark_node_get_literal(pointer).map { String(cString: $0) } }
        nonmutating set { Self.withCText(newValue ?? "") { _ = cmark_node_set_literal(pointer, $0) } }
    }

    /// `body` over the literal's UTF-8 bytes in cmark's own memory, nil for
    /// containers: a text can be searched without making a String of it. The
    /// bytes are valid only inside `body`, which must not change this node.
    public func withLiteralBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result? {
        guard let literal = cmark_node_get_literal(pointer) else { return nil }
        return body(UnsafeBufferPointer(start: UnsafeRawPointer(literal).assumingMemoryBound(to: UInt8.self), count: strlen(literal)))
    }

    public var url: String? {
        get { cmark_node_get_url(pointer).map { String(cString: $0) } }
        nonmutating set { Self.withCText(newValue ?? "") { _ = cmark_node_set_url(pointer, $0) } }
    }

    /// `body` with the text as a C string for cmark's setters, which copy it.
    /// (`withCString` reads a native String in place; a String passed to C
    /// directly was first copied into an Array, for every link and heading.)
    @inline(__always)
    static func withCText(_ text: String, _ body: (UnsafePointer<CChar>) -> Void) {
        text.withCString(body)
    }

    public var title: String? {
        cmark_node_get_title(pointer).map { String(cString: $0) }
    }

    public var headingLevel: Int { Int(cmark_node_get_heading_level(pointer)) }

    /// 1-based line in the page; 0 where cmark does not track it. Nodes parsed
    /// from a fragment (a table cell, a note) carry the fragment's first line in
    /// their user data (`MarkdownDocument.parseFragment`), so their lines are the page's.
    public var startLine: Int { Int(cmark_node_get_start_line(pointer)) + lineShift }
    public var startColumn: Int { Int(cmark_node_get_start_column(pointer)) + shifts.column }
    /// Last line of the node: a table is read from its paragraph's lines.
    public var endLine: Int { Int(cmark_node_get_end_line(pointer)) + lineShift }
    /// Lines before the fragment this node was parsed from (0 for the page's own nodes).
    var lineShift: Int { shifts.line }

    /// The lines and columns before the fragment this node was parsed from, packed into its user data
    /// by `MarkdownDocument.parseFragment` (line shift above `columnBits`, column shift below).
    private var shifts: (line: Int, column: Int) {
        let packed = cmark_node_get_user_data(pointer).map { Int(bitPattern: $0) } ?? 0
        return (packed >> Self.columnBits, packed & (1 << Self.columnBits - 1))
    }

    static let columnBits = 24

    public var parent: MarkdownNode? { cmark_node_parent(pointer).map(MarkdownNode.init) }
    public var firstChild: MarkdownNode? { cmark_node_first_child(pointer).map(MarkdownNode.init) }
    public var next: MarkdownNode? { cmark_node_next(pointer).map(MarkdownNode.init) }

    public var children: [MarkdownNode] {
        var result: [MarkdownNode] = []
        var child = firstChild
        while let node = child {
            result.append(node)
            child = node.next
        }
        return result
    }

    /// True when this node or one of its ancestors is of `kind`. (A set
    /// literal at the call would be built again for every node asked.)
    public func isInside(_ kind: Kind) -> Bool {
        var node: MarkdownNode? = self
        while let current = node {
            if current.kind == kind { return true }
            node = current.parent
        }
        return false
    }

    /// True when this node or one of its ancestors is of one of `kinds`.
    public func isInside(_ kinds: Set<Kind>) -> Bool {
        var node: MarkdownNode? = self
        while let current = node {
            if kinds.contains(current.kind) { return true }
            node = current.parent
        }
        return false
    }
}

extension MarkdownNode {
    public enum Kind: Hashable, Sendable {
        case document, blockQuote, list, item, codeBlock, htmlBlock, customBlock
        case paragraph, heading, thematicBreak
        case text, softBreak, lineBreak, code, htmlInline, customInline
        case emphasis, strong, link, image
        case unknown

        /// One bit per kind, so a set of kinds asked of every node is a mask, not a hash look-up.
        var bit: UInt32 {
            switch self {
            case .document: 1 << 0
            case .blockQuote: 1 << 1
            case .list: 1 << 2
            case .item: 1 << 3
            case .codeBlock: 1 << 4
            case .htmlBlock: 1 << 5
            case .customBlock: 1 << 6
            case .paragraph: 1 << 7
            case .heading: 1 << 8
            case .thematicBreak: 1 << 9
            case .text: 1 << 10
            case .softBreak: 1 << 11
            case .lineBreak: 1 << 12
            case .code: 1 << 13
            case .htmlInline: 1 << 14
            case .customInline: 1 << 15
            case .emphasis: 1 << 16
            case .strong: 1 << 17
            case .link: 1 << 18
            case .image: 1 << 19
            case .unknown: 1 << 20
            }
        }

        static func mask(_ kinds: Set<Kind>) -> UInt32 {
            kinds.reduce(0) { $0 | $1.bit }
        }

        init(_ type: cmark_node_type) {
            switch type {
            case CMARK_NODE_DOCUMENT: self = .document
            case CMARK_NODE_BLOCK_QUOTE: self = .blockQuote
            case CMARK_NODE_LIST: self = .list
            case CMARK_NODE_ITEM: self = .item
            case CMARK_NODE_CODE_BLOCK: self = .codeBlock
            case CMARK_NODE_HTML_BLOCK: self = .htmlBlock
            case CMARK_NODE_CUSTOM_BLOCK: self = .customBlock
            case CMARK_NODE_PARAGRAPH: self = .paragraph
            case CMARK_NODE_HEADING: self = .heading
            case CMARK_NODE_THEMATIC_BREAK: self = .thematicBreak
            case CMARK_NODE_TEXT: self = .text
            case CMARK_NODE_SOFTBREAK: self = .softBreak
            case CMARK_NODE_LINEBREAK: self = .lineBreak
            case CMARK_NODE_CODE: self = .code
            case CMARK_NODE_HTML_INLINE: self = .htmlInline
            case CMARK_NODE_CUSTOM_INLINE: self = .customInline
            case CMARK_NODE_EMPH: self = .emphasis
            case CMARK_NODE_STRONG: self = .strong
            case CMARK_NODE_LINK: self = .link
            case CMARK_NODE_IMAGE: self = .image
            default: self = .unknown
            }
        }
    }
}
