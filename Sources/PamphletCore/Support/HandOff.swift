/// One value per page, each taken once by whichever worker thread handles
/// that page: a stage moves what only it still reads out of the tree into a
/// hand-off, and each page's is freed as soon as that page is done, instead
/// of every page's staying in memory until the stage ends (the pages'
/// Markdown, prose and links were most of a build's peak memory).
///
/// Each index is taken by one worker only, so the slots need no lock; they
/// are plain memory, not an Array, whose exclusivity checks would stop two
/// threads writing different elements.
final class HandOff<Value>: @unchecked Sendable {
    private let slots: UnsafeMutablePointer<Value>
    private let count: Int
    private let empty: Value

    /// `count` slots, slot `i` holding `fill(i)`; a taken slot holds `empty`.
    init(count: Int, empty: Value, fill: (Int) -> Value) {
        self.count = count
        self.empty = empty
        slots = .allocate(capacity: count)
        for index in 0..<count { (slots + index).initialize(to: fill(index)) }
    }

    /// The value of slot `index`, leaving `empty` there; each index is taken once.
    func take(_ index: Int) -> Value {
        let value = (slots + index).move()
        (slots + index).initialize(to: empty)
        return value
    }

    deinit {
        slots.deinitialize(count: count)
        slots.deallocate()
    }
}
