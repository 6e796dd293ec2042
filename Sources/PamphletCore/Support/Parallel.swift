import Dispatch
import Foundation
import Synchronization

/// Maps on every core. Results keep the input order, so output is identical
/// to a serial run.
func parallelMap<Input: Sendable, Output: Sendable>(
    _ items: [Input], serial: Bool = false, _ transform: @Sendable (Int, Input) -> Output
) -> [Output] {
    parallelMap(items, serial: serial, worker: { _ in }) { _, index, item in transform(index, item) }
}

/// Maps on every core, giving each worker thread a `State` of its own, made
/// once, when the worker takes its first items, from the worker's number:
/// 0 for the first to start (and for a serial run), then 1, 2...
/// A worker that finds nothing left makes none. What a worker keeps there (a cache, a copy
/// of the templates) needs no lock, and no two cores write the same memory
/// to share it: on two cores, a lock shared by the content checks and one
/// set of compiled templates shared by the page writers cost 4% of a
/// 10,000-page build. Results keep the input order, whichever worker made them.
func parallelMap<Input: Sendable, Output: Sendable, State>(
    _ items: [Input], serial: Bool = false, worker makeState: @Sendable (Int) -> State,
    _ transform: @Sendable (inout State, Int, Input) -> Output
) -> [Output] {
    if serial || items.count < 2 {
        var state = makeState(0)
        return items.enumerated().map { transform(&state, $0.offset, $0.element) }
    }
    nonisolated(unsafe) let results = UnsafeMutableBufferPointer<Output?>.allocate(capacity: items.count)
    results.initialize(repeating: nil)
    defer { results.deallocate() }
    // Small chunks, taken in turn, balance uneven pages across cores.
    let chunk = max(1, min(64, items.count / 64))
    let chunks = (items.count + chunk - 1) / chunk
    let taken = Atomic<Int>(0)
    let started = Atomic<Int>(0)
    let workers = min(chunks, max(1, ProcessInfo.processInfo.activeProcessorCount))
    DispatchQueue.concurrentPerform(iterations: workers) { _ in
        var state: State?
        while true {
            let part = taken.add(1, ordering: .relaxed).oldValue
            guard part < chunks else { break }
            if state == nil { state = makeState(started.add(1, ordering: .relaxed).oldValue) }
            let start = part * chunk
            for index in start..<min(start + chunk, items.count) {
                results[index] = transform(&state!, index, items[index])
            }
        }
    }
    // Moved out, not copied: `deallocate` does not release what the buffer
    // holds, so a copy kept every result (each page's text) until exit.
    return results.indices.map { results.moveElement(from: $0)! }
}
