import Foundation

/// Fernández-Huerta reading ease for Spanish (Fernández Huerta, 1959), the
/// Spanish adaptation of Flesch's Reading Ease:
///
///     L = 206.84 - 0.60 * P - 1.02 * F
///
/// P is the number of syllables per 100 words. F is the average number of
/// **words per sentence**.
///
/// Note on F: the formula is often quoted with F = "sentences per 100
/// words". With the minus sign that reading is backwards: cutting a long
/// sentence in two would make a text score as *harder*. Gwillim Law (2011,
/// "Error in the Fernandez Huerta Readability Formula") showed the intended
/// term is words per sentence, which also matches Flesch's own term
/// (1.015 x words per sentence). This is the form used by legible.es and
/// by the textstat library, and the one implemented here. At 10 words per
/// sentence the two readings agree (F = 10 either way).
///
/// Higher is easier. The score is not clamped: very short words and
/// sentences can give more than 100, and very dense text less than 0;
/// `band(for:)` puts those in the outermost bands.
public enum FernandezHuerta {
    /// The score for a text with these counts. A text with words but no
    /// sentence end counts as one sentence. With no words there is nothing
    /// to measure and the score is 0; callers should skip such text rather
    /// than report it as hard.
    public static func score(words: Int, sentences: Int, syllables: Int) -> Double {
        guard words > 0 else { return 0 }
        let w = Double(words)
        let p = 100 * Double(syllables) / w          // syllables per 100 words
        let f = w / Double(max(sentences, 1))        // words per sentence
        return 206.84 - 0.60 * p - 1.02 * f
    }

    /// The band a score falls in. Lower bounds are inclusive: 90 is "muy
    /// fácil", 89.99 is "fácil".
    public static func band(for score: Double) -> SpanishReadabilityBand {
        SpanishReadabilityBand.allCases.first { score >= $0.minimumScore } ?? .muyDificil
    }

    /// Approximate US school grade for a score, for comparison with the
    /// Flesch-Kincaid grade that English pages are checked against.
    public static func approximateUSGrade(for score: Double) -> ClosedRange<Int> {
        band(for: score).usGrades
    }

    /// Suggested lowest score for patient materials: 60, the bottom of
    /// "normal" (Fernández Huerta's "normal para adulto", school grades 7-8
    /// in his table; Flesch's "standard", US grades 8-9). It is the Spanish
    /// counterpart of the English default `readability.max_grade: 8`, and
    /// the upper end of the grade 6-8 range that US health-literacy guidance
    /// (NIH, AMA) gives for patient materials. Aim for 70 or more
    /// ("bastante fácil") when the audience is broad.
    public static let defaultMinimumScore = 60.0
}

/// The seven bands of the Fernández-Huerta scale, easiest first, with their
/// labels as used in Spanish (after Fernández Huerta's table as republished
/// by legible.es) and the US grades of Flesch's original Reading Ease table,
/// which the Spanish formula was built to match.
public enum SpanishReadabilityBand: String, CaseIterable, Sendable {
    case muyFacil = "muy fácil"
    case facil = "fácil"
    case bastanteFacil = "bastante fácil"
    case normal = "normal"
    case bastanteDificil = "bastante difícil"
    case dificil = "difícil"
    case muyDificil = "muy difícil"

    /// The label shown to writers ("bastante fácil").
    public var label: String { rawValue }

    /// Lowest score in the band (inclusive). The top band also takes scores
    /// above 100 and the bottom one scores below 0.
    public var minimumScore: Double {
        switch self {
        case .muyFacil: 90
        case .facil: 80
        case .bastanteFacil: 70
        case .normal: 60
        case .bastanteDificil: 50
        case .dificil: 30
        case .muyDificil: -.infinity
        }
    }

    /// US school grades for the band in Flesch's 1948 table (17 and 18 stand
    /// for "college graduate").
    public var usGrades: ClosedRange<Int> {
        switch self {
        case .muyFacil: 5...5
        case .facil: 6...6
        case .bastanteFacil: 7...7
        case .normal: 8...9
        case .bastanteDificil: 10...12
        case .dificil: 13...16
        case .muyDificil: 17...18
        }
    }

    /// School level in Fernández Huerta's own table (Spanish school system).
    public var spanishSchoolLevel: String {
        switch self {
        case .muyFacil: "4.º grado"
        case .facil: "5.º grado"
        case .bastanteFacil: "6.º grado"
        case .normal: "7.º u 8.º grado"
        case .bastanteDificil: "preuniversitario"
        case .dificil: "cursos selectivos"
        case .muyDificil: "universitario"
        }
    }
}

/// Word, sentence and syllable counts of Spanish prose.
public struct SpanishTextStatistics: Sendable, Equatable {
    public var words = 0
    public var sentences = 0
    public var syllables = 0

    public init(words: Int = 0, sentences: Int = 0, syllables: Int = 0) {
        self.words = words
        self.sentences = sentences
        self.syllables = syllables
    }

    /// Counts `text`. A word is a run of characters between spaces that holds
    /// a letter or a digit (punctuation such as ¿ ¡ , ; : ( ) « » is ignored).
    /// A sentence ends at ".", "?", "!" or "…" (a run of them counts once; a
    /// "." counts only when a space or the end follows it, so "1.5" does not
    /// end a sentence); words after the last end make one more sentence.
    public init(text: String) {
        var inSentence = false
        var token = ""
        func finishToken() {
            if token.contains(where: { $0.isLetter || $0.isNumber }) {
                words += 1
                syllables += SpanishSyllables.count(token)
                inSentence = true
            }
            token = ""
        }
        let characters = Array(text)
        for (index, character) in characters.enumerated() {
            if character.isWhitespace {
                finishToken()
                continue
            }
            let isStop: Bool
            switch character {
            case "?", "!", "…": isStop = true
            case ".":
                let next = index + 1 < characters.count ? characters[index + 1] : " "
                isStop = next.isWhitespace || "\"'»”)]".contains(next)
            default: isStop = false
            }
            if isStop {
                finishToken()
                if inSentence { sentences += 1 }
                inSentence = false
            } else {
                token.append(character)
            }
        }
        finishToken()
        if inSentence { sentences += 1 }
    }

    public var fernandezHuerta: Double {
        FernandezHuerta.score(words: words, sentences: sentences, syllables: syllables)
    }
}
