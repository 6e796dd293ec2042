/// Cuts a text's UTF-8 bytes into `TextCluster`s: the same characters that
/// iterating the `String` gives, without Swift's grapheme breaking, which
/// was most of the cost of checking reading levels.
///
/// The bytes are decoded here, ASCII by a table. Grapheme breaking is
/// modelled for what patient pages hold: a scalar is a character of its
/// own, except that "\r\n" is one character and that a combining mark
/// (Grapheme_Extend) joins the character before it unless that one is a
/// control or a line break (Unicode's GB3, GB4, GB9). Scalars whose joining
/// follows other rules (Hangul jamo, emoji sequences, flags, spacing marks,
/// prepended marks, the marks of Indic scripts) are not modelled: a text with
/// one of them is cut by iterating its `Character`s instead.
enum ClusterScanner {
    /// The clusters of `bytes` (the UTF-8 of `text`) into `clusters`, then
    /// one more whose `start` is the byte count: `count` of them, from the
    /// first. The array may hold more after them: a plain ASCII text (see
    /// `isPlainASCII`, then `plainASCII` is true) reuses it without cutting it.
    static func scan(
        _ bytes: UnsafeBufferPointer<UInt8>, of text: Substring, into clusters: inout [TextCluster]
    ) -> (count: Int, plainASCII: Bool) {
        if isPlainASCII(bytes) {
            scanASCII(bytes, into: &clusters)
            return (bytes.count + 1, true)
        }
        return (scanNotPlain(bytes, of: text, into: &clusters), false)
    }

    /// `scan` of a text that is not plain ASCII (`isPlainASCII` said so): the clusters' count.
    static func scanNotPlain(_ bytes: UnsafeBufferPointer<UInt8>, of text: Substring, into clusters: inout [TextCluster]) -> Int {
        clusters.removeAll(keepingCapacity: true)
        if !scanModelled(bytes, into: &clusters) {
            clusters.removeAll(keepingCapacity: true)
            scanCharacters(text, into: &clusters)
        }
        clusters.append(TextCluster(start: bytes.count, flags: []))
        return clusters.count
    }

