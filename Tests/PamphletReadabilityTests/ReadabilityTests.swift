import XCTest
@testable import PamphletReadability

final class ReadabilityTests: XCTestCase {
    private let accuracy = 0.01

    private func paragraph(_ text: String, line: Int = 1) -> ProseBlock {
        ProseBlock(text: text, line: line, kind: .paragraph)
    }

    private func sentenceTexts(_ text: String, kind: ProseBlock.Kind = .paragraph) -> [String] {
        SentenceSplitter.sentences(in: ProseBlock(text: text, line: 1, kind: kind)).map(\.text)
    }

    /// A worker checks many pages with one memo: each page must get the report it gets alone,
    /// hard words that an earlier page listed included.
    func testPagesCheckedWithOneMemoGetTheirOwnReports() {
        let pages: [(blocks: [ProseBlock], language: String)] = [
            ([paragraph("Your physician may administer the medication. The medication is safe.")], "en"),
            ([paragraph("Ask your physician about the medication. Physicians explain everything carefully.")], "en"),
            ([paragraph("El médico le explicará el tratamiento. La medicación es segura.")], "es"),
            ([paragraph("Your physician may administer the medication. The medication is safe.")], "en"),
        ]
        var memo = Readability.Memo()
        for (number, page) in pages.enumerated() {
            let shared = Readability.analyze(page.blocks, language: page.language, memo: &memo)
            XCTAssertEqual(shared, Readability.analyze(page.blocks, language: page.language), "page \(number)")
            XCTAssertFalse(shared.hardestWords.isEmpty, "page \(number)")
        }
        XCTAssertTrue(Readability.analyze(pages[1].blocks, memo: &memo).hardestWords.map(\.word).contains("medication"))
    }

    // MARK: - Scores

    func testEmptyInputGivesZeros() {
        let report = Readability.analyze([])
        XCTAssertEqual(report, ReadabilityReport())
        XCTAssertEqual(report.fleschKincaidGrade, 0)
        XCTAssertEqual(report.fleschReadingEase, 0)
        XCTAssertEqual(report.smogGrade, 0)
    }

    func testBlocksWithoutWordsGiveZerosNotNaN() {
        let report = Readability.analyze([paragraph(""), paragraph("— … !?"), ProseBlock(text: "  ", line: 3, kind: .heading)])
        XCTAssertEqual(report, ReadabilityReport())
        XCTAssertFalse(report.fleschKincaidGrade.isNaN || report.fleschReadingEase.isNaN || report.smogGrade.isNaN)
    }

    func testShortPlainText() {
        // "The cat sat on the mat." = 6 words, 6 syllables.
        // "It was happy." = it 1 + was 1 + hap-py 2: 3 words, 4 syllables.
        // words 9, sentences 2, syllables 10, polysyllables 0.
        let report = Readability.analyze([paragraph("The cat sat on the mat. It was happy.")])
        XCTAssertEqual(report.words, 9)
        XCTAssertEqual(report.sentences, 2)
        XCTAssertEqual(report.syllables, 10)
        XCTAssertEqual(report.polysyllables, 0)
        // FK  = 0.39 * 4.5 + 11.8 * (10/9) - 15.59 = 1.755 + 13.1111 - 15.59 = -0.7239
        XCTAssertEqual(report.fleschKincaidGrade, -0.7239, accuracy: accuracy)
        // FRE = 206.835 - 1.015 * 4.5 - 84.6 * (10/9) = 206.835 - 4.5675 - 94.0 = 108.2675
        XCTAssertEqual(report.fleschReadingEase, 108.2675, accuracy: accuracy)
        // SMOG = 1.0430 * sqrt(0 * 30 / 2) + 3.1291 = 3.1291
        XCTAssertEqual(report.smogGrade, 3.1291, accuracy: accuracy)
    }

    private var pageBlocks: [ProseBlock] {
        [
            ProseBlock(text: "Taking your medicine", line: 1, kind: .heading),
            ProseBlock(text: "Your doctor may utilize a new therapy.\nAsk the pharmacy about it!", line: 3, kind: .paragraph),
            ProseBlock(text: "Take one tablet each day", line: 6, kind: .listItem),
        ]
    }

