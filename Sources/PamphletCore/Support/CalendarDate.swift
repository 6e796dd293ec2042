import Foundation

/// A day in the calendar, with no time or time zone: review dates are days.
public struct CalendarDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1, day <= Self.daysIn(month: month, year: year) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Accepts exactly `YYYY-MM-DD`.
    public init?(iso text: String) {
        // By bytes: ten ASCII characters, digits but for the two dashes (an
        // ASCII digit is one byte and never part of a longer Character).
        var digits = (year: 0, month: 0, day: 0)
        var count = 0
        for byte in text.utf8 {
            count += 1
            guard count <= 10 else { return nil }
            if count == 5 || count == 8 {
                guard byte == UInt8(ascii: "-") else { return nil }
                continue
            }
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            let digit = Int(byte - UInt8(ascii: "0"))
            switch count {
            case ...4: digits.year = digits.year * 10 + digit
            case ...7: digits.month = digits.month * 10 + digit
            default: digits.day = digits.day * 10 + digit
            }
        }
        guard count == 10 else { return nil }
        self.init(year: digits.year, month: digits.month, day: digits.day)
    }

    /// `2018-10-6`: a month or day written with one digit, as other site
    /// generators accept; `isShort` says so, for a note.
    public init?(looseISO text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, (1...2).contains(parts[1].count), (1...2).contains(parts[2].count),
              parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2])
        else { return nil }
        self.init(year: year, month: month, day: day)
    }

    public static func today(in timeZone: TimeZone = .current) -> CalendarDate {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.year, .month, .day], from: Date())
        return CalendarDate(year: parts.year!, month: parts.month!, day: parts.day!)!
    }

    /// `2026-04-18`. Made by hand: `String(format:)` boxes each number, and
    /// dates are printed several times per page.
    public var iso: String {
        func padded(_ number: Int, _ width: Int) -> String {
            let digits = String(number)
            return digits.count < width ? String(repeating: "0", count: width - digits.count) + digits : digits
        }
        return padded(year, 4) + "-" + padded(month, 2) + "-" + padded(day, 2)
    }

    public var description: String { iso }

    /// Adds months, keeping the day where it exists (31 January + 1 month = 28 or 29 February).
    public func adding(months: Int) -> CalendarDate {
        let total = year * 12 + (month - 1) + months
        let newYear = total / 12
        let newMonth = total % 12 + 1
        let newDay = min(day, Self.daysIn(month: newMonth, year: newYear))
        return CalendarDate(year: newYear, month: newMonth, day: newDay)!
    }

    /// Days from `self` to `other` (positive when `other` is later).
    public func days(until other: CalendarDate) -> Int {
        other.dayNumber - dayNumber
    }

    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// Days since a fixed epoch (proleptic Gregorian), for differences.
    var dayNumber: Int {
        let a = (14 - month) / 12
        let y = year + 4800 - a
        let m = month + 12 * a - 3
        return day + (153 * m + 2) / 5 + 365 * y + y / 4 - y / 100 + y / 400 - 32045
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}
