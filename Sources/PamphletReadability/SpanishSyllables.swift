import Foundation

/// Spanish syllables, counted the way the word is read aloud, for the
/// Fernández-Huerta readability score.
///
/// Rules, in the order they apply to a word:
///
/// 1. **Pieces.** Anything that is not a letter or a digit separates pieces
///    ("CRISPR-Cas9" is "CRISPR", "Cas", "9"); the counts of the pieces add up.
/// 2. **Read-as table.** A few loanwords and acronyms that are said as a
///    word but not spelt like one are looked up first (`readAs`), e.g.
///    "CRISPR" is read "crísper" (2).
/// 3. **Acronyms.** A piece in capitals of 2 to 4 letters that cannot be said
///    as a Spanish word is spelt out with the Spanish letter names, and the
///    syllables of those names are counted: "ADN" is "a-de-e-ne" (4), "PCR"
///    is "pe-ce-e-rre" (4), "VIH" is "u-ve-i-ha-che" (5). A two-letter piece in
///    capitals is always spelt ("UE" u-e). Pronounceable ones are read as
///    words: "ONU" o-nu (2), "SIDA" si-da (2), "EPOC" e-poc (2). A piece is
///    pronounceable when it has a vowel, starts with at most one consonant
///    or an inseparable pair (pl, pr, bl...), and ends with at most one
///    consonant other than h.
/// 4. **Numbers.** A run of digits up to 999 999 is read as Spanish number
///    words ("2026" = "dos mil veintiséis", 5 syllables); longer runs are
///    read digit by digit.
/// 5. **Words** are split with the standard rules:
///    - *Units.* "ch", "ll", "rr" are one consonant. "qu" and "gu" before
///      e or i are one consonant (the u is silent: que-so, gue-rra, guion);
///      "gu" before a or o, and "gü", keep the u as a vowel (a-gua, pin-güi-no).
///    - *Vowels.* a, e, o (and á, é, ó) are strong; i, u, ü are weak;
///      í and ú are stressed weak vowels and behave like strong ones.
///      "y" is a vowel when nothing or a consonant follows it (hoy, muy,
///      buey, Uruguay; "y" alone) and a consonant before a vowel (ca-lla-do,
///      re-yes, a-yu-da).
///    - *Diphthongs and triphthongs.* Neighbouring vowels stay in one
///      syllable unless they are two strong vowels (po-e-ta, le-er), or an
///      í or ú next to a strong vowel (dí-a, pa-ís, Ra-úl, pro-te-í-na), or
///      the same weak vowel twice (chi-i-ta). So weak + strong, strong +
///      weak, weak + weak even with an accent (ciu-dad, cui-da-do,
///      vein-tiún, cuí-da-te) and weak + strong + weak (buey, U-ru-guay,
///      es-tu-diáis) are one syllable. When a run holds two
///      strong vowels with a weak one between them (pa-ra-no-ia), the weak
///      vowel starts the second syllable, as y does in re-yes.
///    - *h between vowels* is silent and transparent: the vowels on either
///      side are judged as if they touched. If they form a diphthong, the
///      h stays inside the syllable (ahu-mar, rehu-sar, prohi-bir: the
///      spoken syllables, following the RAE note that an h between vowels
///      does not prevent a diphthong); if they are in hiatus, the h starts
///      the next syllable (a-ho-ra, bú-ho, co-he-te). An h after a consonant
///      is an ordinary consonant (des-ha-cer, an-he-lo).
///    - *Consonants between vowels.* One goes with the next vowel (ca-sa).
///      Two are split (ar-te) unless they are an inseparable pair, which
///      goes with the next vowel: pl, pr, bl, br, cl, cr, dr, fl, fr, gl,
///      gr, kl, kr, tr, and tl (a-tlas, the usual split in Latin America and
///      Mexico; Spain often splits at-las, with the same count). "dl" is not
///      a pair (ad-lá-te-re). With three or more, the last two go with the
///      next vowel if they are a pair (hom-bre, ins-tru-men-to,
///      trans-plan-te), otherwise only the last one does (ins-tan-te,
///      obs-tá-cu-lo).
///    - Consonants before the first vowel and after the last one belong to
///      the first and last syllable. A piece with no vowel at all (an
///      interjection such as "pst") is one syllable.
///
/// Known limits: prefixes are not recognised (sub-ra-yar is split
/// su-bra-yar; the count is right); vowels across word boundaries are not
/// joined (synalepha), as no readability formula does that; ui and iu are
/// always one syllable, as the RAE's spelling rules have it (hui, cons-truí),
/// though some speakers say hu-í; a spoken hiatus without an accent mark
/// (pi-a-no in slow speech, ri-e-ron) is counted as a diphthong; foreign
/// words outside the read-as table are read as if they were Spanish.
public enum SpanishSyllables {
    /// The number of spoken syllables in `word` (0 when it has no letter or digit).
    public static func count(_ word: String) -> Int {
        syllabify(word).count
    }

