import XCTest
@testable import PamphletReadability

/// Syllables counted by hand, with the split written out ("dí-a").
final class SpanishSyllablesTests: XCTestCase {
    /// Checks the split and the count of each word; `expected` is the
    /// hand-made split with hyphens.
    private func assertSplits(_ cases: [(String, String)], file: StaticString = #filePath, line: UInt = #line) {
        for (word, expected) in cases {
            let parts = expected.split(separator: "-").map(String.init)
            XCTAssertEqual(SpanishSyllables.syllabify(word), parts, "syllabify(\(word))", file: file, line: line)
            XCTAssertEqual(SpanishSyllables.count(word), parts.count, "count(\(word))", file: file, line: line)
        }
    }

    func testHiatus() {
        assertSplits([
            ("día", "dí-a"),
            ("país", "pa-ís"),
            ("poeta", "po-e-ta"),
            ("leer", "le-er"),
            ("Raúl", "Ra-úl"),
            ("río", "rí-o"),
            ("baúl", "ba-úl"),
            ("caer", "ca-er"),
            ("teatro", "te-a-tro"),
            ("oído", "o-í-do"),
            ("reír", "re-ír"),
            ("héroe", "hé-ro-e"),
            ("chiita", "chi-i-ta"),
        ])
    }

    func testDiphthongs() {
        assertSplits([
            ("ciudad", "ciu-dad"),
            ("cuidado", "cui-da-do"),
            ("bueno", "bue-no"),
            ("aire", "ai-re"),
            ("causa", "cau-sa"),
            ("tierra", "tie-rra"),
            ("agua", "a-gua"),
            ("peine", "pei-ne"),
            ("ruido", "rui-do"),
            ("hoy", "hoy"),
            ("muy", "muy"),
            ("pingüino", "pin-güi-no"),
            ("veintiún", "vein-tiún"),
            ("cuídate", "cuí-da-te"),
        ])
    }

    func testTriphthongs() {
        assertSplits([
            ("buey", "buey"),
            ("Uruguay", "U-ru-guay"),
            ("estudiáis", "es-tu-diáis"),
            ("limpiáis", "lim-piáis"),
            ("miau", "miau"),
        ])
    }

    /// Two strong vowels with a weak one between: the weak vowel opens the next syllable.
    func testWeakVowelBetweenStrongVowels() {
        assertSplits([("paranoia", "pa-ra-no-ia")])
    }

    func testConsonantClusters() {
        assertSplits([
            ("problema", "pro-ble-ma"),
            ("hablar", "ha-blar"),
            ("atlas", "a-tlas"),               // Latin American split; Spain: at-las
            ("transplante", "trans-plan-te"),
            ("hombre", "hom-bre"),
            ("instrumento", "ins-tru-men-to"),
            ("obstáculo", "obs-tá-cu-lo"),
            ("madre", "ma-dre"),
            ("flor", "flor"),
            ("complicado", "com-pli-ca-do"),
            ("adlátere", "ad-lá-te-re"),       // dl is not a pair
            ("ancla", "an-cla"),
            ("isla", "is-la"),
        ])
    }

    func testDigraphs() {
        assertSplits([
            ("calle", "ca-lle"),
            ("perro", "pe-rro"),
            ("chico", "chi-co"),
            ("queso", "que-so"),
            ("guerra", "gue-rra"),
            ("guitarra", "gui-ta-rra"),
            ("quien", "quien"),
            ("guion", "guion"),
            ("noche", "no-che"),
            ("lluvia", "llu-via"),
        ])
    }

    /// h between vowels is transparent: it stays inside a diphthong and opens
    /// the next syllable in a hiatus. After a consonant it is an ordinary consonant.
    func testSilentH() {
        assertSplits([
            ("ahora", "a-ho-ra"),
            ("búho", "bú-ho"),
            ("ahumar", "ahu-mar"),
            ("prohibir", "prohi-bir"),
            ("rehusar", "rehu-sar"),
            ("deshacer", "des-ha-cer"),
            ("hueso", "hue-so"),
            ("alcohol", "al-co-hol"),
            ("zanahoria", "za-na-ho-ria"),
            ("anhelo", "an-he-lo"),
        ])
    }

    func testYAsVowelOrConsonant() {
        assertSplits([
            ("reyes", "re-yes"),
            ("ayuda", "a-yu-da"),
            ("y", "y"),
            ("rey", "rey"),
            ("ensayo", "en-sa-yo"),
        ])
    }

