import CMark
import Foundation

/// A parsed Markdown document: owns the cmark tree and frees it.
///
/// Not shared between threads: each page parses its own document, so pages
/// can be parsed and rendered in parallel.
public final class MarkdownDocument {
    public struct Options: OptionSet, Sendable {
        public let rawValue: Int32
        public init(rawValue: Int32) { self.rawValue = rawValue }
        /// Keep raw HTML from the Markdown (cmark drops it by default).
        public static let unsafeHTML = Options(rawValue: CMARK_OPT_UNSAFE)
        /// Curly quotes and dashes.
        public static let smartPunctuation = Options(rawValue: CMARK_OPT_SMART)
    }

    let root: OpaquePointer
    public let options: Options
    /// The text parsed: tables are found from their source lines.
    let source: String
    /// Its link reference definitions, for the fragments parsed on their own (cells, terms, notes).
    lazy var referenceDefinitions = ReferenceDefinitions(source)
    /// True when fragments named more link reference definitions than a page
    /// may spend (a hostile page): the rest of those references stay text.
    public internal(set) var skippedReferences = false
    /// Bytes handed to cmark for fragments: the tests hold it to a few times the page's size.
    var fragmentBytes = 0

    public init(parsing markdown: String, options: Options = []) {
        self.options = options
        self.source = markdown
        var source = markdown
        // No CMARK_OPT_VALIDATE_UTF8: a String's bytes are valid UTF-8, and
        // cmark replaces a NUL byte as it reads the lines either way, so
        // checking every line again changed nothing and cost a pass over the page.
        root = source.withUTF8 { bytes in
            bytes.withMemoryRebound(to: CChar.self) { chars in
                cmark_parse_document(chars.baseAddress, chars.count, options.rawValue)
            }
        }
    }

    deinit {
        cmark_node_free(root)
    }

    public var rootNode: MarkdownNode { MarkdownNode(root) }

    /// Every node in document order (parents before children).
    public func allNodes() -> [MarkdownNode] {
        var nodes: [MarkdownNode] = []
        guard let iterator = cmark_iter_new(root) else { return nodes }
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            if event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) {
                nodes.append(MarkdownNode(node))
            }
        }
        return nodes
    }

    public func nodes(of kind: MarkdownNode.Kind) -> [MarkdownNode] {
        allNodes().filter { $0.kind == kind }
    }

    /// HTML for the whole document, with the options it was parsed with.
    public func renderHTML() -> String {
        guard let html = cmark_render_html(root, options.rawValue) else { return "" }
        defer { free(html) }
        return String(cString: html)
    }
}
