/// The bytes `QRCode.svgPath` writes for a run of dark modules, made once:
/// `M<column>`, ` <row>h` and `<run>v1h-<run>z`, each packed into words it
/// stores whole (the quiet zone already added to columns and rows).
struct QRPathPieces: Sendable {
    /// Up to sixteen bytes, and how many of them count.
    struct Piece: Sendable {
        let low: UInt64
        let high: UInt64
        let count: Int

        init(_ text: String) {
            let bytes = Array(text.utf8)
            low = Self.word(bytes.prefix(8))
            high = Self.word(bytes.dropFirst(8))
            count = bytes.count
        }

        /// `bytes` (at most eight) as the word whose stored bytes are them in
        /// order, zeros after, whatever the machine's byte order.
        private static func word(_ bytes: ArraySlice<UInt8>) -> UInt64 {
            let padded = Array(bytes) + [UInt8](repeating: 0, count: 8 - bytes.count)
            return padded.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }
        }
    }

    /// Bytes a path's buffer needs past its last run: a store writes whole words.
    static let slack = 16

    static let shared = QRPathPieces()

    /// `M5` for column 5, by column with the quiet zone.
    let column: [Piece]
    /// ` 4h` for row 4, by row with the quiet zone.
    let row: [Piece]
    /// `3v1h-3z` for a run of 3 modules, by length.
    let run: [Piece]

    private init() {
        // A side is at most 177 modules, plus the quiet zone on either side.
        let numbers = 0...(177 + 2 * QRCode.quietZone)
        column = numbers.map { Piece("M\($0)") }
        row = numbers.map { Piece(" \($0)h") }
        run = numbers.map { Piece("\($0)v1h-\($0)z") }
    }
}