    func testMixedBlocks() {
        // Heading "Taking your medicine": tak-ing 2, your 1, med-i-cine 3 = 3 words, 6 syllables, 1 polysyllable.
        // "Your doctor may utilize a new therapy.": your 1, doc-tor 2, may 1, u-ti-lize 3, a 1, new 1,
        //   ther-a-py 3 = 7 words, 12 syllables, 2 polysyllables.
        // "Ask the pharmacy about it!": ask 1, the 1, phar-ma-cy 3, a-bout 2, it 1 = 5 words, 8 syllables, 1.
        // List item "Take one tablet each day": 1 + 1 + tab-let 2 + 1 + 1 = 5 words, 6 syllables.
        // Totals: 20 words, 4 sentences, 32 syllables, 4 polysyllables.
        let report = Readability.analyze(pageBlocks)
        XCTAssertEqual(report.words, 20)
        XCTAssertEqual(report.sentences, 4)
        XCTAssertEqual(report.syllables, 32)
        XCTAssertEqual(report.polysyllables, 4)
        // w/s = 5, syl/w = 1.6
        // FK  = 0.39 * 5 + 11.8 * 1.6 - 15.59 = 1.95 + 18.88 - 15.59 = 5.24
        XCTAssertEqual(report.fleschKincaidGrade, 5.24, accuracy: accuracy)
        // FRE = 206.835 - 1.015 * 5 - 84.6 * 1.6 = 206.835 - 5.075 - 135.36 = 66.40
        XCTAssertEqual(report.fleschReadingEase, 66.40, accuracy: accuracy)
        // SMOG = 1.0430 * sqrt(4 * 30 / 4) + 3.1291 = 1.0430 * 5.4772 + 3.1291 = 8.8418
        XCTAssertEqual(report.smogGrade, 8.8418, accuracy: accuracy)
    }

    func testLongestSentencesAreLongestFirstWithTiesInOrder() {
        let report = Readability.analyze(pageBlocks)
        XCTAssertEqual(report.longestSentences, [
            .init(text: "Your doctor may utilize a new therapy.", line: 3, words: 7),
            .init(text: "Ask the pharmacy about it!", line: 4, words: 5),
            .init(text: "Take one tablet each day", line: 6, words: 5),
        ])
    }

    func testHardestWords() {
        // All four have three syllables, so they keep the order they were first used in.
        let report = Readability.analyze(pageBlocks)
        XCTAssertEqual(report.hardestWords, [
            .init(word: "medicine", syllables: 3, plainer: nil),
            .init(word: "utilize", syllables: 3, plainer: "use"),
            .init(word: "therapy", syllables: 3, plainer: nil),
            .init(word: "pharmacy", syllables: 3, plainer: nil),
        ])
    }

    func testHardestWordsCarryPlainerWordsAndIncludeShortListedWords() {
        // ad-min-is-ter 4, med-i-ca-tion 4, phy-si-cian 3; "assist" has 2 syllables but is on the list.
        let report = Readability.analyze([paragraph("The Physician will administer the medication. Nurses assist you. The physician agrees.")])
        XCTAssertEqual(report.hardestWords, [
            .init(word: "administer", syllables: 4, plainer: "give"),
            .init(word: "medication", syllables: 4, plainer: "medicine"),
            .init(word: "physician", syllables: 3, plainer: "doctor"),
            .init(word: "assist", syllables: 2, plainer: "help"),
        ])
    }

    func testHardestWordsAreAtMostTenAndNumbersAreNotHardWords() {
        let text = "Hospital medicine therapy pharmacy diabetes emergency infection hypertension "
            + "bacteria inflammation antibiotic chemotherapy cholesterol, 2024 of them."
        let report = Readability.analyze([paragraph(text)])
        XCTAssertEqual(report.hardestWords.count, 10)
        XCTAssertEqual(report.hardestWords.first, .init(word: "antibiotic", syllables: 5, plainer: nil))
        XCTAssertEqual(report.hardestWords[1].word, "chemotherapy")
        XCTAssertFalse(report.hardestWords.contains { $0.word == "2024" })
        // The number still counts: two thou-sand twen-ty four = 6 syllables, a polysyllable.
        XCTAssertEqual(EnglishSyllables.count("2024"), 6)
    }

    func testThreeLongestSentencesAtMost() {
        let report = Readability.analyze([paragraph("One. Two words. Three more words. Now four words here. And five words are here.")])
        XCTAssertEqual(report.longestSentences.map(\.words), [5, 4, 3])
    }

    // MARK: - Sentences

    func testAbbreviationsAndInitialsDoNotSplit() {
        XCTAssertEqual(sentenceTexts("Ask Dr. Lee or Mr. J. Smith at St. Mary's Hospital. Mrs. Jones and Ms. Brown agree."), [
            "Ask Dr. Lee or Mr. J. Smith at St. Mary's Hospital.",
            "Mrs. Jones and Ms. Brown agree.",
        ])
        XCTAssertEqual(sentenceTexts("The U.S. Food and Drug Administration approved it in Jan. 2020. Prof. Lee agreed."), [
            "The U.S. Food and Drug Administration approved it in Jan. 2020.",
            "Prof. Lee agreed.",
        ])
        XCTAssertEqual(sentenceTexts("Eat fruit, e.g. Apples, i.e. Fresh ones, etc. Every day."), [
            "Eat fruit, e.g. Apples, i.e. Fresh ones, etc. Every day.",
        ])
        XCTAssertEqual(sentenceTexts("Take it at 8 a.m. and 8 p.m. Approx. One hour apart. See No. 4 vs. Placebo."), [
            "Take it at 8 a.m. and 8 p.m. Approx. One hour apart.",
            "See No. 4 vs. Placebo.",
        ])
    }

