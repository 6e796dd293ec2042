import Foundation
import XCTest
@testable import PamphletCore

/// The search index the build writes, read back from real files.
final class SearchIndexTests: TemporaryFolderTestCase {
    private func site(_ yml: String = "", pages: [String: String] = [:]) throws -> URL {
        var files = [
            "site.yml": """
            title: Heart Health
            base_url: https://example.org/
            languages:
              - code: en
                default: true
              - code: es
            \(yml)
            """,
            "content/_index.md": "---\ntitle: Home\n---\n\nWelcome.\n",
            "content/_index.es.md": "---\ntitle: Inicio\n---\n\nBienvenido.\n",
            "content/heart/_index.md": "---\ntitle: Heart\n---\n\nAbout the heart.\n",
            "content/heart/attack.md": """
            ---
            title: Heart attack
            description: What happens when blood stops reaching part of the heart.
            reviewed: 2026-02-03
            also_called: [myocardial infarction, MI]
            ---

            A heart attack needs help fast. Call for an ambulance.

            ## Warning signs

            Chest pain that spreads to the arm.

            """,
            "content/heart/attack.es.md": """
            ---
            title: Ataque al corazón
            ---

            Llame al médico enseguida. Los médicos pueden ayudar.

            """,
            "content/heart/secret.md": "---\ntitle: Unfinished\ndraft: true\n---\n\nZanzibarian notes.\n",
            "content/lungs/asthma.md": "---\ntitle: Asthma\n---\n\nAsthma makes breathing hard. Wheezing is common.\n",
        ]
        files.merge(pages) { _, new in new }
        try write(files)
        let output = root.appendingPathComponent("out")
        var options = BuildOptions(source: root, output: output)
        options.today = CalendarDate(iso: "2026-03-01")!
        let result = SiteBuilder(options: options).run()
        XCTAssertFalse(result.diagnostics.hasErrors, "\(result.diagnostics)")
        return output
    }

