/// Finds a template key by its name in a few instructions: a small
/// open-addressing table indexed by the name's length and first and last
/// bytes, then one comparison.
///
/// swift-mustache asks a value for every name a template prints, and asks
/// each enclosing value in turn for a name found further out (`t`, `site`
/// inside `{{#page.toc}}`). Swift's own `init(rawValue:)` compares the name
/// with each case in turn, or for a larger enum hashes it into a dictionary:
/// about 600 instructions a look-up, several hundred look-ups a page.
struct TemplateKeyTable<Key: TemplateKey>: Sendable {
    private let names: [String]
    private let keys: [Key?]
    private let mask: Int

    init() {
        var size = 8
        while size < Key.allCases.count * 4 { size *= 2 }
        var names = [String](repeating: "", count: size)
        var keys = [Key?](repeating: nil, count: size)
        for key in Key.allCases {
            var slot = Self.slot(key.rawValue) & (size - 1)
            while keys[slot] != nil { slot = (slot + 1) & (size - 1) }
            names[slot] = key.rawValue
            keys[slot] = key
        }
        self.names = names
        self.keys = keys
        self.mask = size - 1
    }

    /// The key named `name`; nil when no key has that name.
    func key(_ name: String) -> Key? {
        var slot = Self.slot(name) & mask
        while let key = keys[slot] {
            if names[slot] == name { return key }
            slot = (slot + 1) & mask
        }
        return nil
    }

    /// Read from the name's bytes in place: `utf8.last` walked the view's index back from its
    /// end, as long as the rest of a look-up (a template names a few hundred keys a page).
    @inline(__always)
    private static func slot(_ name: String) -> Int {
        let bytes = name.utf8
        if let slot = bytes.withContiguousStorageIfAvailable({ slot($0) }) { return slot }
        return Array(bytes).withUnsafeBufferPointer { slot($0) }
    }

    @inline(__always)
    private static func slot(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        guard let first = bytes.first, let last = bytes.last else { return 0 }
        return bytes.count &* 31 &+ Int(first) &* 7 &+ Int(last)
    }
}
