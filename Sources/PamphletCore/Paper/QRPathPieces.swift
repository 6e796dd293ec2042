/// The bytes `QRCode.svgPath` writes for a run of dark modules, made once:
/// `M<column>`, ` <row>h` and `<run>v1h-<run>z`, each packed into words it
/// stores whole (the quiet zone already added to columns and rows).
struct QRPathPieces: Sendable {
    /// Up to four bytes, and how many of them count.
    struct Short: Sendable {
        let bytes: UInt32
        let count: UInt8
    }

    /// Up to eight bytes, and how many of them count.
    struct Medium: Sendable {
        let bytes: UInt64
        let count: UInt8
    }

    /// Up to sixteen bytes, and how many of them count.
    struct Long: Sendable {
        let low: UInt64
        let high: UInt64
        let count: UInt8
    }

    /// Bytes a path's buffer needs past its last run: a store writes whole words.
    static let slack = 16

    static let shared = QRPathPieces()

    /// `M5` for column 5, by column with the quiet zone.
    let column: [Short]
    /// ` 4h` for row 4, by row with the quiet zone.
    let row: [Medium]
    /// `3v1h-3z` for a run of 3 modules, by length.
    let run: [Long]

    private init() {
        // A side is at most 177 modules, plus the quiet zone on either side.
        let numbers = 0...(177 + 2 * QRCode.quietZone)
        column = numbers.map { number in
            let bytes = Array(("M" + String(number)).utf8)
            return Short(bytes: Self.word(bytes, as: UInt32.self), count: UInt8(bytes.count))
        }
        row = numbers.map { number in
            let bytes = Array((" " + String(number) + "h").utf8)
            return Medium(bytes: Self.word(bytes, as: UInt64.self), count: UInt8(bytes.count))
        }
        run = numbers.map { number in
            let bytes = Array((String(number) + "v1h-" + String(number) + "z").utf8)
            return Long(
                low: Self.word(Array(bytes.prefix(8)), as: UInt64.self),
                high: Self.word(Array(bytes.dropFirst(8)), as: UInt64.self),
                count: UInt8(bytes.count))
        }
    }

    /// `bytes` (at most the word's size) as the word whose stored bytes are
    /// them in order, zeros after, whatever the machine's byte order.
    private static func word<Word: FixedWidthInteger>(_ bytes: [UInt8], as: Word.Type) -> Word {
        var padded = bytes
        padded += [UInt8](repeating: 0, count: MemoryLayout<Word>.size - bytes.count)
        return padded.withUnsafeBytes { $0.loadUnaligned(as: Word.self) }
    }
}
