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
/// sentences can give more than 100, and very dense text less than 0.
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

    /// Suggested lowest score for patient materials: 60, the bottom of
    /// "normal" (Fernández Huerta's "normal para adulto", school grades 7-8
    /// in his table; Flesch's "standard", US grades 8-9). It is the Spanish
    /// counterpart of the English default `readability.max_grade: 8`, and
    /// the upper end of the grade 6-8 range that US health-literacy guidance
    /// (NIH, AMA) gives for patient materials. Aim for 70 or more
    /// ("bastante fácil") when the audience is broad.
    public static let defaultMinimumScore = 60.0
}
