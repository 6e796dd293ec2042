/// A piece of prose taken from a page's Markdown node tree.
public struct ProseBlock: Sendable, Equatable {
    public enum Kind: Sendable, Equatable { case paragraph, heading, listItem, blockQuote }
    public var text: String
    public var line: Int
    public var kind: Kind
    public init(text: String, line: Int, kind: Kind) {
        self.text = text
        self.line = line
        self.kind = kind
    }
}