    func testDecimalsAndEllipsesDoNotSplit() {
        XCTAssertEqual(sentenceTexts("Take 2.5 mg twice a day. Then rest."), ["Take 2.5 mg twice a day.", "Then rest."])
        XCTAssertEqual(sentenceTexts("If it hurts... Call us. We can help."), ["If it hurts... Call us.", "We can help."])
        XCTAssertEqual(sentenceTexts("Wait for it…"), ["Wait for it…"])
    }

    func testSplitsOnPunctuationQuotesAndBrackets() {
        XCTAssertEqual(sentenceTexts("Stop! Is it safe? \"Yes,\" she said. (Maybe.) 3 pills remain. \"Good.\" Then go?! Ok"), [
            "Stop!", "Is it safe?", "\"Yes,\" she said.", "(Maybe.)", "3 pills remain.", "\"Good.\"", "Then go?!", "Ok",
        ])
        // No split before a lowercase letter or without whitespace.
        XCTAssertEqual(sentenceTexts("It is 3 p.m. now. See nhs.uk for more."), ["It is 3 p.m. now.", "See nhs.uk for more."])
    }

    func testHeadingsAndListItemsAreSentences() {
        let blocks = [
            ProseBlock(text: "Why it matters", line: 1, kind: .heading),
            ProseBlock(text: "Rest", line: 3, kind: .listItem),
            ProseBlock(text: "Drink water", line: 4, kind: .listItem),
            ProseBlock(text: "Call us. We help", line: 6, kind: .blockQuote),
        ]
        let report = Readability.analyze(blocks)
        XCTAssertEqual(report.sentences, 5)
        XCTAssertEqual(report.words, 3 + 1 + 2 + 4)
        XCTAssertEqual(sentenceTexts("Why it matters", kind: .heading), ["Why it matters"])
    }

    func testSentenceLineNumbers() {
        let block = ProseBlock(text: "First line here.\nSecond sentence\nwraps here. Third one.\n\nFourth.", line: 10, kind: .paragraph)
        let sentences = SentenceSplitter.sentences(in: block)
        XCTAssertEqual(sentences.map(\.text), ["First line here.", "Second sentence wraps here.", "Third one.", "Fourth."])
        XCTAssertEqual(sentences.map(\.line), [10, 11, 12, 14])
    }

    func testWords() {
        XCTAssertEqual(SentenceSplitter.words(in: "Don't stop—it’s a follow-up, 1,000 times (2.5 mg) e.g. now."),
                       ["Don't", "stop", "it’s", "a", "follow-up", "1,000", "times", "2.5", "mg", "e.g", "now"])
        XCTAssertEqual(SentenceSplitter.words(in: "-- 'quoted' -dash- ..."), ["quoted", "dash"])
    }

    func testCarriageReturnLineFeedIsOneLineBreak() {
        let sentences = SentenceSplitter.sentences(in: "First one.\r\nSecond\r\nsentence.\r\n\r\nThird.\rFourth.", firstLine: 1)
        XCTAssertEqual(sentences.map(\.text), ["First one.", "Second sentence.", "Third.", "Fourth."])
        XCTAssertEqual(sentences.map(\.line), [1, 2, 5, 6])
    }

    func testCombiningMarksStayInTheWord() {
        // "café" and "École" with the accents as combining marks.
        XCTAssertEqual(SentenceSplitter.words(in: "Un cafe\u{301} noir, s\u{30C}pi\u{301}c\u{30C}ka."),
                       ["Un", "cafe\u{301}", "noir", "s\u{30C}pi\u{301}c\u{30C}ka"])
        // A decomposed capital starts a sentence; a period with a mark on it ends none.
        XCTAssertEqual(SentenceSplitter.sentences(in: "On part. E\u{301}cole ferme.\u{301} Non", firstLine: 1).map(\.text),
                       ["On part.", "E\u{301}cole ferme.\u{301} Non"])
        let report = Readability.analyze([paragraph("Un cafe\u{301} noir.")])
        XCTAssertEqual(report.words, 3)
        XCTAssertEqual(report.sentences, 1)
    }

    func testCurlyAndAngleQuotesCloseAndOpenSentences() {
        XCTAssertEqual(sentenceTexts("He said “Stop.” Then he left."), ["He said “Stop.”", "Then he left."])
        XCTAssertEqual(sentenceTexts("Wait. «Non» dit-il. ‘Yes’ she said."), ["Wait.", "«Non» dit-il.", "‘Yes’ she said."])
        XCTAssertEqual(sentenceTexts("It’s fine.’ And then?» Done."), ["It’s fine.’", "And then?»", "Done."])
    }

