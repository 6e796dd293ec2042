import Synchronization

extension Stages {
    /// Generator jobs taken in order by whichever thread is free; each
    /// job's result is kept at its place in the list.
    final class JobQueue: Sendable {
        private let jobs: [GeneratorJob]
        private let next = Atomic<Int>(0)
        private let done: Mutex<[Result<[Diagnostic], Error>?]>

        init(_ jobs: [GeneratorJob]) {
            self.jobs = jobs
            done = Mutex(Array(repeating: nil, count: jobs.count))
        }

        /// Runs jobs not yet taken until none is left.
        func runUntilEmpty() {
            while case let position = next.add(1, ordering: .relaxed).oldValue, position < jobs.count {
                let result = Result { try jobs[position].run() }
                done.withLock { $0[position] = result }
            }
        }

        /// Every job's result, in the list's order; call once every thread running jobs is done.
        func results() -> [Result<[Diagnostic], Error>] {
            done.withLock { $0.map { $0! } }
        }
    }
}