    func testMedicalWords() {
        assertSplits([
            ("genética", "ge-né-ti-ca"),
            ("terapia", "te-ra-pia"),
            ("enfermedad", "en-fer-me-dad"),
            ("médico", "mé-di-co"),
            ("cromosoma", "cro-mo-so-ma"),
            ("proteína", "pro-te-í-na"),
            ("célula", "cé-lu-la"),
            ("génica", "gé-ni-ca"),
            ("genoma", "ge-no-ma"),
            ("edición", "e-di-ción"),
            ("placebo", "pla-ce-bo"),
            ("amaurosis", "a-mau-ro-sis"),
            ("congénita", "con-gé-ni-ta"),
            ("atrofia", "a-tro-fia"),
            ("hereditario", "he-re-di-ta-rio"),
            ("consentimiento", "con-sen-ti-mien-to"),
            ("investigación", "in-ves-ti-ga-ción"),
            ("inmunitario", "in-mu-ni-ta-rio"),
            ("secundario", "se-cun-da-rio"),
            ("retina", "re-ti-na"),
            ("vector", "vec-tor"),
            ("virus", "vi-rus"),
            ("diagnóstico", "diag-nós-ti-co"),
            ("neuróloga", "neu-ró-lo-ga"),
            ("pediatra", "pe-dia-tra"),
            ("espinal", "es-pi-nal"),
            ("tratamiento", "tra-ta-mien-to"),
        ])
    }

    func testCaseAndPunctuationAreKept() {
        XCTAssertEqual(SpanishSyllables.syllabify("¿Qué"), ["Qué"])
        XCTAssertEqual(SpanishSyllables.syllabify("GENÉTICA"), ["GE", "NÉ", "TI", "CA"])
        XCTAssertEqual(SpanishSyllables.count("célula,"), 3)
        XCTAssertEqual(SpanishSyllables.count("«hola»"), 2)
        XCTAssertEqual(SpanishSyllables.count(""), 0)
        XCTAssertEqual(SpanishSyllables.count("—"), 0)
    }

    /// Acronyms that cannot be said as a word are spelt with the Spanish
    /// letter names: ADN is read "a-de-e-ne", so it has 4 syllables, not 3.
    func testAcronyms() {
        XCTAssertEqual(SpanishSyllables.syllabify("ADN"), ["a", "de", "e", "ne"])
        XCTAssertEqual(SpanishSyllables.count("ADN"), 4)
        XCTAssertEqual(SpanishSyllables.count("ARN"), 5)   // a-e-rre-e-ne
        XCTAssertEqual(SpanishSyllables.count("PCR"), 4)   // pe-ce-e-rre
        XCTAssertEqual(SpanishSyllables.count("VIH"), 5)   // u-ve-i-ha-che
        XCTAssertEqual(SpanishSyllables.count("UE"), 2)    // two letters: always spelt
        XCTAssertEqual(SpanishSyllables.count("ONU"), 2)   // said as a word: o-nu
        XCTAssertEqual(SpanishSyllables.count("SIDA"), 2)
        XCTAssertEqual(SpanishSyllables.count("EPOC"), 2)
        // Lowercase "adn" is not an acronym: read as a word.
        XCTAssertEqual(SpanishSyllables.count("adn"), 1)
    }

    func testReadAsTableAndMixedTokens() {
        XCTAssertEqual(SpanishSyllables.syllabify("CRISPR"), ["crís", "per"])
        // CRISPR (crís-per) + Cas (1) + 9 (nue-ve)
        XCTAssertEqual(SpanishSyllables.count("CRISPR-Cas9"), 5)
        XCTAssertEqual(SpanishSyllables.count("Cas9"), 3)
    }

    func testNumbers() {
        XCTAssertEqual(SpanishSyllables.numberWords(2026), "dos mil veintiséis")
        XCTAssertEqual(SpanishSyllables.count("2026"), 5)       // dos mil vein-ti-séis
        XCTAssertEqual(SpanishSyllables.numberWords(46), "cuarenta y seis")
        XCTAssertEqual(SpanishSyllables.count("46"), 5)         // cua-ren-ta y seis
        XCTAssertEqual(SpanishSyllables.numberWords(100), "cien")
        XCTAssertEqual(SpanishSyllables.numberWords(101), "ciento uno")
        XCTAssertEqual(SpanishSyllables.numberWords(21_000), "veintiún mil")
        XCTAssertEqual(SpanishSyllables.numberWords(31_500), "treinta y un mil quinientos")
        XCTAssertEqual(SpanishSyllables.numberWords(1_000), "mil")
        XCTAssertEqual(SpanishSyllables.count("23"), 3)         // vein-ti-trés
        XCTAssertEqual(SpanishSyllables.count("1234567"), 11)   // digit by digit: u-no dos tres cua-tro cin-co seis sie-te = 2+1+1+2+2+1+2
    }

    func testVowellessWordIsOneSyllable() {
        XCTAssertEqual(SpanishSyllables.count("pst"), 1)
    }
}
