/// Places ``TimeMeaning``s on the calendar, in text order.
///
/// Relative expressions count from the article date; anchored ones ("the day before",
/// "a year earlier", "the quarter") from the most recent date resolved before them, so the
/// resolver is stateful and must see mentions in the order they are written.
struct TimeResolver {
    /// The article date as a day number; nil when unknown (then only written-out dates resolve).
    let articleDay: Int?
    private(set) var lastRange: DayRange?
    private(set) var lastDay: Int?
    private(set) var lastQuarter: DayRange?
    /// The sentence of `lastQuarter`: a quarter anchors "the quarter" and "a year ago" only nearby.
    private var lastQuarterSentence = -1_000_000
    /// The sentence being resolved.
    private var sentence = 0

    /// How many sentences back a quarter still anchors "the quarter" and "a year ago".
    static let quarterReach = 3

    init(articleDay: Int?) {
        self.articleDay = articleDay
    }

    /// Resolves one meaning and remembers it as the anchor for what follows. Dates computed
    /// from an anchor do not become anchors themselves, so "a year earlier ... a year earlier"
    /// does not drift back a year each time.
    mutating func resolve(_ meaning: TimeMeaning, tense: ClauseTense, sentence: Int) -> DayRange? {
        self.sentence = sentence
        guard let r = place(meaning, tense: tense) else { return nil }
        if meaning.isAnchored { return r }
        lastRange = r
        if r.precision == .day, r.start == r.end { lastDay = r.start }
        if r.precision == .quarter {
            lastQuarter = r
            lastQuarterSentence = sentence
        }
        return r
    }

    /// The quarter talked about in the last few sentences, if any.
    private var nearbyQuarter: DayRange? {
        sentence - lastQuarterSentence <= Self.quarterReach ? lastQuarter : nil
    }

    /// The last quarter that ended before the article date.
    private var lastCompleteQuarter: DayRange? {
        guard let a = articleDay else { return nil }
        let (y, m, _) = CivilCalendar.civil(a)
        let q = (m - 1) / 3 + 1
        return q == 1 ? .quarter(year: y - 1, quarter: 4) : .quarter(year: y, quarter: q - 1)
    }

    private func place(_ meaning: TimeMeaning, tense: ClauseTense) -> DayRange? {
        switch meaning {
        case .fixed(let r):
            return r
        case .vague:
            return nil
        case let .monthDay(month, d1, d2, year):
            return monthDay(month: month, firstDay: d1, lastDay: d2, year: year, tense: tense)
        case let .month(month, part, year):
            guard let y = monthYear(month: month, year: year, tense: tense) else { return nil }
            if let part { return .partOfMonth(year: y, month: month, part: part) }
            return .month(year: y, month: month)
        case let .weekday(w, choice):
            return weekday(w, choice: choice, tense: tense)
        case .dayOffset(let k):
            guard let a = articleDay else { return nil }
            return .day(a + k)
        case let .periodOffset(unit, k, part):
            guard let a = articleDay else { return nil }
            return period(unit, containing: a, offset: k, part: part)
        case let .quarter(q, year):
            guard let y = periodYear(year, tense: tense, start: { .quarter(year: $0, quarter: q) }) else { return nil }
            return .quarter(year: y, quarter: q)
        case let .half(h, year):
            guard let y = periodYear(year, tense: tense, start: { .half(year: $0, half: h) }) else { return nil }
            return .half(year: y, half: h)
        case let .anchorShift(unit, k, keep):
            return anchorShift(unit, k, keepPrecision: keep)
        case .anchorQuarter(let shift):
            guard let b = nearbyQuarter ?? lastCompleteQuarter else { return nil }
            return shiftYears(b, shift)
        case .latestQuarter:
            return lastCompleteQuarter
        case .weekend:
            guard let a = articleDay else { return nil }
            let w = CivilCalendar.weekday(a)
            let saturday: Int
            if tense == .future {
                saturday = w == 7 ? a - 1 : a + (6 - w)
            } else {
                saturday = w >= 6 ? a - (w - 6) : a - (w + 1)
            }
            return DayRange(start: saturday, end: saturday + 1, precision: .day)
        case .yearAgo(let n):
            if n == 1, let q = nearbyQuarter { return shiftYears(q, -1) }
            guard let a = articleDay else { return nil }
            return .year(CivilCalendar.civil(a).year - n)
        case .yearEarlierAdjective:
            if let q = nearbyQuarter { return shiftYears(q, -1) }
            guard let a = articleDay else { return nil }
            return .year(CivilCalendar.civil(a).year - 1)
        case .weekOf(let inner):
            guard let r = place(inner, tense: tense) else { return nil }
            return .week(of: r.start)
        case let .dayShift(inner, k):
            guard let r = place(inner, tense: tense) else { return nil }
            return .day(r.start + k)
        }
    }

