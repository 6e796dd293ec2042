import XCTest
@testable import PamphletCore

/// The preview's search index model against `SearchIndexFiles` (what a full
/// build writes): after each of a few hundred edits to a made-up language of
/// 1,500 pages (words added, removed, rescored and respelled, new words,
/// results changed), the files it rewrites, put over the last ones, must be
/// exactly a full build's, shards split and joined included.
final class SearchIndexModelTests: XCTestCase {
    /// A small linear congruential generator: the same edits on every run.
    struct Numbers {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
    }

    /// Stems of two to four letters, in few first letters, so that some
    /// letters' postings pass `SearchIndexFiles.shardLimit` and split.
    static let vocabulary: [String] = {
        let letters = Array("abcdefgh")
        var stems: [String] = []
        for first in "abc" {
            for second in letters {
                stems.append(String([first, second]))
                for third in letters.prefix(6) { stems.append(String([first, second, third])) }
            }
        }
        return stems + ["éta", "ñu"]
    }()

    /// A page's document as one read alone records it: every stem's first word, or the stem when written so.
    static func document(_ page: Int, stems: [String: (score: UInt8, isSelf: Bool, word: String)]) -> SearchDocument {
        var document = SearchDocument(page: page)
        for (stem, use) in stems.sorted(by: { $0.key < $1.key }) {
            document.stems.append(stem)
            document.scores.append(use.score)
            document.selfs.append(use.isSelf)
            document.spellings.append((stem, use.isSelf ? stem : use.word))
        }
        document.text = "Page \(page)"
        return document
    }

    static func result(_ page: Int, title: String) -> SearchIndexFiles.Result {
        .init(title: title, url: "/p\(page)/", section: "S", description: "", reviewed: nil, alsoCalled: [], text: "Page \(page)")
    }

    typealias Uses = [String: (score: UInt8, isSelf: Bool, word: String)]