    private func json(_ url: URL) throws -> [String: Any] {
        try XCTUnwrap(JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
    }

    /// Page `number`'s result, from its results file, as search.js finds it.
    private func result(_ number: Int, in folder: URL) throws -> [String: Any] {
        let group = try XCTUnwrap(json(folder.appendingPathComponent("meta.json"))["group"] as? Int)
        let data = try Data(contentsOf: folder.appendingPathComponent("r/\(number / group).json"))
        let results = try XCTUnwrap(JSONSerialization.jsonObject(with: data) as? [[String: Any]])
        return results[number % group]
    }

    /// The pages (titles) whose postings for `stem` the index holds, read as search.js reads them.
    private func pages(for stem: String, in folder: URL) throws -> [String] {
        let shard = SearchWordsTests.shard(stem, try json(folder.appendingPathComponent("meta.json")))
        guard !shard.isEmpty else { return [] }
        let postings = try json(folder.appendingPathComponent("p/\(SearchIndexFiles.fileName(shard)).json"))
        guard let encoded = postings[stem] as? String else { return [] }
        let numbers = Varint.decode(encoded)
        var page = 0
        var titles: [String] = []
        for pair in stride(from: 0, to: numbers.count, by: 2) {
            page += numbers[pair]
            titles.append(try XCTUnwrap(result(page, in: folder)["t"] as? String))
        }
        return titles
    }

    func testOtherNamesAreSearchableAndDraftsAreNot() throws {
        let index = try site().appendingPathComponent("search")
        XCTAssertEqual(try pages(for: "infarction", in: index), ["Heart attack"])
        XCTAssertEqual(try pages(for: "myocardial", in: index), ["Heart attack"])
        XCTAssertEqual(try pages(for: "asthma", in: index), ["Asthma"])
        XCTAssertEqual(try pages(for: "zanzibarian", in: index), [], "a draft is never indexed")
        XCTAssertEqual(try pages(for: "the", in: index), [], "stop words are left out")
        let meta = try json(index.appendingPathComponent("meta.json"))
        XCTAssertEqual(meta["pages"] as? Int, 3, "Heart, Heart attack, Asthma: not the home page, not the draft")
    }

    func testTitleOutranksBody() throws {
        let index = try site(pages: ["content/lungs/heart-and-lungs.md": "---\ntitle: Breathing\n---\n\nThe heart pumps.\n"])
            .appendingPathComponent("search")
        let meta = try json(index.appendingPathComponent("meta.json"))
        let postings = try json(index.appendingPathComponent("p/\(SearchIndexFiles.fileName(SearchWordsTests.shard("heart", meta))).json"))
        let numbers = Varint.decode(try XCTUnwrap(postings["heart"] as? String))
        var scores: [String: Int] = [:]
        var page = 0
        for pair in stride(from: 0, to: numbers.count, by: 2) {
            page += numbers[pair]
            scores[try XCTUnwrap(result(page, in: index)["t"] as? String)] = numbers[pair + 1]
        }
        XCTAssertGreaterThan(try XCTUnwrap(scores["Heart attack"]), try XCTUnwrap(scores["Breathing"]))
    }

    func testResultDataForTheResultsShown() throws {
        let index = try site().appendingPathComponent("search")
        let page = try (0..<3).map { try self.result($0, in: index) }.first { $0["t"] as? String == "Heart attack" }
        let files = try FileManager.default.contentsOfDirectory(atPath: index.appendingPathComponent("r").path)
        XCTAssertEqual(files, ["0.json"], "three pages' results in one file")
        let found = try XCTUnwrap(page)
        XCTAssertEqual(found["u"] as? String, "/heart/attack/")
        XCTAssertEqual(found["s"] as? String, "Heart")
        XCTAssertEqual(found["r"] as? String, "2026-02-03")
        XCTAssertEqual(found["a"] as? [String], ["myocardial infarction", "MI"])
        XCTAssertTrue((found["x"] as? String)?.hasPrefix("A heart attack needs help fast.") ?? false)
    }

    func testSpanishPagesHaveTheirOwnIndexWithoutAccents() throws {
        let output = try site()
        let spanish = output.appendingPathComponent("es/search")
        XCTAssertEqual(try pages(for: SearchWords.stem("medico", spanish: true), in: spanish), ["Ataque al corazón"])
        XCTAssertEqual(try pages(for: "asthma", in: spanish), [], "English pages are searched from the English search page")
        XCTAssertTrue(FileManager.default.fileExists(atPath: spanish.appendingPathComponent("index.html").path))
        let html = try String(contentsOf: output.appendingPathComponent("heart/attack/index.html"), encoding: .utf8)
        XCTAssertTrue(html.contains("<form class=\"site-search\" action=\"/search/\""), "every page has the search box")
        XCTAssertTrue(html.contains("href=\"/search/opensearch.xml\""))
    }

    func testSearchFalseWritesNoIndexAndNoSearchBox() throws {
        let output = try site("search: false")
        XCTAssertFalse(FileManager.default.fileExists(atPath: output.appendingPathComponent("search").path))
        let html = try String(contentsOf: output.appendingPathComponent("heart/attack/index.html"), encoding: .utf8)
        XCTAssertFalse(html.contains("site-search"))
    }

    func testSectionsAndStopWordsSettings() throws {
        let index = try site("search:\n  sections: [heart]\n  stop_words: [ambulance]").appendingPathComponent("search")
        XCTAssertEqual(try pages(for: "asthma", in: index), [], "lungs/ is not among the searched sections")
        XCTAssertEqual(try pages(for: "ambulance", in: index), [])
        XCTAssertEqual(try pages(for: "chest", in: index), ["Heart attack"])
    }

    /// `pamphlet serve`: a page's new words reach the index without a full
    /// build (only the changed page is written again, and the index).
    func testPreviewRewritesTheIndexWhenAPageChanges() throws {
        _ = try site()
        let preview = root.appendingPathComponent("preview")
        var options = BuildOptions(source: root, output: preview)
        options.today = CalendarDate(iso: "2026-03-01")!
        let builder = IncrementalBuilder(options: options)
        XCTAssertFalse(builder.build().result.diagnostics.hasErrors)
        XCTAssertEqual(try pages(for: "wheez", in: preview.appendingPathComponent("search")), ["Asthma"])
        try write(["content/lungs/asthma.md": "---\ntitle: Asthma\n---\n\nAsthma makes breathing hard. Coughing at night is common.\n"])
        let outcome = builder.build()
        XCTAssertTrue(outcome.written.contains("search/p/c.json"), "the shard of 'cough' is written again: \(outcome.written)")
        XCTAssertFalse(outcome.written.contains("search/p/h.json"), "shards the change did not touch are left alone")
        XCTAssertFalse(outcome.written.contains("heart/attack/index.html"), "only the changed page is written again")
        let index = preview.appendingPathComponent("search")
        XCTAssertEqual(try pages(for: "cough", in: index), ["Asthma"])
        XCTAssertEqual(try pages(for: "wheez", in: index), [])
    }

    /// A copy for the disk (`links: relative`, as `make site` builds) has every index file as a
    /// script too, which files the text under its name: a page opened from files may run
    /// scripts beside it, but may not fetch them.
    func testARelativeBuildWritesEachIndexFileAsAScriptToo() throws {
        let output = try site("links: {relative: true}")
        var checked = 0
        for language in ["search", "es/search"] {
            let folder = output.appendingPathComponent(language)
            let files = FileManager.default.enumerator(atPath: folder.path)?.compactMap { $0 as? String } ?? []
            for file in files where !file.hasSuffix(".js") && (file.hasSuffix(".json") || file.hasSuffix(".txt")) {
                let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
                let script = try String(contentsOf: folder.appendingPathComponent(file + ".js"), encoding: .utf8)
                let prefix = "(window.pamphletSearchFiles = window.pamphletSearchFiles || {})[\"\(file)\"] = "
                XCTAssertTrue(script.hasPrefix(prefix), script)
                // What follows is the file's text as one JSON string.
                let literal = String(script.dropFirst(prefix.count).dropLast(2))
                XCTAssertEqual(try JSONSerialization.jsonObject(with: Data(literal.utf8), options: .fragmentsAllowed) as? String, text, file)
                checked += 1
            }
        }
        XCTAssertGreaterThan(checked, 6)
        // A site published to a web host fetches the files: no scripts.
        XCTAssertFalse(FileManager.default.fileExists(atPath: try site().appendingPathComponent("search/meta.json.js").path))
    }

    func testIndexFilesAreReserved() throws {
        try write([
            "site.yml": "title: Heart Health\nbase_url: https://example.org/\n",
            "content/_index.md": "---\ntitle: Home\n---\n\nWelcome.\n",
            "content/asthma.md": "---\ntitle: Asthma\naliases: [/search/p/asthma/]\n---\n\nWheezing.\n",
            "content/search/r/0.json": "[]",
            "content/search/meta.json": "{}",
            // The shards' and word lists' names come from the words: their folders are the index's whole.
            "content/search/p/w.json": "{}",
            "content/search/t/notes.md": "---\ntitle: Notes\n---\n\nText.\n",
        ])
        let result = SiteBuilder(options: BuildOptions(source: root, output: root.appendingPathComponent("out"))).run()
        XCTAssertFalse(result.succeeded)
        for file in ["content/search/r/0.json", "content/search/meta.json"] {
            XCTAssertTrue(result.diagnostics.contains { $0.code == "reserved-file" && $0.file == file }, "\(file): \(result.diagnostics)")
        }
        for file in ["content/search/p/w.json", "content/search/t/notes.md", "content/asthma.md"] {
            let found = result.diagnostics.filter { $0.code == "output-path" && $0.file == file }
            XCTAssertEqual(found.count, 1, "\(file): \(result.diagnostics)")
            XCTAssertTrue(found.first?.message.contains("where the search index writes its own files") ?? false, "\(found)")
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: root.appendingPathComponent("out").path))
        // Without search, the folders are the writer's.
        try write(["site.yml": "title: Heart Health\nbase_url: https://example.org/\nsearch: false\n"])
        try FileManager.default.removeItem(at: root.appendingPathComponent("content/search/r/0.json"))
        try FileManager.default.removeItem(at: root.appendingPathComponent("content/search/meta.json"))
        XCTAssertTrue(SiteBuilder(options: BuildOptions(source: root, output: root.appendingPathComponent("out"))).run().succeeded)
    }