    // MARK: - Months and days of months

    private func monthDay(month: Int, firstDay: Int, lastDay: Int, year: YearChoice, tense: ClauseTense) -> DayRange? {
        func range(_ y: Int) -> DayRange? {
            guard lastDay <= CivilCalendar.daysInMonth(year: y, month: month) else { return nil }
            let s = CivilCalendar.dayNumber(year: y, month: month, day: firstDay)
            return DayRange(start: s, end: s + lastDay - firstDay, precision: .day)
        }
        switch year {
        case .explicit(let y): return range(y)
        case .relative(let k):
            guard let a = articleDay else { return nil }
            return range(CivilCalendar.civil(a).year + k)
        default:
            guard let a = articleDay else { return nil }
            let y = CivilCalendar.civil(a).year
            let candidates = [y - 1, y, y + 1].compactMap(range)
            return pick(candidates, around: a, tense: tense, strictness: year)
        }
    }

    /// Chooses among the same date in neighbouring years: past -> the latest on or before the
    /// article date, future -> the first on or after it, otherwise the closest.
    private func pick(_ candidates: [DayRange], around a: Int, tense: ClauseTense, strictness: YearChoice) -> DayRange? {
        switch strictness {
        case .previous: return candidates.last { $0.end < a }
        case .following: return candidates.first { $0.start > a }
        default: break
        }
        switch tense {
        case .past: return candidates.last { $0.start <= a }
        case .future: return candidates.first { $0.end >= a }
        case .unknown: return candidates.min { abs($0.start - a) < abs($1.start - a) }
        }
    }

    private func monthYear(month: Int, year: YearChoice, tense: ClauseTense) -> Int? {
        if case .explicit(let y) = year { return y }
        guard let a = articleDay else { return nil }
        let (ay, am, _) = CivilCalendar.civil(a)
        switch year {
        case .relative(let k): return ay + k
        case .previous: return month < am ? ay : ay - 1
        case .following: return month > am ? ay : ay + 1
        default:
            switch tense {
            case .past: return month <= am ? ay : ay - 1
            case .future: return month >= am ? ay : ay + 1
            case .unknown:
                // The closest such month; a tie (six months away) goes to the past.
                let back = (am - month + 12) % 12, ahead = (month - am + 12) % 12
                if back <= ahead { return month <= am ? ay : ay - 1 }
                return month >= am ? ay : ay + 1
            }
        }
    }

    // MARK: - Weekdays

    private func weekday(_ w: Int, choice: WeekdayChoice, tense: ClauseTense) -> DayRange? {
        guard let a = articleDay else { return nil }
        let base: Int
        switch choice {
        case .beforeAnchor, .afterAnchor: base = lastDay ?? a
        default: base = a
        }
        let today = CivilCalendar.weekday(base)
        let back = (today - w + 7) % 7      // days back to the latest such day on or before base
        let ahead = (w - today + 7) % 7     // days ahead to the first on or after base
        switch choice {
        case .previous, .beforeAnchor: return .day(base - (back == 0 ? 7 : back))
        case .following, .afterAnchor: return .day(base + (ahead == 0 ? 7 : ahead))
        case .inferred: return tense == .future ? .day(base + ahead) : .day(base - back)
        }
    }

