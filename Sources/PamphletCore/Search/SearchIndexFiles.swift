import Foundation

/// One language's search index, as the files `search.js` reads, under the
/// language's `search/` folder:
///
/// - `meta.json`: the number of pages, the shard names, the stop words;
/// - `p/SHARD.json`: the postings of every stem starting with the shard's
///   letters (`{"diabet": "..."}`), so a word downloads one shard; a shard
///   that would be large is split by the next letter;
/// - `t/LETTER.txt`: every stem starting with a letter, one a line (with the
///   word as written when it differs), read only to correct a misspelling;
/// - `r/N.json`: the results of pages `N * resultsPerFile` to the next
///   file's first (title, address, section, description, review date,
///   other names, and text for the excerpt), an array read only for the
///   results shown. Grouped, as a query's ten results are one file each
///   either way: one file a page made a 10,000-page site's index 10,000
///   files of about 1 kB (4 kB each on most disks).
///
/// Postings are pairs (page number minus the previous one, score), each
/// number in `Varint` characters.
struct SearchIndexFiles {
    /// A shard is split by its next letter when its postings pass this many characters.
    static let shardLimit = 16_000
    /// A shard name is at most this many letters, however large it is.
    static let deepestShard = 3
    /// Pages per results file: 8 keeps a query's ten results under 40 kB as served.
    static let resultsPerFile = 8
    /// The folders of shards and word lists, whose file names come from the words.
    static let shardFolder = "p", wordListFolder = "t"
    static var folders: [String] { [shardFolder, wordListFolder] }

    struct Result: Sendable, Equatable {
        var title: String
        var url: String
        var section: String
        var description: String
        var reviewed: String?
        var alsoCalled: [String]
        /// Body text for the excerpt (`SearchDocument.text`).
        var text: String
    }

    /// Stems that share a shard, under the shard's name.
    struct Shard: Equatable {
        var name: String
        var stems: [String]
    }

    var files: [(path: String, text: String)] = []

    init(documents: [SearchDocument], results: [Result], language: String, stopWords: [String]) {
        var stems = StemNumbers()
        var postings: [Postings] = []
        var spellings: [String: String] = [:]
        for (number, document) in documents.enumerated() {
            for (stem, score) in zip(document.stems, document.scores) {
                let index = stems.number(of: stem)
                if index == postings.count { postings.append(Postings()) }
                postings[index].add(page: number, score: Int(score))
            }
            for (stem, word) in document.spellings where spellings[stem] == nil || word == stem { spellings[stem] = word }
        }
        let bytes = Dictionary(zip(stems.stems, postings.lazy.map(\.bytes)), uniquingKeysWith: { first, _ in first })
        var shards: [String] = []
        var letters: [String] = []
        for (letter, group) in Self.letterGroups(stems.stems.sorted()) {
            for shard in Self.layout(group, letter: letter, postings: { bytes[$0]! }) {
                shards.append(shard.name)
                files.append(Self.shardFile(shard, postings: { bytes[$0]! }))
            }
            letters.append(letter)
            files.append(Self.letterFile(letter, stems: group, spelling: { spellings[$0] }))
        }
        for first in stride(from: 0, to: results.count, by: Self.resultsPerFile) {
            files.append(Self.resultsFile(first / Self.resultsPerFile, results: results))
        }
        files.append(Self.metaFile(language: language, pages: documents.count, shards: shards, letters: letters, stopWords: stopWords))
    }

    /// Sorted stems cut where their first letter changes: each letter's
    /// stems make its word list and one shard or more.
    static func letterGroups(_ stems: [String]) -> [(letter: String, stems: ArraySlice<String>)] {
        var groups: [(letter: String, stems: ArraySlice<String>)] = []
        var start = 0
        var letter = ""
        for (index, stem) in stems.enumerated() {
            let first = String(stem.unicodeScalars.first!)
            if index == 0 {
                letter = first
            } else if first != letter {
                groups.append((letter, stems[start..<index]))
                start = index
                letter = first
            }
        }
        if !stems.isEmpty { groups.append((letter, stems[start...])) }
        return groups
    }

