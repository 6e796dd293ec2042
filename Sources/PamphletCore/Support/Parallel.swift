import Dispatch

/// Maps on every core. Results keep the input order, so output is identical
/// to a serial run.
func parallelMap<Input: Sendable, Output: Sendable>(
    _ items: [Input], serial: Bool = false, _ transform: @Sendable (Int, Input) -> Output
) -> [Output] {
    if serial || items.count < 2 {
        return items.enumerated().map { transform($0.offset, $0.element) }
    }
    nonisolated(unsafe) let results = UnsafeMutableBufferPointer<Output?>.allocate(capacity: items.count)
    results.initialize(repeating: nil)
    defer { results.deallocate() }
    // Small chunks balance uneven pages across cores.
    let chunk = max(1, min(64, items.count / 64))
    let chunks = (items.count + chunk - 1) / chunk
    DispatchQueue.concurrentPerform(iterations: chunks) { part in
        let start = part * chunk
        for index in start..<min(start + chunk, items.count) {
            results[index] = transform(index, items[index])
        }
    }
    return results.map { $0! }
}
