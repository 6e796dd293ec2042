import Foundation

/// Remembers a pure function's result for each word, across the pages that
/// the build's threads check at the same time.
///
/// Each caller keeps a small memo of its own (no lock) in front of the shared
/// one, which is locked, so a word is looked up in the shared memo once per
/// page at most. The shared memo stops growing at `limit` words; past that,
/// new words are simply computed again.
final class WordMemo: @unchecked Sendable {
    private let lock = NSLock()
    private var shared: [ExactText: Int] = [:]
    private let limit: Int
    private let compute: @Sendable (String) -> Int

    init(limit: Int = 200_000, _ compute: @escaping @Sendable (String) -> Int) {
        self.limit = limit
        self.compute = compute
    }

    func value(_ word: String, local: inout [ExactText: Int]) -> Int {
        let key = ExactText(word)
        if let known = local[key] { return known }
        lock.lock()
        let remembered = shared[key]
        lock.unlock()
        let value = remembered ?? compute(word)
        if remembered == nil {
            lock.lock()
            if shared.count < limit { shared[key] = value }
            lock.unlock()
        }
        local[key] = value
        return value
    }
}
