import Foundation

/// Remembers a pure function's result for each word, across the pages that
/// the build's threads check at the same time.
///
/// Callers keep a memo of their own (no lock) in front of this shared one,
/// which is locked: each worker thread numbers the words it has met
/// (`Readability.Words`), so that it asks here once per distinct word. The
/// shared memo outlives a build (`pamphlet serve` rebuilds with it warm)
/// and stops growing at `limit` words; past that, new words are simply
/// computed again.
final class WordMemo: @unchecked Sendable {
    private let lock = NSLock()
    private var shared: [ExactText: Int] = [:]
    private let limit: Int
    private let compute: @Sendable (String) -> Int

    init(limit: Int = 200_000, _ compute: @escaping @Sendable (String) -> Int) {
        self.limit = limit
        self.compute = compute
    }

    func value(_ word: String) -> Int {
        let key = ExactText(word)
        lock.lock()
        let remembered = shared[key]
        lock.unlock()
        let value = remembered ?? compute(word)
        if remembered == nil {
            lock.lock()
            if shared.count < limit { shared[key] = value }
            lock.unlock()
        }
        return value
    }
}
