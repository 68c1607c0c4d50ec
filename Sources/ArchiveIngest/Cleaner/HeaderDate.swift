/// A calendar date (and time, where one is written) found in a header line or a record field.
///
/// `HeaderDate.parse` understands the forms news pages print above a story and the forms records
/// carry: "Wednesday, February 11, 2026", "Monday, 12 Jan 2026", "Jan. 12, 2026", "12 January 2026",
/// "2026-01-12", "2026-01-12T08:30:00Z", "Published 10:02 AM EST Nov 19, 2019",
/// "November 20, 2019 / 1:07 AM". Numeric forms are read only when unambiguous: `2026/01/12`,
/// `13/01/2026` and `01/13/2026` (one number above 12), `03/03/2026` (both equal), and dotted
/// `12.01.2026` (the European day-first convention; no English-speaking outlet writes dots).
/// `03/04/2026` is never guessed. A time is kept when it is written next to the date; a zone only
/// when it is written as an offset, `Z`, or an unambiguous abbreviation (UTC, GMT, EST, PDT, ...).
public struct HeaderDate: Sendable, Hashable {
    public var year: Int
    public var month: Int
    public var day: Int
    public var hour: Int?
    public var minute: Int?
    public var second: Int?
    /// `Z` or `±HH:MM`, when the text gives a zone.
    public var zone: String?
    /// Code-point range of the date (and time) text within the parsed line.
    public var range: Range<Int>

    /// ISO 8601: `YYYY-MM-DD`, or `YYYY-MM-DDTHH:MM[:SS][Z|±HH:MM]` when a time is written.
    public var iso: String {
        var s = "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
        if let hour, let minute {
            s += "T\(pad(hour, 2)):\(pad(minute, 2))"
            if let second { s += ":\(pad(second, 2))" }
            if let zone { s += zone }
        }
        return s
    }

    /// The day alone, `YYYY-MM-DD`.
    public var day10: String { "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))" }

    /// The first complete date (with a year) in `line`, with the time written next to it.
    public static func parse(_ line: String) -> HeaderDate? {
        let tokens = DateLexer.tokens(line)
        var i = 0
        while i < tokens.count {
            if var found = DatePatterns.date(tokens, at: i) {
                DatePatterns.attachTime(tokens, to: &found)
                return found.date
            }
            i += 1
        }
        return nil
    }

    /// The first month-and-day without a year ("Jan 12", "12 January"), as a dateline writes it.
    public static func monthDay(_ line: String) -> (month: Int, day: Int, range: Range<Int>)? {
        let tokens = DateLexer.tokens(line)
        for i in tokens.indices {
            if let found = DatePatterns.monthDay(tokens, at: i) { return found }
        }
        return nil
    }

    /// Whether the line says little besides a date (a header line such as "• Monday, 12 Jan 2026"
    /// or "Updated 1:39 am EST, Wednesday, November 20, 2019"), as opposed to a sentence that mentions one.
    public static func isDateLine(_ line: String, date: HeaderDate) -> Bool {
        var outside = 0
        var offset = 0
        for scalar in line.unicodeScalars {
            if !date.range.contains(offset) && scalar.properties.isAlphabetic { outside += 1 }
            offset += 1
        }
        return outside <= 40
    }

    static func isValid(year: Int, month: Int, day: Int) -> Bool {
        guard (1800...2199).contains(year), (1...12).contains(month), day >= 1 else { return false }
        return day <= daysIn(month: month, year: year)
    }

    static func daysIn(month: Int, year: Int) -> Int { CivilCalendar.daysInMonth(year: year, month: month) }

    /// Days since 1970-01-01 (proleptic Gregorian), for comparing dates.
    static func dayNumber(year: Int, month: Int, day: Int) -> Int { CivilCalendar.dayNumber(year: year, month: month, day: day) }
}

private func pad(_ n: Int, _ width: Int) -> String {
    let s = String(n)
    return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
}
