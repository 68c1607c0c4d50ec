/// A time expression found by ``TimeScanner``: its tokens and what it means before it is placed
/// on the calendar. Resolution (``TimeResolver``) needs the article date, the clause's tense and
/// the dates mentioned before it, so scanning and resolving are kept apart.
struct TimeMention: Sendable {
    /// Token range of the expression (end exclusive).
    var first: Int
    var end: Int
    var meaning: TimeMeaning
}

/// Which year a month, quarter or half without a written year belongs to.
enum YearChoice: Sendable, Equatable {
    /// Written in the text ("March 1998", "the third quarter of 1990").
    case explicit(Int)
    /// Relative to the article's year ("this September" 0, "next January" +1).
    case relative(Int)
    /// "last April": the latest one strictly before the article's month.
    case previous
    /// "next April": the first one strictly after the article's month.
    case following
    /// Not said: the closest one consistent with the clause's tense.
    case inferred
}

/// How a weekday without a date is placed.
enum WeekdayChoice: Sendable, Equatable {
    /// By the clause's tense: past -> on or before the article date, future -> on or after.
    case inferred
    /// "last Monday": strictly before the article date.
    case previous
    /// "next Monday": strictly after the article date.
    case following
    /// "the previous Friday": strictly before the last day-exact date mentioned.
    case beforeAnchor
    /// "the following Monday": strictly after the last day-exact date mentioned.
    case afterAnchor
}

/// The meaning of a time expression, before it is resolved to days.
indirect enum TimeMeaning: Sendable {
    /// Fully written out ("December 6, 2025", "1998", "2026-01-12").
    case fixed(DayRange)
    /// A day (or day range) of a month ("Jan. 12", "March 22-23"), year possibly unwritten.
    case monthDay(month: Int, firstDay: Int, lastDay: Int, year: YearChoice)
    /// A month, or a part of one (`part` 0 early, 1 mid, 2 late).
    case month(month: Int, part: Int?, year: YearChoice)
    case weekday(Int, WeekdayChoice)
    /// A day counted from the article date ("yesterday" -1, "two days ago" -2).
    case dayOffset(Int)
    /// A calendar period counted from the article's ("last week" (.week, -1), "this month",
    /// "a year ago", "early next year" with `part`).
    case periodOffset(TimeLexicon.Unit, Int, part: Int?)
    case quarter(Int, YearChoice)
    case half(Int, YearChoice)
    /// Counted from the most recent date mentioned before ("the day before", "a year earlier",
    /// "the following year"); `keepPrecision` shifts that date as stated ("a year earlier" after
    /// "the third quarter" is the year-ago quarter).
    case anchorShift(TimeLexicon.Unit, Int, keepPrecision: Bool)
    /// "the quarter", "the latest quarter", "the year-ago quarter": the quarter last talked about,
    /// shifted by whole years.
    case anchorQuarter(yearShift: Int)
    /// "over the weekend": the last weekend in a past clause, the next in a future one.
    case weekend
    /// "the latest quarter", "the latest period": the last quarter ended before the article.
    case latestQuarter
    /// "a year ago", "42 years ago": counted from the article's year; one year back from a
    /// quarter just talked about is that quarter a year before ("profit rose from $10 million a
    /// year ago").
    case yearAgo(Int)
    /// "year-earlier results", "year-ago": the period a year before the one being reported.
    case yearEarlierAdjective
    /// "the week of March 6": the ISO week holding the inner date.
    case weekOf(TimeMeaning)
    /// "the day before Tuesday's hearing": the inner date shifted by days.
    case dayShift(TimeMeaning, Int)
    /// Kept as text only ("recently", "in recent years", "last spring").
    case vague
}

extension TimeMeaning {
    /// True for meanings computed from an earlier date of the text rather than stated.
    var isAnchored: Bool {
        switch self {
        case .anchorShift, .anchorQuarter, .yearEarlierAdjective, .yearAgo, .latestQuarter: return true
        case .weekOf(let inner), .dayShift(let inner, _): return inner.isAnchored
        default: return false
        }
    }
}
