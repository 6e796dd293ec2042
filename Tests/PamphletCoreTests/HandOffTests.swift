import Foundation
import XCTest

@testable import PamphletCore

/// `HandOff`: each page's value taken once, by whichever worker handles the page,
/// and freed when that worker is done with it.
final class HandOffTests: XCTestCase {
    func testEachSlotIsTakenOnceAndLeftEmpty() {
        let handOff = HandOff(count: 4, empty: "") { "page \($0)" }
        XCTAssertEqual(handOff.take(2), "page 2")
        XCTAssertEqual(handOff.take(2), "")
        XCTAssertEqual(handOff.take(0), "page 0")
        XCTAssertEqual(handOff.take(3), "page 3")
    }

    func testWorkersTakeDifferentSlotsAtOnce() {
        let count = 20_000
        let handOff = HandOff(count: count, empty: [Int]()) { [$0, $0 * 2] }
        let taken = parallelMap(Array(0..<count)) { _, index in handOff.take(index) }
        XCTAssertEqual(taken.count, count)
        for (index, value) in taken.enumerated() where value != [index, index * 2] {
            XCTFail("slot \(index) gave \(value)")
            break
        }
        XCTAssertEqual(handOff.take(count - 1), [])
    }

    func testATakenValueIsFreedWithItsLastUserAndTheRestWithTheHandOff() {
        final class Tracked {
            let onFree: () -> Void
            init(onFree: @escaping () -> Void) { self.onFree = onFree }
            deinit { onFree() }
        }
        var freed: [Int] = []
        var handOff: HandOff<Tracked?>? = HandOff(count: 3, empty: nil) { index in Tracked { freed.append(index) } }
        do {
            let first = handOff?.take(1)
            withExtendedLifetime(first) {
                XCTAssertNotNil(first)
                XCTAssertEqual(freed, [])
            }
        }
        XCTAssertEqual(freed, [1], "a taken value lives only as long as whoever took it")
        handOff = nil
        XCTAssertEqual(freed.sorted(), [0, 1, 2])
    }
}
