import Foundation
import XCTest

@testable import PamphletCore

final class ParallelMapTests: XCTestCase {
    private final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private(set) var count = 0
        func next() -> Int {
            lock.lock()
            defer { lock.unlock() }
            count += 1
            return count
        }
    }

    /// Results keep the input order; each worker makes its state once and keeps it for every item it takes.
    func testOrderAndOneStatePerWorker() {
        let made = Counter()
        let items = Array(0..<5_000)
        let results = parallelMap(items, worker: { worker in (id: made.next(), number: worker, seen: 0) }) {
            state, index, item -> (index: Int, value: Int, worker: Int, number: Int, seen: Int) in
            state.seen += 1
            return (index, item * 2, state.id, state.number, state.seen)
        }
        XCTAssertEqual(results.map(\.index), items)
        XCTAssertEqual(results.map(\.value), items.map { $0 * 2 })
        XCTAssertLessThanOrEqual(made.count, max(1, ProcessInfo.processInfo.activeProcessorCount))
        // Each worker counted 1, 2, 3 ... over the items it took, and together they took every item once.
        let byWorker = Dictionary(grouping: results, by: \.worker)
        XCTAssertEqual(byWorker.count, made.count)
        for (_, taken) in byWorker {
            XCTAssertEqual(taken.map(\.seen).sorted(), Array(1...taken.count))
        }
        XCTAssertEqual(byWorker.values.map(\.count).reduce(0, +), items.count)
        // Workers are numbered from 0, each its own number.
        XCTAssertEqual(Set(results.map(\.number)), Set(0..<made.count))
    }

    func testSerialUsesOneState() {
        let made = Counter()
        let results = parallelMap(Array(0..<10), serial: true, worker: { worker -> Int in _ = made.next(); XCTAssertEqual(worker, 0); return 0 }) { state, _, item -> Int in
            state += item
            return state
        }
        XCTAssertEqual(made.count, 1)
        XCTAssertEqual(results, [0, 1, 3, 6, 10, 15, 21, 28, 36, 45])
    }

    private final class Made: Sendable {}

    /// The results belong to the caller alone: once it lets go of them they
    /// are freed (a build lets go of each page's text between stages).
    func testResultsAreFreedWhenTheCallerLetsGo() {
        weak var first: Made?, last: Made?
        do {
            let results = parallelMap(Array(0..<1_000)) { _, _ in Made() }
            first = results.first
            last = results.last
            XCTAssertNotNil(first)
        }
        XCTAssertNil(first)
        XCTAssertNil(last)
    }
}