    func testEllipsisCharacterEndsOnlyTheText() {
        XCTAssertEqual(sentenceTexts("Well… Then we go. The end…"), ["Well… Then we go.", "The end…"])
        XCTAssertEqual(sentenceTexts("Wait... Then go."), ["Wait... Then go."])
    }

    // MARK: - Syllables

    func testSyllablesOfOrdinaryAndMedicalWords() {
        // Dictionary counts (CMU Pronouncing Dictionary; words with a single count there).
        let expected: [String: Int] = [
            "therapy": 3, "genetic": 3, "chromosome": 3, "doctor": 2, "the": 1, "people": 2,
            "table": 2, "simple": 2, "cured": 1, "wanted": 2, "horses": 2, "create": 2, "area": 3,
            "idea": 3, "science": 2, "medicine": 3, "disease": 2, "protein": 2, "cells": 1,
            "water": 2, "blood": 1, "heart": 1, "kidney": 2, "cancer": 2, "treatment": 2,
            "patient": 2, "hospital": 3, "surgery": 3, "vaccine": 2, "infection": 3, "pressure": 2,
            "nurse": 1, "because": 2, "little": 2, "question": 2, "something": 2, "being": 2,
            "quiet": 2, "diet": 2, "hundred": 2, "changes": 2, "lovely": 2, "tired": 2, "played": 1,
            "created": 3, "headache": 2, "cholesterol": 4, "antibiotic": 5, "hypertension": 4,
            "physician": 3, "medication": 4, "inflammation": 4, "bacteria": 4, "nausea": 3,
            "diarrhea": 4, "anemia": 4, "chemotherapy": 5, "biopsy": 3, "oxygen": 3, "pneumonia": 3,
        ]
        for (word, count) in expected.sorted(by: { $0.key < $1.key }) {
            XCTAssertEqual(EnglishSyllables.count(word), count, word)
        }
    }

    func testSyllablesOfCaseHyphensApostrophesAndNumbers() {
        XCTAssertEqual(EnglishSyllables.count("Therapy"), 3)
        XCTAssertEqual(EnglishSyllables.count("follow-up"), 3)
        XCTAssertEqual(EnglishSyllables.count("didn't"), 2)
        XCTAssertEqual(EnglishSyllables.count("don’t"), 1)
        XCTAssertEqual(EnglishSyllables.count("nurse's"), 2)
        XCTAssertEqual(EnglishSyllables.count("2.5"), 3)     // two point five
        XCTAssertEqual(EnglishSyllables.count("100"), 3)     // one hun-dred
        XCTAssertEqual(EnglishSyllables.count("1,000"), 3)   // one thou-sand
        XCTAssertEqual(EnglishSyllables.count("4th"), 1)
        XCTAssertEqual(EnglishSyllables.count("NHS"), 3)     // said letter by letter
        XCTAssertEqual(EnglishSyllables.count("U.S"), 2)
        XCTAssertEqual(EnglishSyllables.count("café"), 2)
        XCTAssertEqual(EnglishSyllables.count("naïve"), 2)
        XCTAssertEqual(EnglishSyllables.count("hmm"), 1)
        XCTAssertEqual(EnglishSyllables.count("—"), 0)
    }

    func testEveryWordWithALetterHasASyllable() {
        for word in ["a", "I", "y", "rhythm", "mg", "x", "Ωmega", "日本"] {
            XCTAssertGreaterThanOrEqual(EnglishSyllables.count(word), 1, word)
        }
    }

    func testExceptionsAreFewAndAgreeWithRulesWhereTheyCould() {
        // The exception list stays short (the rules do the work), and touching the
        // dictionary did not crash (a duplicate key in the literal would trap).
        XCTAssertLessThan(EnglishSyllables.exceptions.count, 400)
        XCTAssertTrue(EnglishSyllables.exceptions.values.allSatisfy { $0 >= 1 })
    }

    // MARK: - Plain words

    func testPlainWordList() {
        let pairs = PlainWords.pairs
        XCTAssertGreaterThanOrEqual(pairs.count, 150)
        XCTAssertEqual(pairs["utilize"], "use")
        XCTAssertEqual(pairs["physician"], "doctor")
        XCTAssertEqual(pairs["hypertension"], "high blood pressure")
        XCTAssertEqual(pairs["renal"], "kidney")
        for (word, plainer) in pairs {
            XCTAssertEqual(word, word.lowercased(), word)
            XCTAssertFalse(word.contains(" "), word)
            XCTAssertFalse(plainer.isEmpty, word)
            XCTAssertNotEqual(word, plainer, word)
        }
    }
}
