import PamphletReadability

/// Numbers the stems of a language's documents in the order first met, so
/// that the index gathers each stem's postings in an array: hashing the
/// String of every use of every stem (a page uses hundreds) was most of
/// writing the index. ASCII stems are numbered by their bytes (`WordTable`,
/// where bytes and String equality agree); the others by String, whose
/// equality is canonical equivalence, as the index always grouped them.
struct StemNumbers {
    /// Every stem, by number.
    private(set) var stems: [String] = []
    private var ascii = WordTable()
    /// For an ASCII stem's table entry, its number in `stems`.
    private var asciiNumbers: [Int] = []
    private var others: [String: Int] = [:]

    /// The stem's number: `stems.count` for a new one, which is added.
    mutating func number(of stem: String) -> Int {
        var stem = stem
        let entry = stem.withUTF8 { bytes -> Int? in
            guard SearchWords.isASCII(bytes) else { return nil }
            let (entry, isNew) = ascii.number(of: bytes)
            if isNew { asciiNumbers.append(stems.count) }
            return entry
        }
        if let entry {
            let number = asciiNumbers[entry]
            if number == stems.count { stems.append(stem) }
            return number
        }
        if let number = others[stem] { return number }
        others[stem] = stems.count
        stems.append(stem)
        return stems.count - 1
    }
}