    // MARK: - Periods

    /// The week, month, quarter or year holding day `d`, moved by `offset` periods.
    private func period(_ unit: TimeLexicon.Unit, containing d: Int, offset: Int, part: Int?) -> DayRange? {
        let (y, m, _) = CivilCalendar.civil(d)
        switch unit {
        case .day: return .day(d + offset)
        case .week: return .week(of: d + 7 * offset)
        case .weekend:
            let sat = CivilCalendar.weekStart(d + 7 * offset) + 5
            return DayRange(start: sat, end: sat + 1, precision: .day)
        case .month:
            let (yy, mm) = CivilCalendar.addMonths(year: y, month: m, offset)
            if let part { return .partOfMonth(year: yy, month: mm, part: part) }
            return .month(year: yy, month: mm)
        case .quarter:
            let index = y * 4 + (m - 1) / 3 + offset
            let qy = index >= 0 ? index / 4 : (index - 3) / 4
            return .quarter(year: qy, quarter: index - qy * 4 + 1)
        case .half:
            let index = y * 2 + (m - 1) / 6 + offset
            let hy = index >= 0 ? index / 2 : (index - 1) / 2
            return .half(year: hy, half: index - hy * 2 + 1)
        case .year: return .year(y + offset)
        case .decade, .century: return nil
        }
    }

    /// The year of a quarter or half without a written year: past or unknown -> the latest one
    /// that has begun by the article date; future -> the first that has not ended.
    private func periodYear(_ year: YearChoice, tense: ClauseTense, start: (Int) -> DayRange) -> Int? {
        if case .explicit(let y) = year { return y }
        guard let a = articleDay else { return nil }
        let ay = CivilCalendar.civil(a).year
        switch year {
        case .relative(let k): return ay + k
        default:
            let this = start(ay)
            if tense == .future { return this.end >= a ? ay : ay + 1 }
            return this.start <= a ? ay : ay - 1
        }
    }

    // MARK: - Anchored expressions

    private func anchorShift(_ unit: TimeLexicon.Unit, _ k: Int, keepPrecision: Bool) -> DayRange? {
        guard let a = articleDay ?? lastDay ?? lastRange?.start else { return nil }
        switch unit {
        case .day:
            return .day((lastDay ?? a) + k)
        case .week:
            return .week(of: (lastDay ?? lastRange?.start ?? a) + 7 * k)
        case .month:
            let base = lastRange.flatMap { [.day, .week, .partOfMonth, .month].contains($0.precision) ? $0.start : nil } ?? a
            let (y, m, _) = CivilCalendar.civil(base)
            let (yy, mm) = CivilCalendar.addMonths(year: y, month: m, k)
            return .month(year: yy, month: mm)
        case .quarter:
            return period(.quarter, containing: lastQuarter?.start ?? a, offset: k, part: nil)
        case .year:
            if keepPrecision, let q = nearbyQuarter { return shiftYears(q, k) }
            let base = lastRange?.start ?? a
            return .year(CivilCalendar.civil(base).year + k)
        default:
            return nil
        }
    }

    /// The same period `k` years away ("a year earlier" than the third quarter is the
    /// year-ago third quarter).
    private func shiftYears(_ r: DayRange, _ k: Int) -> DayRange {
        let (y, m, d) = CivilCalendar.civil(r.start)
        switch r.precision {
        case .day:
            let dd = min(d, CivilCalendar.daysInMonth(year: y + k, month: m))
            return .day(CivilCalendar.dayNumber(year: y + k, month: m, day: dd))
        case .week: return .week(of: r.start + 364 * k)
        case .partOfMonth: return .partOfMonth(year: y + k, month: m, part: d <= 10 ? 0 : d <= 20 ? 1 : 2)
        case .month: return .month(year: y + k, month: m)
        case .quarter: return .quarter(year: y + k, quarter: (m - 1) / 3 + 1)
        case .half: return .half(year: y + k, half: m <= 6 ? 1 : 2)
        case .year: return .year(y + k)
        }
    }
}