    /// The spoken syllables of `word`. For ordinary words they are pieces of
    /// the word as written ("ciu", "dad"); for spelt acronyms, numbers and
    /// the read-as table they are the syllables of the reading ("a", "de",
    /// "e", "ne" for "ADN").
    public static func syllabify(_ word: String) -> [String] {
        var syllables: [String] = []
        for piece in pieces(of: word) {
            switch piece {
            case .letters(let letters):
                syllables += syllabifyLetters(letters)
            case .digits(let digits):
                syllables += syllabifyNumber(digits)
            }
        }
        return syllables
    }

    // MARK: - Pieces

    private enum Piece { case letters(String), digits(String) }

    private static func pieces(of word: String) -> [Piece] {
        var result: [Piece] = []
        var letters = "", digits = ""
        func flush() {
            if !letters.isEmpty { result.append(.letters(letters)); letters = "" }
            if !digits.isEmpty { result.append(.digits(digits)); digits = "" }
        }
        for character in word {
            if character.isLetter && character != "º" && character != "ª" {
                if !digits.isEmpty { flush() }
                letters.append(character)
            } else if character.isASCII && character.isNumber {
                if !letters.isEmpty { flush() }
                digits.append(character)
            } else {
                flush()
            }
        }
        flush()
        return result
    }

    /// Loanwords and acronyms said as a word whose spelling misleads the rules.
    static let readAs: [String: String] = [
        "crispr": "crísper",
    ]

    private static func syllabifyLetters(_ letters: String) -> [String] {
        let lower = letters.lowercased()
        if let reading = readAs[lower] {
            return syllabifyWord(reading)
        }
        if isAcronymToSpell(letters) {
            return lower.flatMap { letterNames[fold($0)] ?? [String($0)] }
        }
        return syllabifyWord(letters)
    }

    // MARK: - Acronyms

    /// Spanish names of the letters, as syllables.
    static let letterNames: [Character: [String]] = [
        "a": ["a"], "b": ["be"], "c": ["ce"], "d": ["de"], "e": ["e"], "f": ["e", "fe"],
        "g": ["ge"], "h": ["ha", "che"], "i": ["i"], "j": ["jo", "ta"], "k": ["ka"],
        "l": ["e", "le"], "m": ["e", "me"], "n": ["e", "ne"], "ñ": ["e", "ñe"], "o": ["o"],
        "p": ["pe"], "q": ["cu"], "r": ["e", "rre"], "s": ["e", "se"], "t": ["te"], "u": ["u"],
        "v": ["u", "ve"], "w": ["u", "ve", "do", "ble"], "x": ["e", "quis"], "y": ["ye"],
        "z": ["ze", "ta"],
    ]

    private static func isAcronymToSpell(_ letters: String) -> Bool {
        let characters = Array(letters)
        guard (2...4).contains(characters.count),
              characters.allSatisfy({ $0.isUppercase }) else { return false }
        if characters.count == 2 { return true }
        let lower = characters.map { fold(lowercase($0)) }
        let isVowel: (Character) -> Bool = { "aeiou".contains($0) }
        guard let first = lower.firstIndex(where: isVowel),
              let last = lower.lastIndex(where: isVowel) else { return true }
        let onset = lower[..<first].map { String($0) }.joined()
        let coda = Array(lower[(last + 1)...])
        let onsetOK = onset.count <= 1 || (onset.count == 2 && inseparablePairs.contains(onset))
        let codaOK = coda.isEmpty || (coda.count == 1 && coda[0] != "h")
        return !(onsetOK && codaOK)
    }

    // MARK: - Numbers

