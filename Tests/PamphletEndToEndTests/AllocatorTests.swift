import Foundation
import XCTest

/// On Linux the `pamphlet` executable runs on jemalloc (Package.swift says
/// why): it must be the malloc actually in use, which takes libjemalloc
/// coming before libc in the binary's list of libraries, and it must return
/// freed pages after a second, or the peak memory goes up by a tenth.
final class AllocatorTests: XCTestCase {
    func testTheExecutableRunsOnJemallocWithItsSettings() throws {
        #if os(Linux)
        // jemalloc prints its statistics at exit when MALLOC_CONF asks; glibc's malloc ignores it.
        let result = try Pamphlet.run(["--help"], environment: ["MALLOC_CONF": "stats_print:true"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stderr.contains("jemalloc statistics"), "the binary does not run on jemalloc:\n\(result.stderr.prefix(400))")
        XCTAssertTrue(result.stderr.contains("arenas.dirty_decay_ms: 1000"), "jemalloc's decay was not set:\n\(result.stderr.prefix(2000))")
        #else
        throw XCTSkip("jemalloc replaces malloc only on Linux")
        #endif
    }
}
