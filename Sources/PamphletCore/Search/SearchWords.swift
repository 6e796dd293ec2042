import Foundation

/// How the site search reads words, the same way `search.js` reads a query:
/// lowercased, accents taken off ("Médico" -> "medico"), split at anything
/// that is not a letter or digit, words of one character dropped, then cut
/// to a stem ("diabetes" -> "diabet", "médicos" -> "medic") so plurals and
/// some verb forms meet. search.js repeats these rules line for line: change
/// both or neither.
enum SearchWords {
    /// Words shorter than this are not searched.
    static let minimumLength = 2

    /// Calls `body` with the bytes of each word of `text`, as written.
    static func forEachWord(in text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        forEachWordOfText(text) { word, _ in body(word) }
    }

    /// The same, with all of the text's bytes as the second argument (a word lies inside them).
    static func forEachWordOfText(_ text: String, _ body: (UnsafeBufferPointer<UInt8>, UnsafeBufferPointer<UInt8>) -> Void) {
        var text = text
        text.withUTF8 { bytes in
            if isASCII(bytes) {
                forEachASCIIWord(bytes, body)
            } else {
                forEachWordOfBytes(bytes, body)
            }
        }
    }

    /// Whether every byte is below 0x80, eight at a time.
    static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        var i = 0
        var any: UInt64 = 0
        while i + 8 <= bytes.count {
            any |= UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
            i += 8
        }
        while i < bytes.count {
            any |= UInt64(base[i])
            i += 1
        }
        return any & 0x8080_8080_8080_8080 == 0
    }

    /// `forEachWordOfBytes` for ASCII text, where a word is a run of letters
    /// and digits: two tight loops, without decoding (every word of every
    /// searched page is read here).
    static func forEachASCIIWord(_ bytes: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>, UnsafeBufferPointer<UInt8>) -> Void) {
        guard let base = bytes.baseAddress else { return }
        asciiWordBytes.withUnsafeBufferPointer { isASCIIWord in
            let n = bytes.count
            var i = 0
            while i < n {
                while i < n, !isASCIIWord[Int(base[i])] { i += 1 }
                let start = i
                while i < n, isASCIIWord[Int(base[i])] { i += 1 }
                if i > start { body(UnsafeBufferPointer(start: base + start, count: i - start), bytes) }
            }
        }
    }

    /// The general cut, decoding each scalar that is not ASCII.
    static func forEachWordOfBytes(_ bytes: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>, UnsafeBufferPointer<UInt8>) -> Void) {
        asciiWordBytes.withUnsafeBufferPointer { isASCIIWord in
            var index = 0
            var start = -1
            while index < bytes.count {
                let byte = bytes[index]
                var width = 1
                let isWord: Bool
                if byte < 0x80 {
                    isWord = isASCIIWord[Int(byte)]
                } else {
                    let (scalar, length) = decode(bytes, at: index)
                    width = length
                    isWord = scalar.map(isWordScalar) ?? false
                }
                if isWord {
                    if start < 0 { start = index }
                } else if start >= 0 {
                    body(UnsafeBufferPointer(rebasing: bytes[start..<index]), bytes)
                    start = -1
                }
                index += width
            }
            if start >= 0 { body(UnsafeBufferPointer(rebasing: bytes[start..<bytes.count]), bytes) }
        }
    }

    /// ASCII letters and digits, by byte.
    private static let asciiWordBytes: [Bool] = (0..<128).map { byte in
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39)
    }

    /// Letters, digits and the combining marks of a decomposed accent.
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        let properties = scalar.properties
        return properties.isAlphabetic || properties.numericType != nil || (0x300...0x36F).contains(scalar.value)
    }

    private static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (Unicode.Scalar?, Int) {
        let lead = bytes[index]
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
        guard length > 1, index + length <= bytes.count else { return (nil, 1) }
        var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for offset in 1..<length { value = value << 6 | (UInt32(bytes[index + offset]) & 0x3F) }
        return (Unicode.Scalar(value), length)
    }

    /// A word lowercased and without accents, as JavaScript's
    /// `toLowerCase().normalize("NFD")` without U+0300 to U+036F gives it.
    static func fold(_ word: UnsafeBufferPointer<UInt8>) -> String {
        if word.allSatisfy({ $0 < 0x80 }) {
            return String(unsafeUninitializedCapacity: word.count) { buffer in
                for (index, byte) in word.enumerated() { buffer[index] = byte >= 0x41 && byte <= 0x5A ? byte + 32 : byte }
                return word.count
            }
        }
        return fold(String(decoding: word, as: UTF8.self))
    }

    static func fold(_ word: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in word.lowercased().decomposedStringWithCanonicalMapping.unicodeScalars where !(0x300...0x36F).contains(scalar.value) {
            scalars.append(scalar)
        }
        return String(scalars)
    }

    /// Folded words of a text, as a query is read (tests and `also_called`).
    static func folded(_ text: String) -> [String] {
        var words: [String] = []
        forEachWord(in: text) { words.append(fold($0)) }
        return words.filter { $0.unicodeScalars.count >= minimumLength }
    }

    /// The stem of a folded word: a light suffix stripper, not a dictionary.
    static func stem(_ word: String, spanish: Bool) -> String {
        var w = Array(word.utf8)
        guard w.count > 3, w.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) else { return word }
        func ends(_ suffix: String) -> Bool {
            let s = Array(suffix.utf8)
            return w.count >= s.count && Array(w[(w.count - s.count)...]) == s
        }
        func isVowel(_ byte: UInt8) -> Bool { "aeiou".utf8.contains(byte) }
        if spanish {
            if ends("ces") {
                w.removeLast(3); w.append(UInt8(ascii: "z"))
            } else if ends("es"), w.count > 4, !isVowel(w[w.count - 3]) {
                w.removeLast(2)
            } else if ends("s") {
                w.removeLast()
            }
            if w.count >= 5, let last = w.last, last == UInt8(ascii: "a") || last == UInt8(ascii: "o") || last == UInt8(ascii: "e") {
                w.removeLast()
            }
        } else {
            if ends("ies"), w.count > 4 {
                w.removeLast(3); w.append(UInt8(ascii: "y"))
            } else if ends("sses") {
                w.removeLast(2)
            } else if ends("ss") || ends("us") || ends("is") {
                // "illness", "virus", "diagnosis" stay whole.
            } else if ends("s") {
                w.removeLast()
            }
            if ends("ing"), w.count >= 6 {
                w.removeLast(3)
            } else if ends("ed"), w.count >= 5 {
                w.removeLast(2)
            }
            if w.count >= 5, w.last == UInt8(ascii: "e") { w.removeLast() }
        }
        return String(decoding: w, as: UTF8.self)
    }

    /// Words too common to find anything, per language; a site adds its own (`search.stop_words`).
    static func stopWords(spanish: Bool) -> [String] {
        spanish
            ? ["de", "la", "que", "el", "en", "los", "del", "se", "las", "por", "un", "para", "con", "no", "una", "su", "al", "lo",
               "como", "mas", "pero", "sus", "le", "ya", "este", "si", "porque", "esta", "entre", "cuando", "muy", "sin", "sobre",
               "tambien", "me", "hasta", "hay", "donde", "quien", "desde", "todo", "nos", "durante", "uno", "ni", "contra", "ese",
               "eso", "mi", "es", "son", "ser", "esto", "estos", "estas", "otro", "otros", "puede", "pueden", "tiene", "ha"]
            : ["the", "and", "of", "to", "in", "is", "it", "that", "for", "on", "are", "as", "with", "be", "this", "by", "or",
               "an", "at", "from", "your", "you", "can", "not", "but", "have", "has", "was", "were", "will", "if", "they", "their",
               "them", "which", "these", "those", "there", "its", "our", "we", "so", "do", "does", "did", "than", "then", "into",
               "about", "what", "when", "who", "how", "may", "also", "some", "more", "most", "other", "such", "been", "being"]
    }
}
