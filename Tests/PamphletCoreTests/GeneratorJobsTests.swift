@testable import PamphletCore
import XCTest

/// Generators written in parts (`SplittableGenerator`) must say what the
/// whole generator says, in generator order, whichever thread ran each part.
final class GeneratorJobsTests: XCTestCase {
    private func note(_ text: String) -> Diagnostic {
        Diagnostic(.warning, text, code: "test")
    }

    private func job(_ name: String, _ generator: Int, combine: (@Sendable ([[Diagnostic]]) -> [Diagnostic])? = nil, says: [String]) -> Stages.GeneratorJob {
        let said = says.map(note)
        return Stages.GeneratorJob(name: name, generator: generator, combine: combine) { said }
    }

    func testPartsTakenLastAreGivenInGeneratorOrder() throws {
        for serial in [false, true] {
            // As `runGenerators` queues them: whole generators first, then parts.
            let jobs = [
                job("pages", 0, says: ["p"]), job("a to z", 1, says: ["a"]), job("search", 3, says: ["s"]),
                job("print", 2, says: ["one"]), job("print", 2, says: []), job("print", 2, says: ["three"]),
            ]
            let found = try Stages.run(jobs, serial: serial)
            XCTAssertEqual(found.map(\.generator), ["pages", "a to z", "print", "search"])
            XCTAssertEqual(found.map { $0.diagnostics.map(\.message) }, [["p"], ["a"], ["one", "three"], ["s"]])
        }
    }

    func testPrintablePagesSayOnlyTheirFirstProblem() throws {
        let combine = PrintSectionGenerator.combined
        let jobs = [
            job("pages", 0, says: []), job("print", 1, combine: combine, says: []),
            job("print", 1, combine: combine, says: ["second part"]), job("print", 1, combine: combine, says: ["third part"]),
        ]
        let found = try Stages.run(jobs, serial: false)
        XCTAssertEqual(found.map { $0.diagnostics.map(\.message) }, [[], ["second part"]])
    }

    func testTheFirstErrorInGeneratorOrderIsThrown() {
        struct Failure: Error, Equatable { var generator: Int }
        let jobs = [
            Stages.GeneratorJob(name: "pages", generator: 0) { [] },
            Stages.GeneratorJob(name: "search", generator: 3) { throw Failure(generator: 3) },
            Stages.GeneratorJob(name: "print", generator: 2) { throw Failure(generator: 2) },
        ]
        XCTAssertThrowsError(try Stages.run(jobs, serial: false)) { error in
            XCTAssertEqual(error as? Failure, Failure(generator: 2))
        }
    }
}
