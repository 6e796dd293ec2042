/// Candidates for "did you mean", prepared once (lowercased, their
/// characters as numbers, grouped by length) so that a site with thousands
/// of broken links does not compare each with every path in full: a
/// candidate whose length alone puts it too far away is never looked at,
/// one that shares too few pairs of neighbouring characters with it is
/// passed over after a count, and the others are compared only near the
/// diagonal, stopping as soon as they cannot be close enough.
///
/// Gives what comparing every candidate in full gives: the first, in the
/// order given, of those nearest to the word, when within `limit`.
struct SuggestionIndex: Sendable {
    let candidates: [String]
    /// Each candidate's lowercased characters, numbered (the same character, the same number).
    private let codes: [[Int32]]
    /// For each pair of neighbouring characters, the candidates that have
    /// it and how often: a word's shared pairs are counted from its own pairs.
    private let postings: [Int64: [(candidate: Int32, count: Int32)]]
    /// Candidate positions by their number of characters, in the order given.
    private let byLength: [Int: [Int]]
    private let characterCodes: [Character: Int32]

    init(_ candidates: some Sequence<String>) {
        self.candidates = Array(candidates)
        var characterCodes: [Character: Int32] = [:]
        var codes: [[Int32]] = []
        var postings: [Int64: [(candidate: Int32, count: Int32)]] = [:]
        var byLength: [Int: [Int]] = [:]
        for (position, candidate) in self.candidates.enumerated() {
            let numbered = candidate.lowercased().map { character in
                if let code = characterCodes[character] { return code }
                let code = Int32(characterCodes.count)
                characterCodes[character] = code
                return code
            }
            codes.append(numbered)
            for (pair, count) in Self.pairCounts(numbered) {
                postings[pair, default: []].append((Int32(position), count))
            }
            byLength[numbered.count, default: []].append(position)
        }
        self.codes = codes
        self.postings = postings
        self.byLength = byLength
        self.characterCodes = characterCodes
    }

    /// How far a candidate may be from a word and still be suggested.
    static func limit(_ wordLength: Int, _ candidateLength: Int) -> Int {
        max(2, min(wordLength, candidateLength) / 3)
    }

    /// The nearest candidate within `limit`. `work` counts the steps of
    /// comparing two candidates' pairs or characters, for tests.
    func closest(to word: String, work: inout Int) -> String? {
        // A character no candidate has matches nothing.
        let target = word.lowercased().map { characterCodes[$0] ?? -1 }
        let length = target.count
        // No candidate further in length than the largest limit can be near.
        let reach = Self.limit(length, length)
        var positions: [Int] = []
        for candidateLength in max(0, length - reach)...(length + reach) {
            guard let group = byLength[candidateLength],
                  abs(candidateLength - length) <= Self.limit(length, candidateLength) else { continue }
            positions += group
        }
        guard !positions.isEmpty else { return nil }
        positions.sort()
        // Pairs each candidate shares with the word, repeats counted as often as both have them.
        var shared = [Int32](repeating: 0, count: candidates.count)
        for (pair, count) in Self.pairCounts(target) {
            for posting in postings[pair] ?? [] {
                work += 1
                shared[Int(posting.candidate)] += min(count, posting.count)
            }
        }
        var best: (position: Int, distance: Int)?
        for position in positions {
            let candidate = codes[position]
            let most = min(Self.limit(length, candidate.count), (best?.distance ?? .max) - 1)
            guard abs(candidate.count - length) <= most else { continue }
            // Each edit breaks at most two pairs of the longer text (q-gram lemma, q = 2).
            let needed = max(length, candidate.count) - 1 - 2 * most
            if needed > 0, shared[position] < needed { continue }
            if let distance = Self.distance(target, candidate, atMost: most, work: &work) {
                best = (position, distance)
                if distance == 0 { break }
            }
        }
        return best.map { candidates[$0.position] }
    }

    /// How often each pair of neighbouring characters occurs.
    static func pairCounts(_ codes: [Int32]) -> [Int64: Int32] {
        var counts: [Int64: Int32] = [:]
        for index in codes.indices.dropFirst() {
            counts[Int64(codes[index - 1]) << 32 | Int64(UInt32(bitPattern: codes[index])), default: 0] += 1
        }
        return counts
    }

    /// The edit distance of `a` and `b` when it is at most `most`, else nil.
    /// Only cells within `most` of the diagonal can hold such a distance,
    /// and a row whose cells all exceed it ends the search.
    static func distance(_ a: [Int32], _ b: [Int32], atMost most: Int, work: inout Int) -> Int? {
        let n = a.count, m = b.count
        guard most >= 0, abs(n - m) <= most else { return nil }
        if n == 0 || m == 0 { return max(n, m) }
        let beyond = most + 1
        var previous = [Int](repeating: beyond, count: m + 1)
        var current = previous
        for j in 0...min(m, most) { previous[j] = j }
        for i in 1...n {
            let low = max(1, i - most), high = min(m, i + most)
            current[low - 1] = low == 1 && i <= most ? i : beyond
            var rowLeast = current[low - 1]
            for j in low...high {
                work += 1
                let replace = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                let value = min(replace, previous[j] + 1, current[j - 1] + 1, beyond)
                current[j] = value
                rowLeast = min(rowLeast, value)
            }
            // The next row reads one cell past this row's band.
            if high < m { current[high + 1] = beyond }
            if rowLeast > most { return nil }
            swap(&previous, &current)
        }
        return previous[m] <= most ? previous[m] : nil
    }
}