    func testEditsRewriteOnlyWhatChangedAndMatchAFullBuild() {
        var numbers = Numbers(state: 7)
        let count = 400
        let grown = (0..<16).map { "d" + String(UnicodeScalar(UInt8(97 + $0))) }
        var pages: [Uses] = (0..<count).map { _ in
            var stems: Uses = [:]
            for _ in 0..<10 {
                // Early stems far more often than late ones, as in prose.
                let pick = numbers.next(Self.vocabulary.count)
                let stem = Self.vocabulary[pick * numbers.next(Self.vocabulary.count) / Self.vocabulary.count]
                stems[stem] = (UInt8(1 + numbers.next(60)), numbers.next(4) == 0, stem + "s")
            }
            // Letter d: just under a shard's limit, to grow past it later.
            for stem in grown where numbers.next(10) < 6 { stems[stem] = (UInt8(32 + numbers.next(200)), false, stem + "y") }
            return stems
        }
        var titles = (0..<count).map { "Title \($0)" }
        let stop = ["the"]
        func documents() -> [SearchDocument] { pages.indices.map { Self.document($0, stems: pages[$0]) } }
        func results() -> [SearchIndexFiles.Result] { titles.indices.map { Self.result($0, title: titles[$0]) } }
        func full() -> [String: String] {
            Dictionary(uniqueKeysWithValues: SearchIndexFiles(documents: documents(), results: results(), language: "en", stopWords: stop).files)
        }

        var model = SearchIndexModel(documents: documents())
        var disk = full()
        let first = model.files(results: results(), pages: Array(titles.indices), language: "en", stopWords: stop, everything: true)
        XCTAssertEqual(Dictionary(uniqueKeysWithValues: first.files), disk, "the model's first write is a full build's")
        XCTAssertTrue(disk.keys.contains("p/d.json"), "letter d in one shard")

        var spellingsChanged = 0
        var steps = 0
        var respelled = 0
        /// Edits `changed` pages (by `edit`), then compares what the model rewrites with a full build.
        func step(_ name: String, _ changed: [Int], _ edit: () -> Void) -> [String] {
            let old = changed.map { Self.document($0, stems: pages[$0]) }
            edit()
            var affected = Set<String>()
            for (page, before) in zip(changed, old) {
                model.update(position: page, from: before, to: Self.document(page, stems: pages[page]), affected: &affected)
            }
            let now = documents()
            model.settle(affected) { stem, position in
                now[position].spellings.first { $0.stem == stem && $0.word != stem }?.word ?? stem
            }
            // Every other step as a partial write does it: only the changed pages' results are made again.
            steps += 1
            let changes = steps % 2 == 0
                ? model.files(results: results(), pages: Array(titles.indices), language: "en", stopWords: stop, everything: false)
                : model.files(
                    changing: changed, of: Array(titles.indices), result: { Self.result($0, title: titles[$0]) },
                    language: "en", stopWords: stop)!
            XCTAssertFalse(changes.everything)
            for path in changes.stale { disk[path] = nil }
            for file in changes.files { disk[file.path] = file.text }
            let expected = full()
            if disk != expected {
                let wrong = Set(disk.keys).symmetricDifference(expected.keys).sorted()
                    + expected.keys.filter { disk[$0] != nil && disk[$0] != expected[$0] }.sorted()
                XCTFail("\(name): the files differ from a full build's: \(wrong.prefix(10))")
            }
            XCTAssertLessThan(changes.files.count, expected.count / 3, "\(name) wrote most of the index")
            if changes.files.contains(where: { $0.path.hasPrefix("t/") }) { spellingsChanged += 1 }
            return changes.files.map(\.path)
        }

        for number in 0..<60 {
            let page = numbers.next(count)
            switch number % 7 {
            case 0:
                _ = step("a word many pages use", [page]) { pages[page][Self.vocabulary[numbers.next(8)]] = (UInt8(1 + numbers.next(255)), false, "w\(number)") }
            case 1:
                _ = step("a word removed", [page]) { if let stem = pages[page].keys.sorted().first { pages[page][stem] = nil } }
            case 2:
                _ = step("a word no page had, or no page has any more", [page]) {
                    pages[page]["zz\(number % 5)"] = numbers.next(3) == 0 ? nil : (3, numbers.next(2) == 0, "zz\(number % 5)x")
                }
            case 3:
                _ = step("written as itself, or not", [page]) {
                    if let stem = pages[page].keys.sorted().last { pages[page][stem]!.isSelf.toggle(); pages[page][stem]!.word = "v\(number)" }
                }
            case 4:
                let written = step("a title", [page]) { titles[page] = "Renamed \(number)" }
                XCTAssertEqual(written, ["r/\(page / SearchIndexFiles.resultsPerFile).json"], "a title: its results file only")
            case 5:
                // Only how the first page with a stem writes it: the entry stays, the spelling must not.
                // Letter d's stems are never written as themselves, so their first page spells them.
                let stem = grown[numbers.next(grown.count)]
                guard let first = pages.firstIndex(where: { $0[stem] != nil }) else { continue }
                let written = step("spelled otherwise on the first page with it", [first]) {
                    pages[first][stem]!.word = "u\(number)"
                    pages[first][stem]!.isSelf = false
                }
                if written.contains(where: { $0.hasPrefix("t/") }) { respelled += 1 }
            default:
                let other = (page + 1 + numbers.next(count - 1)) % count
                _ = step("many words on two pages", [page, other]) {
                    for stem in Self.vocabulary.prefix(60) where numbers.next(3) == 0 {
                        pages[page][stem] = numbers.next(3) == 0 ? nil : (UInt8(1 + numbers.next(255)), numbers.next(2) == 0, stem + "x")
                        pages[other][stem] = pages[other][stem] == nil ? (9, false, stem + "q") : nil
                    }
                }
            }
        }
        XCTAssertGreaterThan(spellingsChanged, 4, "word lists changed")
        XCTAssertGreaterThan(respelled, 2, "a word list changed with only a spelling")

        // Letter d grows until its shard splits, then shrinks until it is one again.
        func dShards() -> Int { disk.keys.filter { $0.hasPrefix("p/d") }.count }
        var next = 0
        while dShards() == 1 && next < count {
            let batch = Array(next..<min(next + 8, count))
            next += 8
            _ = step("letter d grows", batch) { for page in batch { for stem in grown { pages[page][stem] = (200, false, stem + "y") } } }
        }
        XCTAssertGreaterThan(dShards(), 1, "letter d's shard split")
        next = 0
        while dShards() > 1 && next < count {
            let batch = Array(next..<min(next + 8, count))
            next += 8
            _ = step("letter d shrinks", batch) { for page in batch { for stem in grown { pages[page][stem] = nil } } }
        }
        XCTAssertEqual(dShards(), 1, "letter d's shards joined")
    }
}
