/// The preview's picture of one language's search index: every stem's
/// postings and spelling, the stems by first letter, and how the index
/// files on disk were last laid out. A save changes the stems of the pages
/// it changed (`update`, `settle`); the next write makes again only the
/// shards, word lists and results files that changed (`files`), built by
/// the same functions as a full build's (`SearchIndexFiles`), so the bytes
/// are the same without reading the files back.
struct SearchIndexModel {
    /// One page's use of a stem: its place among the language's searched pages.
    struct Entry: Equatable {
        var position: Int32
        var score: UInt8
        /// The page writes the stem as a word of its own.
        var isSelf: Bool
    }

    struct Stem {
        /// By position.
        var entries: [Entry] = []
        var postings: [UInt8] = []
        var spelling = ""
    }

    /// What was last written (nil: nothing known, so everything is written again).
    struct Written {
        var shards: [String: [SearchIndexFiles.Shard]]
        var results: [SearchIndexFiles.Result]
        /// The page (index in the site) each result is of.
        var pages: [Int]
        var meta: String
        /// What `meta` was made from: a save rarely changes it, and making it again took longer than the rest.
        var metaInputs: MetaInputs
    }

    struct MetaInputs: Equatable {
        var language: String
        var pages: Int
        var shards: [String]
        var letters: [String]
        var stopWords: [String]
    }

    private(set) var stems: [String: Stem] = [:]
    /// Per first letter, its stems, sorted.
    private(set) var letters: [String: [String]] = [:]
    /// Stems whose postings changed, and letters whose word list changed, since the last write.
    private var changedPostings = Set<String>()
    private var changedLetters = Set<String>()
    var written: Written?

    /// From a language's documents, in page order: the index a full build makes of them.
    init(documents: [SearchDocument]) {
        var spellings: [String: String] = [:]
        for (position, document) in documents.enumerated() {
            for index in document.stems.indices {
                stems[document.stems[index], default: Stem()].entries.append(
                    Entry(position: Int32(position), score: document.scores[index], isSelf: document.selfs[index]))
            }
            // As `SearchIndexFiles` reads spellings.
            for (stem, word) in document.spellings where spellings[stem] == nil || word == stem { spellings[stem] = word }
        }
        for (stem, known) in stems {
            stems[stem]!.postings = Self.postings(known.entries)
            stems[stem]!.spelling = spellings[stem] ?? stem
            letters[Self.letter(stem), default: []].append(stem)
        }
        for letter in letters.keys { letters[letter]!.sort() }
    }

    /// Puts the document of the page at `position` in place of its old one;
    /// the stems whose entry for the page changed are added to `affected`,
    /// for `settle`, and so are those whose spelling this page gives and may
    /// now give otherwise. A small edit leaves most of a page's stems as
    /// they were: settling them all made the postings of every common stem
    /// again on each save.
    mutating func update(position: Int, from old: SearchDocument, to new: SearchDocument, affected: inout Set<String>) {
        let at = Int32(position)
        var before: [String: Entry] = Dictionary(minimumCapacity: old.stems.count)
        for index in old.stems.indices {
            before[old.stems[index]] = Entry(position: at, score: old.scores[index], isSelf: old.selfs[index])
        }
        // `new` was read alone, so it records the first word of every stem it has (as `settle` reads it).
        var firstWords: [String: String] = Dictionary(minimumCapacity: new.spellings.count)
        for (stem, word) in new.spellings where firstWords[stem] == nil { firstWords[stem] = word }
        for index in new.stems.indices {
            let stem = new.stems[index]
            let entry = Entry(position: at, score: new.scores[index], isSelf: new.selfs[index])
            if let was = before.removeValue(forKey: stem), was == entry {
                if let known = stems[stem], known.entries.first?.position == at, (firstWords[stem] ?? stem) != known.spelling {
                    affected.insert(stem)
                }
                continue
            }
            // Taken out while changed, so its entries are not copied.
            var known = stems.removeValue(forKey: stem) ?? Stem()
            let slot = known.entries.firstIndex(atOrAfter: at)
            if slot < known.entries.count, known.entries[slot].position == at {
                known.entries[slot] = entry
            } else {
                known.entries.insert(entry, at: slot)
            }
            stems[stem] = known
            affected.insert(stem)
        }
        for stem in before.keys {
            guard var known = stems.removeValue(forKey: stem) else { continue }
            let slot = known.entries.firstIndex(atOrAfter: at)
            if slot < known.entries.count, known.entries[slot].position == at { known.entries.remove(at: slot) }
            stems[stem] = known
            affected.insert(stem)
        }
    }

    /// Works out the postings and spellings of `affected` stems again.
    /// A stem's spelling, as a full build finds it: the stem itself when a
    /// page writes it so, else the first word for it on the first page that
    /// has it (`firstWord(stem, position)`).
    mutating func settle(_ affected: Set<String>, firstWord: (String, Int) -> String) {
        for stem in affected {
            let letter = Self.letter(stem)
            guard let known = stems[stem], let earliest = known.entries.first else {
                stems[stem] = nil
                if let index = letters[letter]?.firstIndex(of: stem) {
                    letters[letter]!.remove(at: index)
                    if letters[letter]!.isEmpty { letters[letter] = nil }
                }
                changedPostings.insert(stem)
                changedLetters.insert(letter)
                continue
            }
            let postings = Self.postings(known.entries)
            let spelling = known.entries.contains(where: \.isSelf) ? stem : firstWord(stem, Int(earliest.position))
            if known.postings.isEmpty {
                // New: its letter's list gains it, sorted.
                var list = letters[letter] ?? []
                list.insert(stem, at: list.firstIndex { $0 > stem } ?? list.count)
                letters[letter] = list
                changedLetters.insert(letter)
            }
            if postings != known.postings { changedPostings.insert(stem) }
            if spelling != known.spelling { changedLetters.insert(letter) }
            stems[stem]!.postings = postings
            stems[stem]!.spelling = spelling
        }
    }

