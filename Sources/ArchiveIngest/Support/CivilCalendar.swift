/// Proleptic Gregorian calendar arithmetic on day numbers (days since 1970-01-01).
///
/// Resolving "last week" or "the third quarter" is a handful of additions on integers; doing it
/// with `Calendar`/`DateFormatter` would cost microseconds per call and time zones we never want.
/// Algorithms after Howard Hinnant's `days_from_civil` / `civil_from_days`.
enum CivilCalendar {
    /// The day number of a calendar date (month 1-12, day 1-31).
    static func dayNumber(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// The calendar date of a day number.
    static func civil(_ dayNumber: Int) -> (year: Int, month: Int, day: Int) {
        let z = dayNumber + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }

    /// ISO weekday: 1 = Monday ... 7 = Sunday (1970-01-01 was a Thursday).
    static func weekday(_ dayNumber: Int) -> Int {
        let w = (dayNumber + 3) % 7
        return (w < 0 ? w + 7 : w) + 1
    }

    static func isLeap(_ year: Int) -> Bool { year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) }

    static func daysInMonth(year: Int, month: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// The Monday of the ISO week that holds `dayNumber`.
    static func weekStart(_ dayNumber: Int) -> Int { dayNumber - (weekday(dayNumber) - 1) }

    /// Shifts a (year, month) pair by whole months.
    static func addMonths(year: Int, month: Int, _ delta: Int) -> (year: Int, month: Int) {
        let index = year * 12 + (month - 1) + delta
        let y = index >= 0 ? index / 12 : (index - 11) / 12
        return (y, index - y * 12 + 1)
    }

    /// `YYYY-MM-DD` for a day number (years 0-9999).
    static func isoString(_ dayNumber: Int) -> String {
        let (y, m, d) = civil(dayNumber)
        var bytes: [UInt8] = [0, 0, 0, 0, 45, 0, 0, 45, 0, 0]
        let yy = max(0, min(9999, y))
        bytes[0] = UInt8(48 + yy / 1000); bytes[1] = UInt8(48 + yy / 100 % 10)
        bytes[2] = UInt8(48 + yy / 10 % 10); bytes[3] = UInt8(48 + yy % 10)
        bytes[5] = UInt8(48 + m / 10); bytes[6] = UInt8(48 + m % 10)
        bytes[8] = UInt8(48 + d / 10); bytes[9] = UInt8(48 + d % 10)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Parses the date part of `YYYY-MM-DD[...]` (a time may follow); nil when it is not a valid date.
    static func parseISODate(_ text: String) -> Int? {
        var digits: [Int] = []
        digits.reserveCapacity(8)
        var count = 0
        for b in text.utf8 {
            if count == 10 { break }
            switch count {
            case 4, 7: if b != 45 { return nil }
            default:
                guard b >= 48, b <= 57 else { return nil }
                digits.append(Int(b) - 48)
            }
            count += 1
        }
        guard count == 10 else { return nil }
        let y = digits[0] * 1000 + digits[1] * 100 + digits[2] * 10 + digits[3]
        let m = digits[4] * 10 + digits[5], d = digits[6] * 10 + digits[7]
        guard (1...12).contains(m), d >= 1, d <= daysInMonth(year: y, month: m) else { return nil }
        return dayNumber(year: y, month: m, day: d)
    }
}

/// An inclusive range of days with the precision it was stated at.
struct DayRange: Hashable, Sendable {
    var start: Int
    var end: Int
    var precision: DatePrecision

    static func day(_ d: Int) -> DayRange { DayRange(start: d, end: d, precision: .day) }

    static func month(year: Int, month: Int) -> DayRange {
        let s = CivilCalendar.dayNumber(year: year, month: month, day: 1)
        return DayRange(start: s, end: s + CivilCalendar.daysInMonth(year: year, month: month) - 1, precision: .month)
    }

    static func year(_ year: Int) -> DayRange {
        DayRange(start: CivilCalendar.dayNumber(year: year, month: 1, day: 1),
                 end: CivilCalendar.dayNumber(year: year, month: 12, day: 31), precision: .year)
    }

    static func quarter(year: Int, quarter: Int) -> DayRange {
        let first = 3 * quarter - 2
        let s = CivilCalendar.dayNumber(year: year, month: first, day: 1)
        let e = CivilCalendar.dayNumber(year: year, month: first + 2, day: CivilCalendar.daysInMonth(year: year, month: first + 2))
        return DayRange(start: s, end: e, precision: .quarter)
    }

    static func half(year: Int, half: Int) -> DayRange {
        let s = CivilCalendar.dayNumber(year: year, month: half == 1 ? 1 : 7, day: 1)
        let e = CivilCalendar.dayNumber(year: year, month: half == 1 ? 6 : 12, day: half == 1 ? 30 : 31)
        return DayRange(start: s, end: e, precision: .half)
    }

    /// The ISO week (Monday to Sunday) that holds day `d`.
    static func week(of d: Int) -> DayRange {
        let s = CivilCalendar.weekStart(d)
        return DayRange(start: s, end: s + 6, precision: .week)
    }

    /// Days 1-10 (`part` 0), 11-20 (1) or 21-end (2) of a month.
    static func partOfMonth(year: Int, month: Int, part: Int) -> DayRange {
        let first = CivilCalendar.dayNumber(year: year, month: month, day: 1)
        let last = first + CivilCalendar.daysInMonth(year: year, month: month) - 1
        switch part {
        case 0: return DayRange(start: first, end: first + 9, precision: .partOfMonth)
        case 1: return DayRange(start: first + 10, end: first + 19, precision: .partOfMonth)
        default: return DayRange(start: first + 20, end: last, precision: .partOfMonth)
        }
    }
}
