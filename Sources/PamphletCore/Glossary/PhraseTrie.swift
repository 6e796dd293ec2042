import PamphletReadability
/// The glossary's phrases by their characters, lowercased and with any
/// whitespace read as one space, so that the phrases that can start at a
/// place in a text are found by walking the text from there once: the work
/// at each place is bounded by the longest phrase, not by how many terms
/// the glossary has (4,000 terms sharing a first letter were each tried at
/// every word before).
struct PhraseTrie: Sendable {
    /// Node 0 is the root; each node's children by the next character's token.
    private var children: [[String: Int]] = [[:]]
    /// The phrases (the caller's numbers) whose last character is at each node, in the order they were added.
    private var ending: [[Int]] = [[]]

    /// What a character is matched by: any whitespace matches any other,
    /// and any phrase may match in any case (case-sensitive ones are
    /// checked exactly by the caller).
    static func token(_ character: Character, lowered: String) -> String {
        character.isWhitespaceQuick ? " " : lowered
    }

    mutating func insert(_ tokens: [String], phrase: Int) {
        var node = 0
        for token in tokens {
            if let next = children[node][token] {
                node = next
            } else {
                children.append([:])
                ending.append([])
                children[node][token] = children.count - 1
                node = children.count - 1
            }
        }
        ending[node].append(phrase)
    }

    /// The phrases whose tokens start `tokens[start...]`, longest first (in
    /// the order they were added among phrases of one length).
    func candidates(_ tokens: [String], from start: Int) -> [Int] {
        var found: [[Int]] = []
        var node = 0
        var offset = start
        while offset < tokens.count, let next = children[node][tokens[offset]] {
            node = next
            offset += 1
            if !ending[node].isEmpty { found.append(ending[node]) }
        }
        return found.reversed().flatMap { $0 }
    }
}
