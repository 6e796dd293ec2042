#if canImport(Jemalloc)
// Linked for its malloc, which replaces the system's in this process: Package.swift says why.
import Jemalloc

enum Allocator {
    /// jemalloc keeps freed pages for ten seconds by default, in case they are
    /// wanted again. A build's stages free their inputs and move on, so that
    /// only raised peak memory: 385 MB against 341 MB with one second, at the
    /// same speed, on the 10,000-page bench site.
    static func configure() {
        var milliseconds = 1_000
        let size = MemoryLayout<Int>.size
        // The default for arenas made from now on, then each arena made so far.
        _ = mallctl("arenas.dirty_decay_ms", nil, nil, &milliseconds, size)
        var count: UInt32 = 0
        var countSize = MemoryLayout<UInt32>.size
        guard mallctl("arenas.narenas", &count, &countSize, nil, 0) == 0 else { return }
        for arena in 0..<count {
            _ = mallctl("arena.\(arena).dirty_decay_ms", nil, nil, &milliseconds, size)
        }
    }
}
#else
enum Allocator {
    static func configure() {}
}
#endif
