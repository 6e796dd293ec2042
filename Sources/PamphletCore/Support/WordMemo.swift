import Foundation

/// Remembers a pure function's result for each word, across the pages that
/// the build's threads check at the same time.
///
/// Callers keep memos of their own (no lock) in front of this shared one,
/// which is locked: `Readability.analyze` keeps one per page, by the word's
/// bytes, and each worker thread a `Local` one, so that after its first
/// pages a worker rarely takes the lock. The shared memo outlives a build
/// (`pamphlet serve` rebuilds with it warm) and stops growing at `limit`
/// words; past that, new words are simply computed again.
final class WordMemo: @unchecked Sendable {
    private let lock = NSLock()
    private var shared: [ExactText: Int] = [:]
    let limit: Int
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

extension WordMemo {
    /// One worker thread's memo in front of a shared one.
    struct Local {
        let shared: WordMemo
        private var values: [ExactText: Int] = [:]

        init(_ shared: WordMemo) {
            self.shared = shared
        }

        mutating func value(_ word: String) -> Int {
            let key = ExactText(word)
            if let value = values[key] { return value }
            let value = shared.value(word)
            if values.count < shared.limit { values[key] = value }
            return value
        }
    }
}
