/// A page's link reference definitions (`[label]: destination`), found by
/// label, for the fragments cmark parses on their own (table cells, terms,
/// definitions, notes): a fragment gets only the definitions it names, so a
/// page with many cells and many definitions is not parsed cells × definitions times.
struct ReferenceDefinitions {
    private var byLabel: [String: [Substring]] = [:]
    /// Bytes of definitions appended to fragments so far, and the most a page may
    /// spend (a few times its own size): past that, references in fragments stay text.
    private var spent = 0
    private let budget: Int
    private(set) var exhausted = false

    init(_ source: String) {
        budget = 4 * source.utf8.count + 65_536
        for line in MarkdownDocument.referenceDefinitionLines(source) {
            let bytes = Array(line.utf8)
            guard let open = bytes.firstIndex(of: UInt8(ascii: "[")),
                  let close = Self.closingBracket(in: bytes[(open + 1)...]) else { continue }
            byLabel[Self.key(bytes[(open + 1)..<close]), default: []].append(line)
        }
    }

    var isEmpty: Bool { byLabel.isEmpty }

    /// The definitions whose labels `fragment` writes in brackets, one per line.
    mutating func named(in fragment: String) -> String {
        guard !byLabel.isEmpty else { return "" }
        var found: [Substring] = []
        var seen = Set<String>()
        var open: Int?
        let bytes = Array(fragment.utf8)
        var index = 0
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "\\"): index += 1
            case UInt8(ascii: "["): open = index
            case UInt8(ascii: "]"):
                if let start = open {
                    let key = Self.key(bytes[(start + 1)..<index])
                    if let lines = byLabel[key], seen.insert(key).inserted { found += lines }
                }
                open = nil
            default: break
            }
            index += 1
        }
        guard !found.isEmpty else { return "" }
        let text = found.joined(separator: "\n")
        spent += text.utf8.count
        guard spent <= budget else {
            exhausted = true
            return ""
        }
        return text
    }

    /// The index of the first `]` not escaped by a backslash.
    static func closingBracket(in bytes: ArraySlice<UInt8>) -> Int? {
        var index = bytes.startIndex
        while index < bytes.endIndex {
            if bytes[index] == UInt8(ascii: "\\") {
                index += 2
                continue
            }
            if bytes[index] == UInt8(ascii: "]") { return index }
            index += 1
        }
        return nil
    }

    /// A label as cmark matches it: case and runs of white space do not count.
    /// (Close to Unicode case folding; a key that is too loose only appends a definition not used.)
    static func key(_ bytes: ArraySlice<UInt8>) -> String {
        String(decoding: bytes, as: UTF8.self).lowercased()
            .replacingOccurrences(of: "ß", with: "ss").replacingOccurrences(of: "ς", with: "σ")
            .split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