    /// How one letter's stems (sorted) fall into shards.
    static func layout(_ stems: ArraySlice<String>, letter: String, postings: (String) -> [UInt8]) -> [Shard] {
        var shards: [Shard] = []
        shard(stems, prefix: letter, postings: postings, into: &shards)
        return shards
    }

    static func shardFile(_ shard: Shard, postings: (String) -> [UInt8]) -> (path: String, text: String) {
        var text = "{"
        for (index, stem) in shard.stems.enumerated() {
            if index > 0 { text += "," }
            text += JSONValue.string(stem).scriptSafeText + ":\"" + String(decoding: postings(stem), as: UTF8.self) + "\""
        }
        text += "}"
        return (shardPath(shard.name), text)
    }

    static func shardPath(_ name: String) -> String { shardFolder + "/" + fileName(name) + ".json" }

    /// One letter's stems, one a line, with the word as written when it differs.
    static func letterFile(_ letter: String, stems: ArraySlice<String>, spelling: (String) -> String?) -> (path: String, text: String) {
        var text = ""
        for stem in stems {
            text += spelling(stem).flatMap { $0 == stem ? nil : stem + " " + $0 } ?? stem
            text += "\n"
        }
        return (letterPath(letter), text)
    }

    static func letterPath(_ letter: String) -> String { wordListFolder + "/" + fileName(letter) + ".txt" }

    /// Results file `number`: the results of its pages, in order.
    static func resultsFile(_ number: Int, results: [Result]) -> (path: String, text: String) {
        let first = number * resultsPerFile
        var out: [UInt8] = [UInt8(ascii: "[")]
        out.reserveCapacity(resultsPerFile * 1_400)
        for index in first..<min(first + resultsPerFile, results.count) {
            if index > first { out.append(UInt8(ascii: ",")) }
            write(results[index], into: &out)
        }
        out.append(UInt8(ascii: "]"))
        return ("r/\(number).json", String(decoding: out, as: UTF8.self))
    }

    /// A result as `JSONValue.object` writes it (`resultObject`), member by
    /// member in its sorted order, into one buffer: a dictionary and a String
    /// per result cost more than escaping their text.
    static func write(_ result: Result, into out: inout [UInt8]) {
        var first = true
        // `key`: one ASCII letter, which needs no escape.
        func member(_ key: UInt8, _ value: JSONValue) {
            if !first { out.append(UInt8(ascii: ",")) }
            first = false
            out.append(UInt8(ascii: "\""))
            out.append(key)
            out.append(UInt8(ascii: "\""))
            out.append(UInt8(ascii: ":"))
            value.write(into: &out)
        }
        out.append(UInt8(ascii: "{"))
        if !result.alsoCalled.isEmpty { member(UInt8(ascii: "a"), .array(result.alsoCalled.map(JSONValue.string))) }
        member(UInt8(ascii: "d"), .string(result.description))
        if let reviewed = result.reviewed { member(UInt8(ascii: "r"), .string(reviewed)) }
        member(UInt8(ascii: "s"), .string(result.section))
        member(UInt8(ascii: "t"), .string(result.title))
        member(UInt8(ascii: "u"), .string(result.url))
        member(UInt8(ascii: "x"), .string(result.text))
        out.append(UInt8(ascii: "}"))
    }

    /// A result as a JSON object: what `write(_:into:)` writes.
    static func resultObject(_ result: Result) -> JSONValue {
        var object: [String: JSONValue] = ["t": .string(result.title), "u": .string(result.url), "s": .string(result.section),
                                           "d": .string(result.description), "x": .string(result.text)]
        if let reviewed = result.reviewed { object["r"] = .string(reviewed) }
        if !result.alsoCalled.isEmpty { object["a"] = .array(result.alsoCalled.map(JSONValue.string)) }
        return .object(object)
    }

    static func metaFile(language: String, pages: Int, shards: [String], letters: [String], stopWords: [String]) -> (path: String, text: String) {
        ("meta.json", json([
            "v": 2, "language": language, "pages": pages, "shards": shards, "group": resultsPerFile,
            "letters": letters.sorted(), "stop": stopWords,
        ] as [String: Any]))
    }