    private static func syllabifyNumber(_ digits: String) -> [String] {
        if digits.count <= 6, let value = Int(digits), !(digits.count > 1 && digits.hasPrefix("0")) {
            return numberWords(value).split(separator: " ").flatMap { syllabifyWord(String($0)) }
        }
        return digits.flatMap { numberWords(Int(String($0)) ?? 0).split(separator: " ").flatMap { syllabifyWord(String($0)) } }
    }

    private static let smallNumbers = [
        "cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve",
        "diez", "once", "doce", "trece", "catorce", "quince", "dieciséis", "diecisiete", "dieciocho", "diecinueve",
        "veinte", "veintiuno", "veintidós", "veintitrés", "veinticuatro", "veinticinco", "veintiséis",
        "veintisiete", "veintiocho", "veintinueve",
    ]
    private static let tens = ["", "", "", "treinta", "cuarenta", "cincuenta", "sesenta", "setenta", "ochenta", "noventa"]
    private static let hundreds = [
        "", "ciento", "doscientos", "trescientos", "cuatrocientos", "quinientos",
        "seiscientos", "setecientos", "ochocientos", "novecientos",
    ]

    /// Spanish words for 0...999 999 ("2026" -> "dos mil veintiséis").
    static func numberWords(_ value: Int) -> String {
        func below100(_ n: Int) -> String {
            n < 30 ? smallNumbers[n] : tens[n / 10] + (n % 10 == 0 ? "" : " y " + smallNumbers[n % 10])
        }
        func below1000(_ n: Int) -> String {
            if n == 100 { return "cien" }
            let rest = n % 100
            let head = hundreds[n / 100]
            if head.isEmpty { return below100(rest) }
            return rest == 0 ? head : head + " " + below100(rest)
        }
        if value < 1000 { return below1000(value) }
        let thousands = value / 1000, rest = value % 1000
        var head: String
        if thousands == 1 {
            head = "mil"
        } else {
            head = below1000(thousands)
            // "uno" shortens before "mil": veintiún mil, treinta y un mil.
            if head.hasSuffix("veintiuno") { head = String(head.dropLast(3)) + "ún" }
            else if head.hasSuffix("uno") { head = String(head.dropLast(1)) }
            head += " mil"
        }
        return rest == 0 ? head : head + " " + below1000(rest)
    }

    // MARK: - Words

    private enum Kind: Equatable { case strong, weak, stressedWeak, consonant }

    /// A sound unit: one or more written characters (ch, ll, rr, qu, gu count as one).
    private struct Unit {
        var text: String
        var kind: Kind
        /// An h between vowels: silent, and transparent to diphthongs.
        var isTransparentH = false
        var isVowel: Bool { kind != .consonant }
    }

    /// Inseparable consonant pairs that start a syllable together.
    static let inseparablePairs: Set<String> = [
        "pl", "pr", "bl", "br", "cl", "cr", "dr", "fl", "fr", "gl", "gr", "kl", "kr", "tr", "tl",
    ]

    private static func lowercase(_ character: Character) -> Character {
        character.lowercased().first ?? character
    }

    /// Lowercase letter with any diacritic other than those Spanish spelling uses removed.
    private static func fold(_ character: Character) -> Character {
        if "áéíóúüñ".contains(character) { return character }
        let folded = String(character).folding(options: [.diacriticInsensitive], locale: nil)
        return folded.count == 1 ? Character(folded) : character
    }

    private static func kind(of c: Character) -> Kind {
        switch c {
        case "a", "e", "o", "á", "é", "ó": return .strong
        case "i", "u", "ü": return .weak
        case "í", "ú": return .stressedWeak
        default: return .consonant
        }
    }