    /// Whether every byte is ASCII and none is "\r": then every byte is a
    /// character of its own. Eight bytes at a time (most blocks are plain).
    static func isPlainASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        let n = bytes.count
        var i = 0
        while i + 8 <= n {
            let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
            // A byte at 0x80 or above, or a byte equal to 0x0D (zero after the xor).
            let carriage = word ^ 0x0D0D_0D0D_0D0D_0D0D
            let zeroByte = (carriage &- 0x0101_0101_0101_0101) & ~carriage & 0x8080_8080_8080_8080
            if (word & 0x8080_8080_8080_8080) | zeroByte != 0 { return false }
            i += 8
        }
        while i < n {
            if base[i] >= 0x80 || base[i] == 0x0D { return false }
            i += 1
        }
        return true
    }

    /// The cut of plain ASCII text: a character per byte, its classes from
    /// the table, and the end marker. The array keeps its length from text to
    /// text and is lengthened when too short, never cut (appending a repeated
    /// element cost more than the cut itself, and blocks long and short alternate).
    private static func scanASCII(_ bytes: UnsafeBufferPointer<UInt8>, into clusters: inout [TextCluster]) {
        let n = bytes.count
        if clusters.count < n + 1 {
            clusters.append(contentsOf: repeatElement(TextCluster(start: 0, flags: []), count: n + 1 - clusters.count))
        }
        asciiFlags.withUnsafeBufferPointer { table in
            clusters.withUnsafeMutableBufferPointer { out in
                for i in 0..<n {
                    out[i] = TextCluster(start: i, flags: table[Int(bytes[i])])
                }
                out[n] = TextCluster(start: n, flags: [])
            }
        }
    }

    /// The modelled cut; false, leaving `clusters` half-filled, at a scalar it does not model.
    private static func scanModelled(_ bytes: UnsafeBufferPointer<UInt8>, into clusters: inout [TextCluster]) -> Bool {
        let n = bytes.count
        // At most one character a byte: they are written in place, then the
        // rest cut off (an append per byte was most of this scan's time).
        clusters.append(contentsOf: repeatElement(TextCluster(start: 0, flags: []), count: n))
        var count = 0
        let modelled = asciiFlags.withUnsafeBufferPointer { table in
            clusters.withUnsafeMutableBufferPointer { out -> Bool in
                var i = 0
                // A mark after a control, a line break or the start of the text is a character of its own (GB4).
                var afterControl = true
                while i < n {
                    let b = bytes[i]
                    if b < 0x80 {
                        if b == 0x0D, i + 1 < n, bytes[i + 1] == 0x0A {
                            out[count] = TextCluster(start: i, flags: table[0x0A])
                            i += 2
                        } else {
                            out[count] = TextCluster(start: i, flags: table[Int(b)])
                            i += 1
                        }
                        count += 1
                        afterControl = b < 0x20 || b == 0x7F
                        continue
                    }
                    let (scalar, length) = decode(bytes, at: i)
                    switch kind(of: scalar) {
                    case .unmodelled:
                        return false
                    case .mark where !afterControl:
                        // Joins the character before: comparisons with one character no longer hold.
                        out[count - 1].flags = out[count - 1].flags.intersection(.ofFirstScalar).union(.caseNeedsCharacter)
                    case .mark:
                        out[count] = TextCluster(start: i, flags: flags(of: scalar).union(.leadingMark))
                        count += 1
                        afterControl = false
                    case .control:
                        out[count] = TextCluster(start: i, flags: flags(of: scalar))
                        count += 1
                        afterControl = true
                    case .other:
                        out[count] = TextCluster(start: i, flags: flags(of: scalar))
                        count += 1
                        afterControl = false
                    }
                    i += length
                }
                return true
            }
        }
        clusters.removeLast(clusters.count - count)
        return modelled
    }

    /// The general cut, one `Character` at a time.
    static func scanCharacters(_ text: Substring, into clusters: inout [TextCluster]) {
        var offset = 0
        for character in text {
            var flags: TextCluster.Flags
            if let a = character.quickASCII {
                flags = asciiFlags[Int(a)]
            } else {
                let scalars = character.unicodeScalars
                let first = scalars.first!
                flags = self.flags(of: first)
                if scalars.count > 1 {
                    flags = flags.intersection(.ofFirstScalar).union(.caseNeedsCharacter)
                }
                if first.value >= 0x80, (" " + String(first)).count == 1 {
                    flags.insert(.leadingMark)
                }
            }
            clusters.append(TextCluster(start: offset, flags: flags))
            offset += character.utf8.count
        }
    }

    /// The scalar starting at `i` of valid UTF-8, and its length in bytes.
    @inline(__always)
    private static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (Unicode.Scalar, Int) {
        let b0 = UInt32(bytes[i])
        let value: UInt32
        let length: Int
        if b0 < 0xE0 {
            value = (b0 & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F)
            length = 2
        } else if b0 < 0xF0 {
            value = (b0 & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
            length = 3
        } else {
            value = (b0 & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12
                | UInt32(bytes[i + 2] & 0x3F) << 6 | UInt32(bytes[i + 3] & 0x3F)
            length = 4
        }
        return (Unicode.Scalar(value)!, length)
    }

    private enum Kind { case other, mark, control, unmodelled }

    /// How a non-ASCII scalar joins its neighbours.
    private static func kind(of scalar: Unicode.Scalar) -> Kind {
        switch scalar.value {
        case 0x2010...0x2027, 0x2030...0x205F, 0x00A0...0x00AC, 0x00AE...0x02FF:
            return .other   // Common punctuation and Latin letters, answered without property look-ups.
        case 0x200D, 0x0E33, 0x0EB3,                                    // ZWJ; Thai and Lao AM (spacing marks)
             0x1100...0x11FF, 0xA960...0xA97F, 0xAC00...0xD7A3, 0xD7B0...0xD7FF,  // Hangul
             0x1F1E6...0x1F1FF, 0x1F3FB...0x1F3FF,                      // flags, skin tones
             0x0600...0x0605, 0x06DD, 0x070F, 0x0890...0x0891, 0x08E2, 0x0D4E, // prepended marks
             0x11000...0x11FFF:                                         // Brahmi and related scripts
            return .unmodelled
        default:
            break
        }
        let properties = scalar.properties
        if properties.isGraphemeExtend {
            switch scalar.value {
            case 0x0300...0x08FF, 0x1AB0...0x1AFF, 0x1DC0...0x1DFF, 0x200C, 0x20D0...0x20FF,
                 0x302A...0x302F, 0x3099...0x309A, 0xFE00...0xFE0F, 0xFE20...0xFE2F:
                return .mark
            default:
                return .unmodelled   // Indic scripts join consonants across a virama (GB9c).
            }
        }
        switch properties.generalCategory {
        case .spacingMark, .unassigned, .surrogate:
            return .unmodelled
        case .control, .format, .lineSeparator, .paragraphSeparator:
            return .control
        default:
            return .other
        }
    }

    /// The classes of a character of this one scalar.
    private static func flags(of scalar: Unicode.Scalar) -> TextCluster.Flags {
        if scalar.isASCII { return asciiFlags[Int(scalar.value)] }
        var flags: TextCluster.Flags = .caseNeedsCharacter
        switch scalar.value {
        case 0x2019: flags.formUnion([.innerJoiner, .closer])
        case 0x2010, 0x2011: flags.insert(.innerJoiner)
        case 0x201D, 0x00BB: flags.insert(.closer)
        // “ ‘ « and Spanish ¿ ¡, which open a question or an exclamation.
        case 0x201C, 0x2018, 0x00AB, 0x00BF, 0x00A1: flags.insert(.opener)
        case 0x2026: flags.formUnion([.sentenceEnd, .ellipsis])
        case 0x0085, 0x2028, 0x2029: flags.insert(.newline)
        default: break
        }
        let properties = scalar.properties
        if properties.isAlphabetic { flags.insert(.letter) }
        if properties.numericType != nil { flags.insert(.number) }
        if properties.isWhitespace { flags.insert(.whitespace) }
        return flags
    }

    /// The classes of each ASCII character ("\r\n" is looked up as "\n").
    static let asciiFlags: [TextCluster.Flags] = (0..<128).map { (a: Int) -> TextCluster.Flags in
        var flags: TextCluster.Flags = []
        switch a {
        case 0x41...0x5A: flags = [.letter, .uppercase]
        case 0x61...0x7A: flags = .letter
        case 0x30...0x39: flags = .number
        case 0x0A...0x0D: flags = [.whitespace, .newline]
        case 0x09, 0x20: flags = .whitespace
        case 0x21, 0x3F: flags = .sentenceEnd
        case 0x2E: flags = [.sentenceEnd, .period]
        case 0x2C: flags = .comma
        case 0x2D: flags = .innerJoiner
        case 0x27: flags = [.innerJoiner, .closer, .opener]
        case 0x22, 0x2A, 0x5F: flags = [.closer, .opener]
        case 0x29, 0x5D, 0x7D: flags = .closer
        case 0x28, 0x5B: flags = .opener
        default: break
        }
        return flags
    }
}