    /// One stem's postings so far, and the last page they name.
    struct Postings {
        var last = 0
        var bytes: [UInt8] = []

        mutating func add(page: Int, score: Int) {
            Varint.encode(page - last, into: &bytes)
            Varint.encode(score, into: &bytes)
            last = page
        }
    }

    /// Lays out the stems under `prefix` as one shard, or splits them by their next letter.
    private static func shard(_ stems: ArraySlice<String>, prefix: String, postings: (String) -> [UInt8], into shards: inout [Shard]) {
        guard !stems.isEmpty else { return }
        let size = stems.reduce(0) { $0 + postings($1).count + $1.utf8.count + 6 }
        let depth = prefix.unicodeScalars.count
        if size > shardLimit && depth < deepestShard {
            // Stems no longer than the prefix stay in the prefix's own shard.
            var own: [String] = []
            var groups: [(String, [String])] = []
            for stem in stems {
                let scalars = Array(stem.unicodeScalars)
                guard scalars.count > depth else { own.append(stem); continue }
                let next = prefix + String(scalars[depth])
                if groups.last?.0 == next { groups[groups.count - 1].1.append(stem) } else { groups.append((next, [stem])) }
            }
            if !own.isEmpty { shards.append(Shard(name: prefix, stems: own)) }
            for (next, group) in groups { shard(group[...], prefix: next, postings: postings, into: &shards) }
            return
        }
        shards.append(Shard(name: prefix, stems: Array(stems)))
    }

    /// Letters and digits as they are; any other byte as `_` and two hex digits (search.js does the same).
    static func fileName(_ key: String) -> String {
        var name = ""
        for byte in key.utf8 {
            if (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) {
                name.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                name += "_" + String(byte, radix: 16, uppercase: false).leftPadded(to: 2)
            }
        }
        return name
    }

    static func json(_ object: Any) -> String {
        guard let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes]) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }

}

/// Numbers as characters of `alphabet`: the last character of a number is
/// one of its first 32 (5 bits), earlier ones (5 more bits each, highest
/// first) one of the next 32. A page number difference or score usually takes one or two.
enum Varint {
    static let alphabet = Array("0123456789abcdefghijklmnopqrstuvABCDEFGHIJKLMNOPQRSTUVWXYZwxyz-_".utf8)

    static func encode(_ value: Int) -> [UInt8] {
        var out: [UInt8] = []
        encode(value, into: &out)
        return out
    }

    /// Appends `value`'s characters to `out`, highest group first.
    @inline(__always)
    static func encode(_ value: Int, into out: inout [UInt8]) {
        // Most differences and scores are one character (every posting is two numbers).
        if value >= 0, value < 32 {
            out.append(character(value))
            return
        }
        var groups = 1
        while value >> (5 * groups) > 0 { groups += 1 }
        for index in stride(from: groups - 1, through: 0, by: -1) {
            let group = (value >> (5 * index)) & 31
            out.append(character(index == 0 ? group : group + 32))
        }
    }

    /// `alphabet[digit]`, worked out: the array is a global made on first
    /// use, checked at every use, and every posting is encoded here.
    @inline(__always)
    static func character(_ digit: Int) -> UInt8 {
        switch digit {
        case 0..<10: return UInt8(truncatingIfNeeded: 0x30 + digit)        // 0-9
        case 10..<32: return UInt8(truncatingIfNeeded: 0x61 + digit - 10)  // a-v
        case 32..<58: return UInt8(truncatingIfNeeded: 0x41 + digit - 32)  // A-Z
        case 58..<62: return UInt8(truncatingIfNeeded: 0x77 + digit - 58)  // w-z
        case 62: return UInt8(ascii: "-")
        default: return UInt8(ascii: "_")
        }
    }

    static func decode(_ text: String) -> [Int] {
        var values: [Int] = []
        var current = 0
        for byte in text.utf8 {
            guard let digit = alphabet.firstIndex(of: byte) else { continue }
            if digit >= 32 {
                current = current << 5 | (digit - 32)
            } else {
                values.append(current << 5 | digit)
                current = 0
            }
        }
        return values
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        String(repeating: "0", count: max(0, width - count)) + self
    }
}
