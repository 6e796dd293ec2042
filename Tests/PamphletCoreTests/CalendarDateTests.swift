import XCTest
@testable import PamphletCore

final class CalendarDateTests: XCTestCase {
    private func date(_ text: String) -> CalendarDate {
        CalendarDate(iso: text)!
    }

    func testParsesOnlyRealDaysInYYYYMMDD() {
        XCTAssertEqual(CalendarDate(iso: "2025-03-15"), CalendarDate(year: 2025, month: 3, day: 15))
        XCTAssertNotNil(CalendarDate(iso: "2024-02-29"))
        XCTAssertNotNil(CalendarDate(iso: "2000-02-29"))
        for bad in ["2025-02-30", "2023-02-29", "1900-02-29", "2025-04-31", "2025-00-10", "2025-13-01", "2025-01-00",
                    "2025-3-15", "25-03-15", "2025-03-15 ", " 2025-03-15", "2025/03/15", "2025-03-15T00:00", "", "2025-03",
                    "２０２５-03-15", "+025-03-15", "2025-03-15\u{301}", "2025-0\u{301}3-15", "2025-03-1-", "2025--3-15", "2025-03-155", "-2025-03-15"] {
            XCTAssertNil(CalendarDate(iso: bad), "'\(bad)' must not be a date")
        }
    }

    func testISOFormatPadsWithZeros() {
        XCTAssertEqual(CalendarDate(year: 987, month: 1, day: 2)?.iso, "0987-01-02")
        XCTAssertEqual(date("2025-11-05").description, "2025-11-05")
    }

    func testAddingMonthsKeepsTheDayWhereItExists() {
        XCTAssertEqual(date("2025-03-15").adding(months: 1).iso, "2025-04-15")
        XCTAssertEqual(date("2025-11-15").adding(months: 3).iso, "2026-02-15")
        XCTAssertEqual(date("2025-01-15").adding(months: -1).iso, "2024-12-15")
        XCTAssertEqual(date("2025-03-15").adding(months: 36).iso, "2028-03-15")
        XCTAssertEqual(date("2025-03-15").adding(months: 0).iso, "2025-03-15")
    }

    func testAddingMonthsClampsToTheLastDayOfShortMonths() {
        XCTAssertEqual(date("2025-01-31").adding(months: 1).iso, "2025-02-28")
        XCTAssertEqual(date("2024-01-31").adding(months: 1).iso, "2024-02-29")
        XCTAssertEqual(date("2025-03-31").adding(months: 1).iso, "2025-04-30")
        XCTAssertEqual(date("2024-02-29").adding(months: 12).iso, "2025-02-28")
        XCTAssertEqual(date("2024-02-29").adding(months: 48).iso, "2028-02-29")
        XCTAssertEqual(date("2099-12-31").adding(months: 2).iso, "2100-02-28")
        XCTAssertEqual(date("1999-12-31").adding(months: 2).iso, "2000-02-29")
        XCTAssertEqual(date("2025-03-31").adding(months: -1).iso, "2025-02-28")
    }

    func testOrderingAndDayDifferences() {
        XCTAssertLessThan(date("2024-12-31"), date("2025-01-01"))
        XCTAssertLessThan(date("2025-01-31"), date("2025-02-01"))
        XCTAssertEqual(date("2025-01-01").days(until: date("2025-12-31")), 364)
        XCTAssertEqual(date("2024-01-01").days(until: date("2024-12-31")), 365)
        XCTAssertEqual(date("2024-02-28").days(until: date("2024-03-01")), 2)
        XCTAssertEqual(date("2025-03-01").days(until: date("2025-02-28")), -1)
    }

    func testLongDateText() {
        XCTAssertEqual(DateText.long(date("2025-03-15"), language: "en"), "15 March 2025")
        XCTAssertEqual(DateText.long(date("2025-03-05"), language: "es-MX"), "5 de marzo de 2025")
    }
}
