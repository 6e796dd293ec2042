import QREncode

/// A QR code of a text, encoded by libqrencode (never by hand: the format's
/// error correction and masking are easy to get subtly wrong), for the
/// printout's footer, so a handout leads back to the living page.
struct QRCode: Sendable {
    /// Modules along one side, without the quiet zone.
    let size: Int
    /// Row by row, a bit per module, set for a dark one: every page's code
    /// is kept for the whole build (`QRCodeMemo`), a `Bool` each took 8 times the memory.
    private let bits: [UInt64]

    /// Row by row: true for a dark module.
    var dark: [Bool] { (0..<(size * size)).map(isDark) }

    @inline(__always)
    func isDark(_ module: Int) -> Bool {
        bits[module >> 6] & (1 << UInt64(module & 63)) != 0
    }

    /// Nil when the text is too long for any QR code.
    init?(_ text: String) {
        // Level M: a printout may be creased or smudged; 8-bit mode keeps any address exactly.
        guard let code = QRcode_encodeString8bit(text, 0, QR_ECLEVEL_M) else { return nil }
        defer { QRcode_free(code) }
        let width = Int(code.pointee.width)
        size = width
        // libqrencode marks a dark module with the lowest bit of its byte.
        var bits = [UInt64](repeating: 0, count: (width * width + 63) / 64)
        for module in 0..<(width * width) where code.pointee.data[module] & 1 == 1 {
            bits[module >> 6] |= 1 << UInt64(module & 63)
        }
        self.bits = bits
    }

    /// Row `row`'s modules, bit i the module at column i; only for codes narrower than 64.
    @inline(__always)
    private func rowBits(_ row: Int) -> UInt64 {
        let start = row * size
        let word = start >> 6, shift = start & 63
        var line = bits[word] >> UInt64(shift)
        if shift + size > 64 { line |= bits[word + 1] << UInt64(64 - shift) }
        return line & (((1 as UInt64) << UInt64(size)) &- 1)
    }

    /// The white border scanners need around the code, in modules.
    static let quietZone = 4

    /// Modules along one side with the quiet zone: the SVG's viewBox.
    var sideWithQuietZone: Int { size + 2 * Self.quietZone }

    /// SVG path data drawing the dark modules, a rectangle per run of them
    /// in a row (`M5 4h3v1h-3z`), in units of one module.
    /// Written as bytes: interpolating four numbers into a String for every
    /// run took longer than encoding the code.
    var svgPath: String {
        // A run is at most 21 bytes (`M180 180h177v1h-177z`) and a row of n
        // modules has at most (n + 1) / 2 runs.
        let capacity = size * ((size + 1) / 2) * 21 + 1
        return String(unsafeUninitializedCapacity: capacity) { path in
            var count = 0
            @inline(__always) func put(_ byte: UInt8) {
                path[count] = byte
                count += 1
            }
            // Numbers here are below 1,000 (a side is at most 177 modules).
            @inline(__always) func put(number: Int) {
                if number >= 100 { put(UInt8(ascii: "0") + UInt8(number / 100)) }
                if number >= 10 { put(UInt8(ascii: "0") + UInt8(number / 10 % 10)) }
                put(UInt8(ascii: "0") + UInt8(number % 10))
            }
            // M<column> <row>h<run>v1h-<run>z
            @inline(__always) func putRun(_ column: Int, _ row: Int, _ run: Int) {
                put(UInt8(ascii: "M"))
                put(number: column + Self.quietZone)
                put(UInt8(ascii: " "))
                put(number: row + Self.quietZone)
                put(UInt8(ascii: "h"))
                put(number: run)
                put(UInt8(ascii: "v"))
                put(UInt8(ascii: "1"))
                put(UInt8(ascii: "h"))
                put(UInt8(ascii: "-"))
                put(number: run)
                put(UInt8(ascii: "z"))
            }
            for row in 0..<size {
                if size < 64 {
                    // The row as one word: each run found with two bit counts, not module by module.
                    var line = rowBits(row)
                    while line != 0 {
                        let column = line.trailingZeroBitCount
                        let run = (~(line >> UInt64(column))).trailingZeroBitCount
                        putRun(column, row, run)
                        line &= ~((((1 as UInt64) << UInt64(run)) &- 1) << UInt64(column))
                    }
                    continue
                }
                var column = 0
                while column < size {
                    guard isDark(row * size + column) else {
                        column += 1
                        continue
                    }
                    var run = 1
                    while column + run < size, isDark(row * size + column + run) { run += 1 }
                    putRun(column, row, run)
                    column += run
                }
            }
            return count
        }
    }
}
