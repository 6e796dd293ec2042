/// One line of a GFM pipe table, read as GFM's table extension reads it
/// (cmark-gfm's `row_from_string` and `scan_table_start`).
enum PipeTableLine {
    enum Alignment: Sendable, Equatable { case none, left, center, right }

    private static let pipe = UInt8(ascii: "|"), backslash = UInt8(ascii: "\\")

    /// The cells of a row: split at pipes that are not backslash-escaped, the
    /// outer pipes dropped, each cell trimmed, and `\|` turned into `|` before
    /// the cell's inlines are parsed (so it works inside code spans, as GFM says).
    static func cells(_ line: ArraySlice<UInt8>) -> [[UInt8]] {
        cellsWithStarts(line).map(\.bytes)
    }

    /// The cells, each with the index in `line`'s storage where its text starts
    /// (so a link in a cell is reported at its column).
    static func cellsWithStarts(_ line: ArraySlice<UInt8>) -> [(bytes: [UInt8], start: Int)] {
        var bytes = trimmed(line)
        if bytes.first == pipe { bytes = bytes.dropFirst() }
        var cells: [(bytes: [UInt8], start: Int)] = []
        var cell: [UInt8] = []
        var index = bytes.startIndex
        var cellStart = index
        var sawPipe = false
        func finish(_ cell: [UInt8]) -> (bytes: [UInt8], start: Int) {
            let text = trimmed(cell[...])
            return (Array(text), cellStart + (text.startIndex - cell.startIndex))
        }
        while index < bytes.endIndex {
            let byte = bytes[index]
            if byte == backslash, index + 1 < bytes.endIndex, isASCIIPunctuation(bytes[index + 1]) {
                // `\|` loses its backslash; every other escape stays for cmark.
                if bytes[index + 1] != pipe { cell.append(byte) }
                cell.append(bytes[index + 1])
                index += 2
                continue
            }
            if byte == pipe {
                cells.append(finish(cell))
                cell.removeAll(keepingCapacity: true)
                cellStart = index + 1
                sawPipe = true
            } else {
                cell.append(byte)
            }
            index += 1
        }
        // A trailing pipe ends the last cell; without one, what follows the last pipe is a cell.
        let last = finish(cell)
        if !last.bytes.isEmpty || !sawPipe { cells.append(last) }
        return cells
    }

    /// The alignments of a delimiter row (`| :--- | :---: | ---: |`), or nil
    /// when the line is not one.
    static func delimiter(_ line: ArraySlice<UInt8>) -> [Alignment]? {
        var bytes = trimmed(line)
        guard !bytes.isEmpty else { return nil }
        let hasOuterPipe = bytes.first == pipe || bytes.last == pipe
        if bytes.first == pipe { bytes = bytes.dropFirst() }
        if bytes.last == pipe { bytes = bytes.dropLast() }
        var alignments: [Alignment] = []
        for part in bytes.split(separator: pipe, omittingEmptySubsequences: false) {
            var marker = trimmed(part)
            let left = marker.first == UInt8(ascii: ":")
            if left { marker = marker.dropFirst() }
            let right = marker.last == UInt8(ascii: ":")
            if right { marker = marker.dropLast() }
            guard !marker.isEmpty, marker.allSatisfy({ $0 == UInt8(ascii: "-") }) else { return nil }
            alignments.append(left && right ? .center : left ? .left : right ? .right : .none)
        }
        // A lone `---` is a thematic break or a heading underline, never a table.
        if alignments.count == 1 && !hasOuterPipe && !bytes.contains(UInt8(ascii: ":")) { return nil }
        return alignments
    }

    static func trimmed(_ bytes: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        var slice = bytes
        while let first = slice.first, first == 0x20 || first == 0x09 { slice = slice.dropFirst() }
        while let last = slice.last, last == 0x20 || last == 0x09 || last == 0x0D { slice = slice.dropLast() }
        return slice
    }

    static func isASCIIPunctuation(_ byte: UInt8) -> Bool {
        (0x21...0x2F).contains(byte) || (0x3A...0x40).contains(byte) || (0x5B...0x60).contains(byte) || (0x7B...0x7E).contains(byte)
    }
}
