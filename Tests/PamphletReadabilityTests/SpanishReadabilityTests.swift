import XCTest
@testable import PamphletReadability

/// Fernández-Huerta, L = 206.84 - 0.60 * P - 1.02 * F, with P = syllables per
/// 100 words and F = words per sentence. The expected scores below were
/// worked out by hand; the arithmetic is in the comments.
final class SpanishReadabilityTests: XCTestCase {
    // Text 1, easy: 2 sentences.
    //   El(1) ADN(4: a-de-e-ne) está(2) en(1) sus(1) células(3)     -> 6 words, 12 syllables
    //   Un(1) gen(1) es(1) una(2) parte(2) del(1) ADN(4)             -> 7 words, 12 syllables
    //   words 13, sentences 2, syllables 24
    //   P = 100 * 24 / 13 = 184.6154        0.60 * P = 110.7692
    //   F = 13 / 2 = 6.5                    1.02 * F =   6.63
    //   L = 206.84 - 110.7692 - 6.63 = 89.4408  -> "fácil" (80-90), US grade 6
    private let text1 = "El ADN está en sus células. Un gen es una parte del ADN."

    // Text 2, normal: 4 sentences, one of them a question.
    //   La(1) terapia(3) génica(3) es(1) un(1) tratamiento(4) médico(3)               -> 7 words, 16
    //   Busca(2) corregir(3) el(1) problema(3) que(1) causa(2) una(2) enfermedad(4)  -> 8 words, 18
    //   ¿Es(1) segura(3)?                                                             -> 2 words,  4
    //   Todavía(4: to-da-ví-a) se(1) estudia(3) con(1) mucho(2) cuidado(3)           -> 6 words, 14
    //   words 23, sentences 4, syllables 52
    //   P = 100 * 52 / 23 = 226.0870        0.60 * P = 135.6522
    //   F = 23 / 4 = 5.75                   1.02 * F =   5.865
    //   L = 206.84 - 135.6522 - 5.865 = 65.3228  -> "normal" (60-70), US grades 8-9
    private let text2 = """
        La terapia génica es un tratamiento médico. Busca corregir el problema que causa una enfermedad. \
        ¿Es segura? Todavía se estudia con mucho cuidado.
        """

    // Text 3, hard: 1 long sentence.
    //   La(1) amaurosis(4) congénita(4) de(1) Leber(2) es(1) un(1) trastorno(3)
    //   hereditario(5) de(1) la(1) retina(3) que(1) produce(3) una(2) disminución(4)
    //   importante(4) de(1) la(1) agudeza(4) visual(2) desde(2) edades(3) tempranas(3)
    //   words 24, sentences 1, syllables 57
    //   P = 100 * 57 / 24 = 237.5           0.60 * P = 142.5
    //   F = 24 / 1 = 24                     1.02 * F =  24.48
    //   L = 206.84 - 142.5 - 24.48 = 39.86  -> "difícil" (30-50), US grades 13-16
    private let text3 = """
        La amaurosis congénita de Leber es un trastorno hereditario de la retina que produce \
        una disminución importante de la agudeza visual desde edades tempranas.
        """

    /// What the build measures a Spanish page with.
    private func report(_ text: String) -> ReadabilityReport {
        Readability.analyze([ProseBlock(text: text, line: 1, kind: .paragraph)], language: "es")
    }

    private func assertCounts(_ report: ReadabilityReport, _ expected: [Int], file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual([report.words, report.sentences, report.syllables], expected, "words, sentences, syllables", file: file, line: line)
    }

    func testText1ByHand() throws {
        let report = report(text1)
        assertCounts(report, [13, 2, 24])
        XCTAssertEqual(FernandezHuerta.score(words: 13, sentences: 2, syllables: 24), 89.4408, accuracy: 0.0001)
        XCTAssertEqual(try XCTUnwrap(report.fernandezHuerta), 89.4408, accuracy: 0.0001)
    }

    func testText2ByHand() throws {
        let report = report(text2)
        assertCounts(report, [23, 4, 52])
        XCTAssertEqual(try XCTUnwrap(report.fernandezHuerta), 65.3228, accuracy: 0.0001)
    }

    func testText3ByHand() throws {
        let report = report(text3)
        assertCounts(report, [24, 1, 57])
        XCTAssertEqual(try XCTUnwrap(report.fernandezHuerta), 39.86, accuracy: 0.0001)
        XCTAssertLessThan(try XCTUnwrap(report.fernandezHuerta), FernandezHuerta.defaultMinimumScore)
    }

    /// English pages get no Fernández-Huerta score; Spanish ones are not scored by the English word list.
    func testOnlySpanishPagesGetTheScore() {
        XCTAssertNil(Readability.analyze([ProseBlock(text: text1, line: 1, kind: .paragraph)], language: "en").fernandezHuerta)
        XCTAssertNotNil(Readability.analyze([ProseBlock(text: text1, line: 1, kind: .paragraph)], language: "es-MX").fernandezHuerta)
        XCTAssertTrue(report("El médico le explicará el tratamiento.").hardestWords.allSatisfy { $0.plainer == nil })
    }

    /// Splitting a sentence in two must make a text easier. With F read as
    /// "sentences per 100 words" (and the minus sign) it would get harder:
    /// 100 words, 200 syllables, 5 sentences: 206.84 - 120 - 1.02 * 5 = 81.74,
    /// but 10 sentences: 206.84 - 120 - 1.02 * 10 = 76.64. With words per
    /// sentence: 206.84 - 120 - 1.02 * 20 = 66.44 and 206.84 - 120 - 1.02 * 10 = 76.64.
    func testShorterSentencesScoreEasier() {
        let long = FernandezHuerta.score(words: 100, sentences: 5, syllables: 200)
        let short = FernandezHuerta.score(words: 100, sentences: 10, syllables: 200)
        XCTAssertEqual(long, 66.44, accuracy: 0.0001)
        XCTAssertEqual(short, 76.64, accuracy: 0.0001)
        XCTAssertGreaterThan(short, long)
        // Shorter words are easier too: 150 syllables: 206.84 - 90 - 20.4 = 96.44.
        XCTAssertEqual(FernandezHuerta.score(words: 100, sentences: 5, syllables: 150), 96.44, accuracy: 0.0001)
    }

    func testEdgeCases() {
        XCTAssertEqual(FernandezHuerta.score(words: 0, sentences: 0, syllables: 0), 0)
        // Words with no sentence end count as one sentence: 206.84 - 0.60 * 200 - 1.02 * 4 = 82.76.
        XCTAssertEqual(FernandezHuerta.score(words: 4, sentences: 0, syllables: 8), 82.76, accuracy: 0.0001)
        XCTAssertEqual(report("  ¿ ? ... "), ReadabilityReport())
        // "1.5" does not end a sentence; "!!!" counts once; trailing words make a sentence.
        let counted = report("Mide 1.5 metros. ¡Hola!!! Sin punto final")
        XCTAssertEqual(counted.sentences, 3)
        XCTAssertEqual(counted.words, 7)
    }
}
