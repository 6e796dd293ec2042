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
        let count = width * width
        let data = UnsafeRawPointer(code.pointee.data!)
        var bits = [UInt64](repeating: 0, count: (count + 63) / 64)
        var module = 0
        // Eight modules at a time: a multiplication gathers the lowest bits of
        // eight bytes into the top byte, the first byte's lowest (module by
        // module was a tenth of a code's cost).
        while module + 8 <= count {
            let word = UInt64(littleEndian: data.loadUnaligned(fromByteOffset: module, as: UInt64.self))
            let eight = ((word & 0x0101_0101_0101_0101) &* 0x0102_0408_1020_4080) >> 56
            bits[module >> 6] |= eight << UInt64(module & 63)
            module += 8
        }
        while module < count {
            if data.load(fromByteOffset: module, as: UInt8.self) & 1 == 1 { bits[module >> 6] |= 1 << UInt64(module & 63) }
            module += 1
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
    /// Each run is three stores of precomputed bytes (`QRPathPieces`): `M`
    /// and the column, the row's ` 4h` (the same for every run of a row), and
    /// the run's `3v1h-3z`; writing them a byte and a digit at a time took
    /// 40,000 instructions a code, made twice for most pages (the page and
    /// its section's printable page).
    var svgPath: String {
        // A run is at most 21 bytes (`M180 180h177v1h-177z`) and a row of n
        // modules has at most (n + 1) / 2 runs; the stores write up to 16
        // bytes past a piece's end, overwritten by the next one.
        let capacity = size * ((size + 1) / 2) * 21 + QRPathPieces.slack
        let pieces = QRPathPieces.shared
        return pieces.column.withUnsafeBufferPointer { columns in
            pieces.row.withUnsafeBufferPointer { rows in
                pieces.run.withUnsafeBufferPointer { runs in
                    // The tables by pointer: a bounds check and the table's
                    // reference counting per piece were an eighth of the path's instructions.
                    let columns = columns.baseAddress! + Self.quietZone, rows = rows.baseAddress! + Self.quietZone
                    let runs = runs.baseAddress!
                    return String(unsafeUninitializedCapacity: capacity) { path in
                        let base = UnsafeMutableRawPointer(path.baseAddress!)
                        var count = 0
                        for row in 0..<size {
                            let rowPiece = rows[row]
                            @inline(__always) func putRun(_ column: Int, _ run: Int) {
                                let start = columns[column]
                                base.storeBytes(of: start.low, toByteOffset: count, as: UInt64.self)
                                count += start.count
                                base.storeBytes(of: rowPiece.low, toByteOffset: count, as: UInt64.self)
                                count += rowPiece.count
                                let runPiece = runs[run]
                                base.storeBytes(of: runPiece.low, toByteOffset: count, as: UInt64.self)
                                base.storeBytes(of: runPiece.high, toByteOffset: count + 8, as: UInt64.self)
                                count += runPiece.count
                            }
                            if size < 64 {
                                // The row as one word: each run found with two bit counts, not module by module.
                                var line = rowBits(row)
                                while line != 0 {
                                    let column = line.trailingZeroBitCount
                                    let run = (~(line >> UInt64(column))).trailingZeroBitCount
                                    putRun(column, run)
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
                                putRun(column, run)
                                column += run
                            }
                        }
                        return count
                    }
                }
            }
        }
    }
}
