import Testing
@testable import ArchiveIngest

@Suite struct CivilCalendarTests {
    @Test func dayNumbersRoundTrip() {
        #expect(CivilCalendar.dayNumber(year: 1970, month: 1, day: 1) == 0)
        for d in stride(from: -800_000, through: 800_000, by: 997) {
            let (y, m, dd) = CivilCalendar.civil(d)
            #expect(CivilCalendar.dayNumber(year: y, month: m, day: dd) == d)
        }
    }

    @Test func weekdaysAreISO() {
        // 2026-01-12 is a Monday, 2000-02-29 a Tuesday, 1970-01-01 a Thursday.
        #expect(CivilCalendar.weekday(CivilCalendar.dayNumber(year: 2026, month: 1, day: 12)) == 1)
        #expect(CivilCalendar.weekday(CivilCalendar.dayNumber(year: 2000, month: 2, day: 29)) == 2)
        #expect(CivilCalendar.weekday(0) == 4)
        #expect(CivilCalendar.weekday(-1) == 3)
    }

    @Test func leapYearsAndMonthLengths() {
        #expect(CivilCalendar.daysInMonth(year: 2000, month: 2) == 29)
        #expect(CivilCalendar.daysInMonth(year: 1900, month: 2) == 28)
        #expect(CivilCalendar.daysInMonth(year: 2024, month: 2) == 29)
        #expect(CivilCalendar.daysInMonth(year: 2025, month: 4) == 30)
    }

    @Test func isoStringsParseAndPrint() {
        let d = CivilCalendar.parseISODate("2026-01-12T09:30:00Z")
        #expect(d == CivilCalendar.dayNumber(year: 2026, month: 1, day: 12))
        #expect(CivilCalendar.isoString(d!) == "2026-01-12")
        #expect(CivilCalendar.parseISODate("2026-02-30") == nil)
        #expect(CivilCalendar.parseISODate("12 Jan 2026") == nil)
    }

    @Test func monthArithmeticCrossesYears() {
        #expect(CivilCalendar.addMonths(year: 2026, month: 1, -1) == (2025, 12))
        #expect(CivilCalendar.addMonths(year: 2025, month: 11, 3) == (2026, 2))
        #expect(CivilCalendar.addMonths(year: 2025, month: 6, -18) == (2023, 12))
    }

    @Test func rangesCoverWholePeriods() {
        let q = DayRange.quarter(year: 2025, quarter: 3)
        #expect(CivilCalendar.isoString(q.start) == "2025-07-01" && CivilCalendar.isoString(q.end) == "2025-09-30")
        let late = DayRange.partOfMonth(year: 2024, month: 2, part: 2)
        #expect(CivilCalendar.isoString(late.start) == "2024-02-21" && CivilCalendar.isoString(late.end) == "2024-02-29")
        let w = DayRange.week(of: CivilCalendar.dayNumber(year: 2026, month: 1, day: 11))
        #expect(CivilCalendar.isoString(w.start) == "2026-01-05" && CivilCalendar.isoString(w.end) == "2026-01-11")
    }
}
