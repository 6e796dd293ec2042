/// Values handed out once each, by position, to whichever worker thread
/// takes that position: a worker takes a page's Markdown to render it and
/// drops it when done, so a page's text is not held until every page is
/// rendered (the text of 10,000 pages held beside their HTML was the build's
/// peak of memory).
final class HandOut<Value: Sendable>: @unchecked Sendable {
    private let slots: UnsafeMutableBufferPointer<Value?>

    init(_ values: [Value]) {
        slots = .allocate(capacity: values.count)
        for (position, value) in values.enumerated() { (slots.baseAddress! + position).initialize(to: value) }
    }

    deinit {
        slots.deinitialize()
        slots.deallocate()
    }

    /// The value at `position`, which is then no longer held here. Each
    /// position is taken at most once, by one thread (`parallelMap` gives
    /// each item to one worker), so no lock is needed.
    func take(_ position: Int) -> Value {
        let value = slots[position]!
        slots[position] = nil
        return value
    }
}