    func testMisspellingListsNameTheWordsAsWritten() throws {
        let index = try site().appendingPathComponent("search")
        let words = try String(contentsOf: index.appendingPathComponent("t/w.txt"), encoding: .utf8)
        XCTAssertTrue(words.split(separator: "\n").contains("warn warning"), words)
        XCTAssertTrue(words.split(separator: "\n").contains("wheez wheezing"), words)
    }
}

final class SearchWordsTests: XCTestCase {
    /// The shard search.js reads for `stem`: the longest shard name it starts with ("" for none).
    static func shard(_ stem: String, _ meta: [String: Any]) -> String {
        let shards = meta["shards"] as? [String] ?? []
        let scalars = Array(stem.unicodeScalars)
        return (1...min(3, scalars.count)).reversed().map { String(String.UnicodeScalarView(scalars[0..<$0])) }.first(where: shards.contains) ?? ""
    }

    func testFoldingAndStems() {
        XCTAssertEqual(SearchWords.folded("¿Qué dice el MÉDICO?"), ["que", "dice", "el", "medico"])
        XCTAssertEqual(SearchWords.folded("Ce\u{301}lulas don’t"), ["celulas", "don"])
        XCTAssertEqual(SearchWords.stem("medicos", spanish: true), SearchWords.stem("medica", spanish: true))
        XCTAssertEqual(SearchWords.stem("genes", spanish: true), "gen")
        XCTAssertEqual(SearchWords.stem("therapies", spanish: false), "therapy")
        XCTAssertEqual(SearchWords.stem("diabetes", spanish: false), "diabet")
        XCTAssertEqual(SearchWords.stem("testing", spanish: false), SearchWords.stem("tests", spanish: false))
        XCTAssertEqual(SearchWords.stem("illness", spanish: false), "illness")
    }