    /// The index files that differ from those last written (all of them
    /// when `everything`, or when nothing was written yet), and the paths of
    /// those to remove; then takes what it returns as written. `pages` are
    /// the pages `results` are of, by index in the site.
    mutating func files(
        results: [SearchIndexFiles.Result], pages: [Int], language: String, stopWords: [String], everything: Bool
    ) -> (files: [(path: String, text: String)], stale: [String], everything: Bool) {
        let all = everything || written == nil
        let before = all ? [] : written!.results
        let per = SearchIndexFiles.resultsPerFile
        var changedFiles = Set<Int>()
        for first in stride(from: 0, to: results.count, by: per) {
            let end = min(first + per, results.count)
            if all || min(first + per, before.count) != end || results[first..<end] != before[first..<end] {
                changedFiles.insert(first / per)
            }
        }
        return files(results: results, pages: pages, changedFiles: changedFiles, before: before.count, language: language, stopWords: stopWords, all: all)
    }

    /// For a partial write, in which the pages searched are those last
    /// written: the results last written with those at some positions made
    /// again by `result`, compared one by one, not all 10,000. Nil when the
    /// last written results are not of `pages`.
    mutating func files(
        changing positions: [Int], of pages: [Int], result: (Int) -> SearchIndexFiles.Result, language: String, stopWords: [String]
    ) -> (files: [(path: String, text: String)], stale: [String], everything: Bool)? {
        guard written?.pages == pages else { return nil }
        // Taken out, so changing a few does not copy them all.
        var results = written!.results
        written!.results = []
        var changedFiles = Set<Int>()
        for position in positions {
            let new = result(position)
            if new != results[position] {
                results[position] = new
                changedFiles.insert(position / SearchIndexFiles.resultsPerFile)
            }
        }
        return files(results: results, pages: pages, changedFiles: changedFiles, before: results.count, language: language, stopWords: stopWords, all: false)
    }

    private mutating func files(
        results: [SearchIndexFiles.Result], pages: [Int], changedFiles: Set<Int>, before: Int, language: String, stopWords: [String], all: Bool
    ) -> (files: [(path: String, text: String)], stale: [String], everything: Bool) {
        var files: [(path: String, text: String)] = []
        var stale: [String] = []
        var layouts = all ? [:] : written!.shards
        let redo = all ? Set(letters.keys) : changedLetters.union(changedPostings.map(Self.letter))
        let stems = self.stems
        let postings: (String) -> [UInt8] = { stems[$0]!.postings }
        for letter in redo {
            let old = Dictionary((layouts[letter] ?? []).map { ($0.name, $0.stems) }, uniquingKeysWith: { first, _ in first })
            let group = letters[letter] ?? []
            let new = group.isEmpty ? [] : SearchIndexFiles.layout(group[...], letter: letter, postings: postings)
            for shard in new where all || old[shard.name] != shard.stems || shard.stems.contains(where: changedPostings.contains) {
                files.append(SearchIndexFiles.shardFile(shard, postings: postings))
            }
            let names = Set(new.map(\.name))
            stale += old.keys.filter { !names.contains($0) }.map(SearchIndexFiles.shardPath)
            if group.isEmpty {
                stale.append(SearchIndexFiles.letterPath(letter))
            } else if all || changedLetters.contains(letter) {
                files.append(SearchIndexFiles.letterFile(letter, stems: group[...], spelling: { stems[$0]?.spelling }))
            }
            layouts[letter] = new.isEmpty ? nil : new
        }
        let per = SearchIndexFiles.resultsPerFile
        for number in changedFiles.sorted() {
            files.append(SearchIndexFiles.resultsFile(number, results: results))
        }
        for number in stride(from: (results.count + per - 1) / per, to: (before + per - 1) / per, by: 1) {
            stale.append("r/\(number).json")
        }
        let sortedLetters = layouts.keys.sorted()
        let inputs = MetaInputs(
            language: language, pages: results.count, shards: sortedLetters.flatMap { layouts[$0]!.map(\.name) },
            letters: sortedLetters, stopWords: stopWords)
        let meta: String
        if !all, let written, written.metaInputs == inputs {
            meta = written.meta
        } else {
            let file = SearchIndexFiles.metaFile(
                language: inputs.language, pages: inputs.pages, shards: inputs.shards, letters: inputs.letters, stopWords: inputs.stopWords)
            meta = file.text
            if all || meta != written!.meta { files.append(file) }
        }
        written = Written(shards: layouts, results: results, pages: pages, meta: meta, metaInputs: inputs)
        changedPostings.removeAll()
        changedLetters.removeAll()
        return (files, stale, all)
    }

    static func letter(_ stem: String) -> String { String(stem.unicodeScalars.first!) }

    static func postings(_ entries: [Entry]) -> [UInt8] {
        var postings = SearchIndexFiles.Postings()
        for entry in entries { postings.add(page: Int(entry.position), score: Int(entry.score)) }
        return postings.bytes
    }
}

extension Array where Element == SearchIndexModel.Entry {
    /// The index of the first entry at `position` or after it (binary search).
    func firstIndex(atOrAfter position: Int32) -> Int {
        var low = 0, high = count
        while low < high {
            let middle = (low + high) / 2
            if self[middle].position < position { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
