import Foundation
import PamphletReadability

/// Numbers the stems of a language's documents in the order first met, so
/// that the index gathers each stem's postings in an array: hashing the
/// String of every use of every stem (a page uses hundreds) was most of
/// writing the index. ASCII stems are numbered by their bytes (`WordTable`,
/// where bytes and String equality agree); the others by String, whose
/// equality is canonical equivalence, as the index always grouped them.
struct StemNumbers {
    /// Every stem, by number, as first met.
    private(set) var stems: [String] = []
    private var ascii = WordTable()
    /// For an ASCII stem's table entry, its number in `stems`.
    private var asciiNumbers: [Int] = []
    private var others: [String: Int] = [:]

    /// The stem's number: `stems.count` for a new one, which is added.
    mutating func number(of stem: String) -> Int {
        var bytes = stem
        if let number = bytes.withUTF8({ SearchWords.isASCII($0) ? asciiNumber($0, named: stem) : nil }) { return number }
        if let number = others[stem] { return number }
        // Equal to an ASCII stem when its canonical composition is ASCII (a Kelvin sign is "K").
        var composed = stem.precomposedStringWithCanonicalMapping
        let number = composed.withUTF8 { SearchWords.isASCII($0) ? asciiNumber($0, named: stem) : nil } ?? {
            stems.append(stem)
            return stems.count - 1
        }()
        others[stem] = number
        return number
    }

    /// The number of the ASCII stem `bytes`, added as `name` when new.
    private mutating func asciiNumber(_ bytes: UnsafeBufferPointer<UInt8>, named name: String) -> Int {
        let (entry, isNew) = ascii.number(of: bytes)
        if isNew {
            asciiNumbers.append(stems.count)
            stems.append(name)
        }
        return asciiNumbers[entry]
    }
}