    /// What search.js's `words` and `stem` give for the same text (run in
    /// Node): a query and the index must read words alike.
    func testWordsAsSearchJSReadsThem() {
        let text = "¿Qué dice el MÉDICO? Médicos, médicas; genes luces hospitales therapies diabetes testing tested illness Ce\u{301}lulas don’t naïve"
        XCTAssertEqual(SearchWords.folded(text).map { SearchWords.stem($0, spanish: false) }.joined(separator: " "),
                       "que dice el medico medico medica gene luce hospital therapy diabet test test illness celula don naiv")
        XCTAssertEqual(SearchWords.folded(text).map { SearchWords.stem($0, spanish: true) }.joined(separator: " "),
                       "que dice el medic medic medic gen luz hospital therapi diabet testing tested illnes celul don naiv")
    }

    func testVarintRoundTrip() {
        let values = [0, 1, 31, 32, 255, 1_000, 40_000, 1 << 20]
        XCTAssertEqual(Varint.decode(String(decoding: values.flatMap(Varint.encode), as: UTF8.self)), values)
    }

    func testExcerptTextIsCutAtASpace() {
        XCTAssertEqual(SearchCollector.cut("one two three", at: 9), "one two")
        XCTAssertEqual(SearchCollector.cut("éé éé", at: 6), "éé")
    }
}