    private static func units(of word: String) -> [Unit] {
        let original = Array(word)
        let lower = original.map { fold(lowercase($0)) }
        func isVowelLetter(_ i: Int) -> Bool {
            i >= 0 && i < lower.count && (kind(of: lower[i]) != .consonant)
        }
        func isFrontVowel(_ i: Int) -> Bool {
            i < lower.count && "eiéí".contains(lower[i])
        }
        var units: [Unit] = []
        var i = 0
        while i < lower.count {
            let c = lower[i]
            let next: Character? = i + 1 < lower.count ? lower[i + 1] : nil
            let pairText = i + 1 < lower.count ? String(original[i...(i + 1)]) : ""
            if (c == "c" && next == "h") || (c == "l" && next == "l") || (c == "r" && next == "r") {
                units.append(Unit(text: pairText, kind: .consonant))
                i += 2
            } else if (c == "q" || c == "g") && next == "u" && isFrontVowel(i + 2) {
                units.append(Unit(text: pairText, kind: .consonant))
                i += 2
            } else if c == "y" {
                // A vowel at the end or before a consonant; a consonant before a vowel.
                let vowel = next == nil || !isVowelLetter(i + 1)
                units.append(Unit(text: String(original[i]), kind: vowel ? .weak : .consonant))
                i += 1
            } else if c == "h" {
                let afterVowel = units.last?.isVowel ?? false
                let beforeVowel = isVowelLetter(i + 1) || (next == "y" && i + 2 >= lower.count)
                var unit = Unit(text: String(original[i]), kind: .consonant)
                unit.isTransparentH = afterVowel && beforeVowel
                units.append(unit)
                i += 1
            } else {
                units.append(Unit(text: String(original[i]), kind: kind(of: c)))
                i += 1
            }
        }
        return units
    }

    /// True when two touching vowels belong to different syllables.
    private static func isHiatus(_ a: Unit, _ b: Unit) -> Bool {
        let strongish: (Kind) -> Bool = { $0 == .strong || $0 == .stressedWeak }
        // Two strong vowels, or í/ú next to a strong vowel.
        if strongish(a.kind) && strongish(b.kind) { return true }
        // Two weak vowels (ui, iu, uí, iú) form a diphthong unless they are the same.
        if a.kind != .strong && b.kind != .strong {
            let x = fold(lowercase(Character(a.text))), y = fold(lowercase(Character(b.text)))
            let normal: (Character) -> Character = { "yí".contains($0) ? "i" : ("üú".contains($0) ? "u" : $0) }
            return normal(x) == normal(y)
        }
        return false
    }

    private static func syllabifyWord(_ word: String) -> [String] {
        let units = units(of: word)
        guard !units.isEmpty else { return [] }

        // Nuclei: ranges of unit indices holding one vowel group each
        // (transparent h included when it sits inside a diphthong).
        var nuclei: [ClosedRange<Int>] = []
        var i = 0
        while i < units.count {
            guard units[i].isVowel else { i += 1; continue }
            var start = i, end = i
            var strongCount = units[i].kind == .strong ? 1 : 0
            var j = i + 1
            while j < units.count {
                // Skip one transparent h to find the next vowel.
                var k = j
                if units[k].isTransparentH { k += 1 }
                guard k < units.count, units[k].isVowel else { break }
                let previous = units[end], candidate = units[k]
                if isHiatus(previous, candidate) { break }
                if candidate.kind == .strong && strongCount > 0 {
                    // strong + weak + strong: the weak vowel opens the next syllable.
                    if previous.kind == .weak && end > start {
                        nuclei.append(start...(end - 1))
                        start = end
                        strongCount = 0
                    } else {
                        break
                    }
                }
                if candidate.kind == .strong { strongCount += 1 }
                end = k
                j = k + 1
            }
            nuclei.append(start...end)
            i = end + 1
        }
        guard !nuclei.isEmpty else { return [units.map(\.text).joined()] }

        // Boundaries: index of the first unit of each syllable after the first.
        var boundaries: [Int] = []
        for n in 1..<nuclei.count {
            let gapStart = nuclei[n - 1].upperBound + 1, gapEnd = nuclei[n].lowerBound // gap = gapStart..<gapEnd
            let gap = gapEnd - gapStart
            switch gap {
            case 0:
                boundaries.append(gapEnd)
            case 1:
                boundaries.append(gapStart)
            default:
                let pair = (units[gapEnd - 2].text + units[gapEnd - 1].text).lowercased()
                let foldedPair = String(pair.map { fold($0) })
                boundaries.append(inseparablePairs.contains(foldedPair) ? gapEnd - 2 : gapEnd - 1)
            }
        }
        var syllables: [String] = []
        var start = 0
        for boundary in boundaries + [units.count] {
            syllables.append(units[start..<boundary].map(\.text).joined())
            start = boundary
        }
        return syllables
    }
}
