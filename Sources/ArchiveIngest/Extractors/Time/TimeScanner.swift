/// Finds time expressions in a body with one left-to-right pass over its tokens.
///
/// Each position is tried against a small set of hand-written patterns keyed by the word found
/// there (a month, a weekday, "last", "the", a number...); the longest pattern that fits wins and
/// the scan continues after it. Patterns only say what an expression means (``TimeMeaning``);
/// ``TimeResolver`` places it on the calendar.
struct TimeScanner {
    let tokens: [Token]
    /// Lower-cased token texts without possessive "'s" (punctuation as is).
    let keys: [String]

    /// Per-token ``TimeLexicon/Shape`` bits: which patterns could start there at all.
    let shapes: [TimeLexicon.Shape]
    /// True for tokens that begin a line: an expression never spans a line break.
    let startsLine: [Bool]

    init(text: BodyText) {
        let all = text.tokens
        tokens = all
        let n = all.count
        // `Array(repeatElement(...))` is built inline; `init(repeating:count:)` and
        // `init(unsafeUninitializedCapacity:)` went through the unspecialized allocator, which
        // looks up the array's generic metadata at run time (kept once, for the keys).
        var shapes = Array(repeatElement(TimeLexicon.Shape(rawValue: 0), count: n))
        var startsLine = Array(repeatElement(false, count: n))
        let table = TimeLexicon.starterShapes
        let spelling = Self.asciiSpelling
        // The three arrays are written in place and tokens and code points read in place:
        // appending costs a uniqueness and a capacity check, copying a token retains and
        // releases its text, and this loop runs on every token of every article.
        keys = [String](unsafeUninitializedCapacity: n) { keyBuffer, keyCount in
            shapes.withUnsafeMutableBufferPointer { shapeBuffer in
                startsLine.withUnsafeMutableBufferPointer { lineBuffer in
                    all.withUnsafeBufferPointer { tokens in
                        text.scalars.withUnsafeBufferPointer { scalars in
                            spelling.withUnsafeBufferPointer { spelling in
                                for index in 0..<n {
                                    let (key, shape, startsLine) = Self.describe(
                                        index, tokens: tokens, scalars: scalars, spelling: spelling, table: table)
                                    (keyBuffer.baseAddress! + index).initialize(to: key)
                                    shapeBuffer[index] = shape
                                    lineBuffer[index] = startsLine
                                }
                            }
                        }
                    }
                }
            }
            keyCount = n
        }
        self.shapes = shapes
        self.startsLine = startsLine
    }

    /// Per ASCII code point: 1 for an upper-case letter or an apostrophe (the key is then built
    /// from the code points), 2 for a hyphen.
    private static let asciiSpelling: [UInt8] = (0..<128).map { v in
        (v >= 65 && v <= 90) || v == 39 ? 1 : v == 45 ? 2 : 0
    }

    /// A token's key, its shape bits and whether it begins a line.
    @inline(__always)
    private static func describe(
        _ index: Int, tokens: UnsafeBufferPointer<Token>, scalars: UnsafeBufferPointer<Unicode.Scalar>,
        spelling: UnsafeBufferPointer<UInt8>, table: [UInt8]
    ) -> (String, TimeLexicon.Shape, Bool) {
        let start = tokens[index].start, end = tokens[index].end
        var startsLine = false
        var k = start - 1
        while k >= 0 {
            let c = scalars[k].value
            if c == 10 { startsLine = true; break }
            guard c == 32 || c == 9 || c == 13 else { break }
            k -= 1
        }
        let kind = tokens[index].kind
        if kind == .punctuation { return (tokens[index].text, TimeLexicon.Shape(rawValue: 0), startsLine) }
        // One pass over the code points: plain lower-case ASCII words (most of them) are
        // their own key; other ASCII words are lower-cased straight from the code points.
        var flags: UInt8 = 0
        var nonASCII = false
        for k in start..<end {
            let v = scalars[k].value
            if v >= 128 { nonASCII = true; break }
            flags |= spelling[Int(v)]
        }
        var shape: TimeLexicon.Shape
        let key: String
        if nonASCII {
            key = TimeLexicon.key(tokens[index].text)
            let keyLength = key.utf8.count
            shape = TimeLexicon.shape(of: key, table: table)
            if kind == .word, keyLength == 4, tokens[index].text.utf8.count > 4 { shape.insert(.mayOpen) } // "1989’s"
            if keyLength == 2, key == "on" || key == "in" { shape.insert(.mayOpen) } // "On’s"
        } else {
            let upper = flags & 1 != 0
            var keyLength = end - start
            if upper {
                if keyLength >= 3, scalars[end - 2] == "'", scalars[end - 1] == "s" || scalars[end - 1] == "S" { keyLength -= 2 }
                let length = keyLength
                key = String(unsafeUninitializedCapacity: length) { buffer in
                    for k in 0..<length {
                        let v = UInt8(truncatingIfNeeded: scalars[start + k].value)
                        buffer[k] = v &- 65 < 26 ? v + 32 : v
                    }
                    return length
                }
            } else {
                key = tokens[index].text
            }
            let c0 = scalars[start].value | (upper ? 0x20 : 0)
            let c1: UInt32? = keyLength > 1 ? scalars[start + 1].value | (upper ? 0x20 : 0) : nil
            shape = TimeLexicon.shape(first: c0, second: c1, length: keyLength, hyphen: flags & 2 != 0, table: table)
            if kind == .word, keyLength == 4, end - start > 4 { shape.insert(.mayOpen) } // "1989's"
            // "on" and "in" lead the expression after them ("on Monday").
            if keyLength == 2, c1 == 110, c0 == 111 || c0 == 105 { shape.insert(.mayOpen) }
        }
        if kind == .number || shape.rawValue & TimeLexicon.Shape.opensExpression.rawValue != 0 {
            shape.insert(.mayOpen)
        }
        return (key, shape, startsLine)
    }

    func mentions() -> [TimeMention] {
        var out: [TimeMention] = []
        var i = 0
        let n = tokens.count
        while i < n {
            // Most tokens can open nothing (``TimeLexicon/Shape/mayOpen``): one array read each.
            if shapes[i].contains(.mayOpen), let m = match(at: i), !crossesLine(m) {
                out.append(m)
                i = max(m.end, i + 1)
            } else {
                i += 1
            }
        }
        return out
    }

    private func crossesLine(_ m: TimeMention) -> Bool {
        var k = m.first + 1
        while k < m.end {
            if startsLine[k] { return true }
            k += 1
        }
        return false
    }

    // MARK: - Token helpers

    private func key(_ i: Int) -> String { i >= 0 && i < keys.count ? keys[i] : "" }

    private func isCapitalized(_ i: Int) -> Bool { i >= 0 && i < tokens.count && tokens[i].isCapitalized }

    /// True when token `i + 1` is a "." written right after token `i` ("Jan.").
    private func hasAttachedDot(_ i: Int) -> Bool {
        i + 1 < tokens.count && tokens[i + 1].text == "." && tokens[i + 1].start == tokens[i].end
    }

    /// True when token `i` opens a sentence or paragraph (after ".", "!", "?", a quote or a line break).
    private func isSentenceStart(_ i: Int) -> Bool {
        guard i > 0 else { return true }
        let p = keys[i - 1]
        return p == "." || p == "!" || p == "?" || p == "\"" || p == "\u{201C}" || p == "(" || p == ":" || p == "_" || p == "-"
    }

    private func isDash(_ i: Int) -> Bool {
        let k = key(i)
        return k == "-" || k == "\u{2013}" || k == "\u{2014}"
    }

    // MARK: - Dispatch

    private func match(at i: Int) -> TimeMention? {
        let k = keys[i]
        if k.utf8.count == 2, k == "on" || k == "in" {
            guard var m = core(at: i + 1) else { return nil }
            m.first = i
            return m
        }
        return core(at: i)
    }

    private func core(at i: Int) -> TimeMention? {
        guard i < tokens.count else { return nil }
        let k = keys[i]
        switch tokens[i].kind {
        case .punctuation:
            return nil
        case .number:
            if let m = dayFirstDate(at: i) { return m }
            if let m = countLed(at: i) { return m }
            return writtenYear(at: i)
        case .word:
            if keys[i].utf8.count == 4, tokens[i].text.utf8.count > 4 { return writtenYear(at: i) } // "1989's"
        }
        let shape = shapes[i]
        guard shape.contains(.maybeStarter), let starter = TimeLexicon.starters[k] else {
            return shape.rawValue & TimeLexicon.Shape.unlisted.rawValue == 0 ? nil : unlistedWord(at: i)
        }
        switch starter {
        case .keyword(let word): return keywordLed(at: i, word)
        case .dayWord(let d):
            // "Radio 4's Today programme", "USA Today": a capitalized day word inside a sentence is a name.
            if isCapitalized(i), !isSentenceStart(i), key(i - 1) != "," { return nil }
            var end = i + 1
            if TimeLexicon.dayParts.contains(key(end)) { end += 1 }
            return TimeMention(first: i, end: end, meaning: .dayOffset(d))
        case .weekday(let w): return isCapitalized(i) ? weekdayLed(at: i, weekday: w) : nil
        case .month: return monthDate(at: i, strict: true)
        case .count:
            if let (y, end) = spokenYear(at: i) { return TimeMention(first: i, end: end, meaning: .fixed(.year(y))) }
            return countLed(at: i)
        case .ordinal: return quarterLed(at: i)
        case .holiday: return holiday(at: i)
        }
    }

    /// Words outside the starter list that still open expressions: "12th", "2026-01-12",
    /// "1990s", "mid-March", "third-quarter", "Q3".
    private func unlistedWord(at i: Int) -> TimeMention? {
        let k = keys[i]
        guard let first = k.utf8.first else { return nil }
        if first >= 48 && first <= 57 {
            if let m = dayFirstDate(at: i) { return m }
            if let m = isoDate(at: i) { return m }
            if k.utf8.count == 5, k.hasSuffix("0s"), TimeLexicon.integer(String(k.prefix(4))) != nil {
                return TimeMention(first: i, end: i + 1, meaning: .vague) // "1990s"
            }
            return nil
        }
        if k.utf8.count == 2, first == 113 || first == 104 { return quarterLed(at: i) } // "q3", "h1"
        if shapes[i].contains(.hyphenated) { return hyphenated(at: i) ?? quarterLed(at: i) }
        return nil
    }

    /// Expressions led by a function word: "the ...", "last ...", "earlier ...", "early ...".
    private func keywordLed(at i: Int, _ word: TimeLexicon.Keyword) -> TimeMention? {
        switch word {
        case .the:
            // Most "the" open a noun phrase: only a few next words can make a time expression.
            let next = i + 1 < tokens.count ? shapes[i + 1].rawValue : 0
            guard next & TimeLexicon.Shape.afterThe.rawValue != 0 || (i + 1 < tokens.count && tokens[i + 1].kind == .number) else { return nil }
            return theLed(at: i)
        case .modifier: return modifierLed(at: i)
        case .earlierLater: return earlierLater(at: i)
        case .part(let p): return partOf(at: i, part: p, next: i + 1)
        case .that:
            var j = i + 1
            if key(j) == "same" { j += 1 }
            let k1 = key(j)
            if let u = TimeLexicon.units[k1], u == .day || u == .week || u == .month || u == .year, !k1.hasSuffix("s") {
                return TimeMention(first: i, end: j + 1, meaning: .anchorShift(u, 0, keepPrecision: false))
            }
            return nil
        case .year:
            if key(i + 1) == "end" { return TimeMention(first: i, end: i + 2, meaning: .periodOffset(.year, 0, part: 2)) }
            return nil
        case .vagueAdverb: return TimeMention(first: i, end: i + 1, meaning: .vague)
        case .recent:
            if let u = TimeLexicon.units[key(i + 1)], u != .quarter, key(i + 1).hasSuffix("s") {
                return TimeMention(first: i, end: i + 2, meaning: .vague)
            }
            return nil
        case .fiscal:
            if let y = yearNumber(at: i + 1) {
                return TimeMention(first: i, end: i + 2, meaning: .fixed(.year(y)))
            }
            return quarterLed(at: i)
        }
    }

    // MARK: - Months and explicit dates

    /// A month name at `i` (capitalized; abbreviations may carry a dot). Returns the month and
    /// the index after it.
    private func monthName(at i: Int) -> (month: Int, next: Int)? {
        guard i >= 0, i < tokens.count else { return nil }
        let k = keys[i]
        if let m = TimeLexicon.months[k], isCapitalized(i) { return (m, i + 1) }
        if let m = TimeLexicon.monthAbbreviations[k], isCapitalized(i) { return (m, hasAttachedDot(i) ? i + 2 : i + 1) }
        return nil
    }

    /// A written year: a 4-digit number from 1800 to 2099 that does not read as an amount
    /// ("$1990", "1990 GMT", "2000 troops" keep their numbers).
    private func yearNumber(at i: Int) -> Int? {
        // Digits only, or digits with a possessive ("1989's third quarter").
        guard i >= 0, i < tokens.count, tokens[i].kind != .punctuation, keys[i].utf8.count == 4,
              let y = TimeLexicon.integer(keys[i]), y >= 1800, y <= 2099 else { return nil }
        let prev = key(i - 1)
        if prev == "$" || prev == "#" || prev == "no" || prev == "\u{00A3}" || prev == "\u{20AC}" { return nil }
        if Self.approximators.contains(prev) { return nil } // "about 1900 students"
        let next = key(i + 1)
        if Self.amountFollowers.contains(next) { return nil }
        // "Orion 1980", "Windows 2000": a name, unless a month or a leader word precedes.
        if i > 0, tokens[i - 1].isCapitalized, TimeLexicon.months[prev] == nil, TimeLexicon.monthAbbreviations[prev] == nil,
           !Self.monthLeaders.contains(prev), !isSentenceStart(i - 1) { return nil }
        if next == "-" || next == "\u{2013}", tokens.count > i + 2, tokens[i + 2].kind == .number { return nil }
        return y
    }

    private static let approximators: Set<String> = [
        "about", "some", "nearly", "almost", "approximately", "roughly", "around", "only", "just", "over",
    ]

    private static let amountFollowers: Set<String> = [
        "%", "percent", "gmt", "utc", "est", "edt", "hours", "hrs", "people", "troops", "soldiers",
        "shares", "miles", "feet", "meters", "metres", "km", "kilometers", "dollars", "yen", "tons",
        "units", "cars", "jobs", "votes", "residents", "workers", "members", "employees", "cases",
        "points", "barrels", "acres", "pounds", "euros",
    ]

    /// A year on its own, or opening a quarter or half ("1989's third quarter", "the 1988 second quarter").
    private func writtenYear(at i: Int) -> TimeMention? {
        guard let y = yearNumber(at: i) else { return nil }
        if let q = TimeLexicon.ordinals[key(i + 1)] {
            if key(i + 2) == "quarter", q <= 4 { return TimeMention(first: i, end: i + 3, meaning: .quarter(q, .explicit(y))) }
            if key(i + 2) == "half", q <= 2 { return TimeMention(first: i, end: i + 3, meaning: .half(q, .explicit(y))) }
        }
        return TimeMention(first: i, end: i + 1, meaning: .fixed(.year(y)))
    }

    /// A year after a month or a comma: digits or spoken words ("nineteen ninety-seven").
    private func trailingYear(at i: Int) -> (year: Int, next: Int)? {
        var j = i
        if key(j) == "," { j += 1 }
        if let y = yearNumber(at: j) { return (y, j + 1) }
        if let (y, end) = spokenYear(at: j) { return (y, end) }
        return nil
    }

    /// "Jan. 12", "December 6, 2025", "March 22-23", "July 1988", "January": a month-led date.
    /// `strict` requires more evidence for months that are also common words ("may", "march").
    private func monthDate(at i: Int, strict: Bool) -> TimeMention? {
        guard let (month, j) = monthName(at: i) else { return nil }
        // A day, or a day range.
        if j < tokens.count {
            if let (d1, d2, afterDays) = dayRange(at: j) {
                if let (y, end) = trailingYear(at: afterDays) {
                    guard d2 <= CivilCalendar.daysInMonth(year: y, month: month) else { return nil }
                    return TimeMention(first: i, end: end, meaning: .monthDay(month: month, firstDay: d1, lastDay: d2, year: .explicit(y)))
                }
                return TimeMention(first: i, end: afterDays, meaning: .monthDay(month: month, firstDay: d1, lastDay: d2, year: .inferred))
            }
            if let (y, end) = trailingYear(at: j) {
                return TimeMention(first: i, end: end, meaning: .month(month: month, part: nil, year: .explicit(y)))
            }
            if key(j) == "of", let y = yearNumber(at: j + 1) {
                return TimeMention(first: i, end: j + 2, meaning: .month(month: month, part: nil, year: .explicit(y)))
            }
        }
        // A bare month: names that are also words, or that follow a capitalized word (a person's
        // name, "Theresa May"), need a preposition or modifier before them.
        let prev = key(i - 1)
        let ambiguous = month == 5 || month == 3 // "may", "march"
        let prevIsName = i > 0 && tokens[i - 1].isCapitalized && !Self.monthLeaders.contains(prev)
        if strict, ambiguous || prevIsName, !Self.monthLeaders.contains(prev) { return nil }
        if TimeLexicon.monthAbbreviations[keys[i]] != nil, !hasAttachedDot(i) { return nil } // "Jan Kavan"
        return TimeMention(first: i, end: j, meaning: .month(month: month, part: nil, year: .inferred))
    }

    private static let monthLeaders: Set<String> = [
        "in", "since", "until", "till", "by", "from", "through", "of", "last", "next", "this", "early",
        "late", "mid", "before", "after", "during", "and", "or", "to", "between", "for", "that",
        "earlier", "later", "end", "beginning", "middle", "start", "on", "as",
    ]

    /// What a company reports for a period ("first-half profit").
    private static let reportNouns: Set<String> = [
        "profit", "profits", "results", "earnings", "sales", "revenue", "revenues", "loss", "losses", "net",
        "income", "growth", "output", "figures", "dividend", "performance", "turnover",
    ]

    /// What happens in a game's quarter ("a third-quarter touchdown").
    private static let gameNouns: Set<String> = [
        "touchdown", "touchdowns", "goal", "goals", "try", "tries", "basket", "baskets", "interception",
        "fumble", "penalty", "run", "rally", "comeback", "surge", "lead", "deficit", "field", "free",
    ]

    private static let weekendLeaders: Set<String> = ["over", "during", "on", "at", "through", "for", "until", "by"]

    private static let namedDayWords: Set<String> = [
        "black", "cyber", "good", "bloody", "super", "ash", "holy", "palm", "easter", "maundy", "giving",
        "blue", "fat", "shrove", "low", "trinity", "whit",
    ]

    private static let weekdayLeaders: Set<String> = [
        "on", "since", "until", "till", "by", "from", "through", "before", "after", "last", "next", "this",
        "early", "late", "earlier", "later", "said", "says",
    ]

    /// A day of the month at `j`, or a range "22-23" / "22 - 23" / "22 to 23".
    private func dayRange(at j: Int) -> (first: Int, last: Int, next: Int)? {
        guard j < tokens.count else { return nil }
        let t = tokens[j].text
        if let d = TimeLexicon.dayOfMonth(t) {
            // "March 22 - 23", "March 22 to 23"
            if isDash(j + 1) || key(j + 1) == "to", let d2 = TimeLexicon.dayOfMonth(tokens.count > j + 2 ? tokens[j + 2].text : ""), d2 > d,
               yearNumber(at: j + 2) == nil {
                return (d, d2, j + 3)
            }
            // "March 2 million": an amount, not a day.
            let next = key(j + 1)
            if next == "million" || next == "billion" || next == "percent" || next == "%" { return nil }
            return (d, d, j + 1)
        }
        // "22-23" as one token.
        let parts = t.split(separator: "-", omittingEmptySubsequences: false)
        if parts.count == 2, let a = TimeLexicon.dayOfMonth(String(parts[0])), let b = TimeLexicon.dayOfMonth(String(parts[1])), b > a {
            return (a, b, j + 1)
        }
        return nil
    }

    /// "12 January 2026", "12th of January".
    private func dayFirstDate(at i: Int) -> TimeMention? {
        guard tokens[i].kind != .punctuation, let d = TimeLexicon.dayOfMonth(tokens[i].text) else { return nil }
        var j = i + 1
        if key(j) == "of" { j += 1 }
        guard let (month, after) = monthName(at: j) else { return nil }
        if let (y, end) = trailingYear(at: after) {
            guard d <= CivilCalendar.daysInMonth(year: y, month: month) else { return nil }
            return TimeMention(first: i, end: end, meaning: .monthDay(month: month, firstDay: d, lastDay: d, year: .explicit(y)))
        }
        return TimeMention(first: i, end: after, meaning: .monthDay(month: month, firstDay: d, lastDay: d, year: .inferred))
    }

    /// "2026-01-12" written as one token.
    private func isoDate(at i: Int) -> TimeMention? {
        let t = tokens[i].text
        guard t.utf8.count == 10, let d = CivilCalendar.parseISODate(t) else { return nil }
        return TimeMention(first: i, end: i + 1, meaning: .fixed(.day(d)))
    }

    /// "nineteen ninety-seven", "nineteen eighty four", "two thousand (and) one".
    private func spokenYear(at i: Int) -> (Int, Int)? {
        let k = key(i)
        if k == "nineteen" || k == "eighteen" {
            let century = k == "nineteen" ? 1900 : 1800
            let (tens, end) = spokenTens(at: i + 1)
            guard let tens, tens >= 10 else { return nil }
            return (century + tens, end)
        }
        if k == "two", key(i + 1) == "thousand" {
            var j = i + 2
            if key(j) == "and" { j += 1 }
            let (rest, end) = spokenTens(at: j)
            if let rest, rest < 100, rest > 0 { return (2000 + rest, end) }
            // Bare "two thousand" is a year only where a year is expected ("in two thousand").
            let prev = key(i - 1)
            if prev == "in" || prev == "year" || prev == "since" || prev == "until" || prev == "by" { return (2000, i + 2) }
            return nil
        }
        return nil
    }

    /// "ninety-seven", "ninety seven", "twelve": a number below 100 in words.
    private func spokenTens(at i: Int) -> (Int?, Int) {
        let k = key(i)
        if let v = TimeLexicon.numbers[k], v >= 2 { // not "a"/"an"/"one"
            if v >= 20, v % 10 == 0, let u = TimeLexicon.numbers[key(i + 1)], u >= 1, u <= 9, key(i + 1) != "a", key(i + 1) != "an" {
                return (v + u, i + 2)
            }
            return (v, i + 1)
        }
        let parts = k.split(separator: "-")
        if parts.count == 2, let a = TimeLexicon.numbers[String(parts[0])], a >= 20, a % 10 == 0,
           let b = TimeLexicon.numbers[String(parts[1])], b >= 1, b <= 9 {
            return (a + b, i + 1)
        }
        return (nil, i)
    }

    // MARK: - Holidays

    /// "Christmas Day", "on Christmas", "Christmas Eve", "New Year's Day", "New Year's Eve",
    /// "Halloween", "Valentine's Day": a day of a month, year inferred like "Dec. 25".
    /// "Christmas shopping" and "the new year" are not dates.
    private func holiday(at i: Int) -> TimeMention? {
        guard isCapitalized(i), let (month, day) = TimeLexicon.holidays[keys[i]] else { return nil }
        func mention(_ end: Int, _ m: Int, _ d: Int) -> TimeMention {
            TimeMention(first: i, end: end, meaning: .monthDay(month: m, firstDay: d, lastDay: d, year: .inferred))
        }
        let next = key(i + 1)
        switch keys[i] {
        case "new":
            guard next == "year", tokens[i + 1].text.utf8.count > 4, isCapitalized(i + 1) else { return nil } // "Year's"
            if key(i + 2) == "day" { return mention(i + 3, 1, 1) }
            if key(i + 2) == "eve" { return mention(i + 3, 12, 31) }
            return nil
        case "valentine":
            return next == "day" ? mention(i + 2, month, day) : nil
        case "christmas":
            if next == "day" { return mention(i + 2, 12, 25) }
            if next == "eve" { return mention(i + 2, 12, 24) }
            fallthrough
        default:
            let prev = key(i - 1)
            // "on Christmas and", "by Halloween.": yes; "for Christmas shopping": no.
            let nounFollows = i + 1 < tokens.count && tokens[i + 1].kind == .word && !tokens[i + 1].isCapitalized
                && !Self.functionWords.contains(next)
            guard Self.holidayLeaders.contains(prev), !nounFollows else { return nil }
            return mention(i + 1, month, day)
        }
    }

    private static let functionWords: Set<String> = [
        "and", "or", "but", "when", "as", "the", "to", "in", "on", "at", "with", "for", "of", "this", "that",
        "last", "next", "he", "she", "they", "we", "it", "i", "you", "a", "an", "is", "was", "will", "would",
    ]

    private static let holidayLeaders: Set<String> = [
        "on", "at", "before", "after", "since", "until", "till", "by", "over", "through", "for", "last", "this", "next",
    ]

    // MARK: - Weekdays

    /// "Monday", "Monday night", "Thursday, April 6", "Friday Oct. 13".
    private func weekdayLed(at i: Int, weekday: Int) -> TimeMention? {
        // "every Monday", "each Friday": a recurrence, not a date.
        let prev = key(i - 1)
        if prev == "every" || prev == "each" { return nil }
        // "The Sunday Telegraph", "Monday Night Football": a weekday opening a run of capitalized
        // words is a name ("The World Court Friday rejected" is not: the name comes before it).
        if isCapitalized(i + 1), monthName(at: i + 1) == nil, !Self.weekdayLeaders.contains(key(i - 1)) { return nil }
        // "Black Friday", "Cyber Monday", "Good Friday": named days, not this week's.
        if isCapitalized(i - 1), Self.namedDayWords.contains(key(i - 1)) { return nil }
        var j = i + 1
        if key(j) == "," { j += 1 }
        if var m = monthDate(at: j, strict: false) ?? dayFirstDate(at: j), case .monthDay = m.meaning {
            m.first = i // "Thursday, April 6", "Tuesday, 1 March"
            return m
        }
        var end = i + 1
        if TimeLexicon.dayParts.contains(key(end)) { end += 1 }
        return TimeMention(first: i, end: end, meaning: .weekday(weekday, .inferred))
    }

    // MARK: - Modifier-led expressions

    /// "last week", "next Tuesday", "this month", "last April", "this past weekend".
    private func modifierLed(at i: Int) -> TimeMention? {
        let k = keys[i]
        var j = i + 1
        if k == "this", key(j) == "past" { j += 1 }
        let offset: Int
        switch k {
        case "last", "previous", "past": offset = -1
        case "next", "coming": offset = 1
        default: offset = j > i + 1 ? -1 : 0
        }
        let head = key(j)
        // "This Week", "Last Week Tonight": capitalized mid-sentence, a title rather than a time.
        if isCapitalized(i), !isSentenceStart(i), isCapitalized(j), TimeLexicon.units[head] != nil { return nil }
        if let w = TimeLexicon.weekdays[head], isCapitalized(j) {
            var end = j + 1
            if TimeLexicon.dayParts.contains(key(end)) { end += 1 }
            let choice: WeekdayChoice = offset < 0 ? .previous : offset > 0 ? .following : .inferred
            return TimeMention(first: i, end: end, meaning: .weekday(w, choice))
        }
        if k == "past" || k == "coming" { return nil } // "past week" without "the": rare, ambiguous
        if let u = TimeLexicon.units[head], !head.hasSuffix("s") || head == "weekends" {
            switch u {
            case .day, .half, .decade, .century: return nil
            default: return TimeMention(first: i, end: j + 1, meaning: .periodOffset(u, offset, part: nil))
            }
        }
        if let (month, end) = monthName(at: j), TimeLexicon.dayOfMonth(key(end)) == nil {
            let choice: YearChoice = offset < 0 ? .previous : offset > 0 ? .following : .relative(0)
            return TimeMention(first: i, end: end, meaning: .month(month: month, part: nil, year: choice))
        }
        if TimeLexicon.seasons.contains(head) { return TimeMention(first: i, end: j + 1, meaning: .vague) }
        if k == "this", head == "morning" || head == "afternoon" || head == "evening" {
            return TimeMention(first: i, end: j + 1, meaning: .dayOffset(0))
        }
        if k == "last", head == "night" { return TimeMention(first: i, end: j + 1, meaning: .dayOffset(-1)) }
        return nil
    }

    /// "earlier on Monday", "later this month", "earlier today", "earlier the same day",
    /// "earlier in the year".
    private func earlierLater(at i: Int) -> TimeMention? {
        let j = i + 1
        let next = key(j)
        if next == "on" || next == "in" || next == "this" || next == "today" || next == "yesterday"
            || next == "tonight" || next == "tomorrow" || next == "that" || next == "the" {
            if next == "in", key(j + 1) == "the", let u = TimeLexicon.units[key(j + 2)] {
                switch u {
                case .day: return TimeMention(first: i, end: j + 3, meaning: .anchorShift(.day, 0, keepPrecision: false))
                case .week, .month, .year: return TimeMention(first: i, end: j + 3, meaning: .periodOffset(u, 0, part: nil))
                default: return nil
                }
            }
            if next == "that", let u = TimeLexicon.units[key(j + 1)], u == .day || u == .week || u == .month || u == .year {
                return TimeMention(first: i, end: j + 2, meaning: .anchorShift(u, 0, keepPrecision: false))
            }
            guard var m = (next == "on" || next == "in") ? core(at: j + 1) : core(at: j) else { return nil }
            switch m.meaning {
            case .vague: return nil
            default: break
            }
            m.first = i
            return m
        }
        return nil
    }

    /// "early January", "mid-March", "late 2025", "the end of the year", "early next year",
    /// "late yesterday". `next` is the token after the part word(s).
    private func partOf(at i: Int, part: Int, next: Int) -> TimeMention? {
        var j = next
        if key(j) == "-" { j += 1 }
        if key(j) == "in" { j += 1 }
        if let (month, after) = monthName(at: j) {
            if let (y, end) = trailingYear(at: after) {
                return TimeMention(first: i, end: end, meaning: .month(month: month, part: part, year: .explicit(y)))
            }
            if key(after) == "of", let y = yearNumber(at: after + 1) {
                return TimeMention(first: i, end: after + 2, meaning: .month(month: month, part: part, year: .explicit(y)))
            }
            if TimeLexicon.dayOfMonth(key(after)) != nil { return nil }
            return TimeMention(first: i, end: after, meaning: .month(month: month, part: part, year: .inferred))
        }
        if let y = yearNumber(at: j) { return TimeMention(first: i, end: j + 1, meaning: .fixed(.year(y))) }
        let k = key(j)
        if k == "this" || k == "next" || k == "last" {
            if let u = TimeLexicon.units[key(j + 1)], u == .week || u == .month || u == .year || u == .quarter {
                let off = k == "this" ? 0 : k == "next" ? 1 : -1
                return TimeMention(first: i, end: j + 2, meaning: .periodOffset(u, off, part: part))
            }
            if k != "this", let (month, end) = monthName(at: j + 1) {
                return TimeMention(first: i, end: end, meaning: .month(month: month, part: part, year: k == "next" ? .following : .previous))
            }
            return nil
        }
        if k == "the", let u = TimeLexicon.units[key(j + 1)], u == .week || u == .month || u == .year {
            return TimeMention(first: i, end: j + 2, meaning: .periodOffset(u, 0, part: part))
        }
        if let d = TimeLexicon.dayWords[k] { return TimeMention(first: i, end: j + 1, meaning: .dayOffset(d)) }
        if let w = TimeLexicon.weekdays[k], isCapitalized(j) {
            var end = j + 1
            if TimeLexicon.dayParts.contains(key(end)) { end += 1 }
            return TimeMention(first: i, end: end, meaning: .weekday(w, .inferred))
        }
        return nil
    }

    // MARK: - "the ..." expressions

    private func theLed(at i: Int) -> TimeMention? {
        let k1 = key(i + 1), k2 = key(i + 2)
        // the end / beginning / middle of ...
        if let p = TimeLexicon.partWords[k1], k1 != "early", k1 != "late", k1 != "mid", k2 == "of" {
            return partOf(at: i, part: p, next: i + 3)
        }
        if k1 == "early" || k1 == "late" || k1 == "mid" { // "the early 1980s", "the late summer"
            if let m = partOf(at: i, part: TimeLexicon.partWords[k1]!, next: i + 2) { return m }
            return nil
        }
        // the same day / week
        if k1 == "same", let u = TimeLexicon.units[k2], u == .day || u == .week || u == .month || u == .year {
            return TimeMention(first: i, end: i + 3, meaning: .anchorShift(u, 0, keepPrecision: false))
        }
        // the day before / after [date]
        if k1 == "day", k2 == "before" || k2 == "after" {
            let delta = k2 == "before" ? -1 : 1
            if key(i + 3) == "yesterday" { return TimeMention(first: i, end: i + 4, meaning: .dayOffset(-2)) }
            if key(i + 3) == "tomorrow" { return TimeMention(first: i, end: i + 4, meaning: .dayOffset(2)) }
            if let inner = core(at: i + 3) {
                switch inner.meaning {
                case .vague, .anchorShift: break
                default: return TimeMention(first: i, end: inner.end, meaning: .dayShift(inner.meaning, delta))
                }
            }
            // "The day before, ...": the last date mentioned; "the day before the vote",
            // "the day after rival bidders walked away": an event we cannot date.
            let follow = i + 3 < tokens.count ? tokens[i + 3] : nil
            guard follow == nil || follow!.kind == .punctuation || key(i + 3) == "and" || key(i + 3) == "that" else { return nil }
            return TimeMention(first: i, end: i + 3, meaning: .anchorShift(.day, delta, keepPrecision: false))
        }
        // the week / month / year before (not "the year before the election")
        if k2 == "before" || k2 == "after", let u = TimeLexicon.units[k1], u == .week || u == .month || u == .year {
            let follow = key(i + 3)
            if follow.isEmpty || follow == "." || follow == "," || follow == ";" || follow == "and" || follow == "\u{2014}" {
                return TimeMention(first: i, end: i + 3, meaning: .anchorShift(u, k2 == "before" ? -1 : 1, keepPrecision: false))
            }
            return nil
        }
        // the next / following / previous day, week, month, year; the previous Friday
        if k1 == "next" || k1 == "following" || k1 == "previous" || k1 == "preceding" || k1 == "prior" {
            let delta = (k1 == "next" || k1 == "following") ? 1 : -1
            if let w = TimeLexicon.weekdays[k2], isCapitalized(i + 2) {
                return TimeMention(first: i, end: i + 3, meaning: .weekday(w, delta > 0 ? .afterAnchor : .beforeAnchor))
            }
            if let u = TimeLexicon.units[k2], !k2.hasSuffix("s"), u == .day || u == .week || u == .month || u == .quarter || u == .year {
                // "over the next week", "within the following month": a stretch of time, not a date
                // ("over the next year" reads as next year).
                let before = key(i - 1)
                if delta > 0, u != .year, before == "over" || before == "within" || before == "for" || before == "during" {
                    return TimeMention(first: i, end: i + 3, meaning: .vague)
                }
                return TimeMention(first: i, end: i + 3, meaning: .anchorShift(u, delta, keepPrecision: false))
            }
            if k2 == "morning" || k2 == "night" || k2 == "evening" || k2 == "afternoon" {
                let d = k2 == "night" && delta < 0 ? -1 : delta > 0 ? 1 : -1
                return TimeMention(first: i, end: i + 3, meaning: .anchorShift(.day, d, keepPrecision: false))
            }
            return nil
        }
        // the weekend ("over the weekend", "during the weekend", "on the weekend")
        if k1 == "weekend", Self.weekendLeaders.contains(key(i - 1)) {
            return TimeMention(first: i, end: i + 2, meaning: .weekend)
        }
        // the week of March 6
        if k1 == "week", k2 == "of", let inner = core(at: i + 3) {
            switch inner.meaning {
            case .monthDay, .fixed, .weekday: return TimeMention(first: i, end: inner.end, meaning: .weekOf(inner.meaning))
            default: return nil
            }
        }
        // the past / last N units: a duration or a vague stretch, not a date.
        if k1 == "past" || k1 == "last" {
            var j = i + 2
            if TimeLexicon.numbers[key(j)] != nil || key(j) == "few" || key(j) == "several" || key(j) == "couple"
                || TimeLexicon.integer(key(j)) != nil {
                j += 1
                if key(j) == "of" { j += 1 }
            }
            if let u = TimeLexicon.units[key(j)], u != .quarter || key(j) == "quarters" {
                return TimeMention(first: i, end: j + 1, meaning: .vague)
            }
            return nil
        }
        // the current / latest / most recent quarter or year
        if k1 == "current" || k1 == "latest" || k1 == "present" || (k1 == "most" && k2 == "recent") {
            var j = k1 == "most" ? i + 3 : i + 2
            if key(j) == "fiscal" { j += 1 }
            let h = key(j)
            if k1 == "latest" || k1 == "most", h == "quarter" || h == "period" {
                return TimeMention(first: i, end: j + 1, meaning: .latestQuarter)
            }
            if h == "quarter" { return TimeMention(first: i, end: j + 1, meaning: .anchorQuarter(yearShift: 0)) }
            if k1 == "current", let u = TimeLexicon.units[h], u == .week || u == .month || u == .year {
                return TimeMention(first: i, end: j + 1, meaning: .periodOffset(u, 0, part: nil))
            }
            return nil
        }
        // the year-ago quarter / the year-earlier period
        if k1 == "year-ago" || k1 == "year-earlier" || (k1 == "fiscal" && (k2 == "year-ago" || k2 == "year-earlier")) {
            let j = k1 == "fiscal" ? i + 3 : i + 2
            if key(j) == "quarter" || key(j) == "period" {
                return TimeMention(first: i, end: j + 1, meaning: .anchorQuarter(yearShift: -1))
            }
            return nil
        }
        // the quarter (not "a quarter of the ...")
        if k1 == "quarter" {
            if k2 == "of" || k2 == "-" || k2 == "century" { return nil }
            return TimeMention(first: i, end: i + 2, meaning: .anchorQuarter(yearShift: 0))
        }
        // the year two thousand
        if k1 == "year", let (y, end) = spokenYear(at: i + 2) {
            return TimeMention(first: i, end: end, meaning: .fixed(.year(y)))
        }
        // the 1988 second quarter
        if let y = yearNumber(at: i + 1), let q = TimeLexicon.ordinals[key(i + 2)], key(i + 3) == "quarter" || key(i + 3) == "half" {
            let meaning: TimeMeaning = key(i + 3) == "quarter" ? .quarter(q, .explicit(y)) : .half(q, .explicit(y))
            return q <= (key(i + 3) == "quarter" ? 4 : 2) ? TimeMention(first: i, end: i + 4, meaning: meaning) : nil
        }
        // the third quarter (of 1990), the first half
        if TimeLexicon.ordinals[k1] != nil || k1 == "fiscal" || k1.hasSuffix("-quarter") || k1.hasSuffix("-half") {
            if var m = quarterLed(at: i + 1) {
                m.first = i
                return m
            }
        }
        return nil
    }

    // MARK: - Quarters and halves

    /// "third quarter", "fiscal second-quarter", "the first half of 1998", "Q3 2025".
    private func quarterLed(at i: Int) -> TimeMention? {
        var j = i
        if key(j) == "fiscal" { j += 1 }
        let k = key(j)
        var ordinal: Int?
        var isHalf = false
        var next = j + 1
        if let o = TimeLexicon.ordinals[k], key(j + 1) == "quarter" || key(j + 1) == "half" {
            ordinal = o
            isHalf = key(j + 1) == "half"
            next = j + 2
        } else if k.hasSuffix("-quarter") || k.hasSuffix("-half") {
            let parts = k.split(separator: "-")
            guard parts.count == 2, let o = TimeLexicon.ordinals[String(parts[0])] else { return nil }
            ordinal = o
            isHalf = parts[1] == "half"
        } else if k.count == 2, k.hasPrefix("q"), let o = TimeLexicon.integer(String(k.dropFirst())), o >= 1, o <= 4 {
            ordinal = o
        } else if k.count == 2, k.hasPrefix("h"), let o = TimeLexicon.integer(String(k.dropFirst())), o >= 1, o <= 2, tokens[j].text.hasPrefix("H") {
            ordinal = o
            isHalf = true
        }
        guard let q = ordinal, q <= (isHalf ? 2 : 4) else { return nil }
        // "first-half" with "the" leading only in halves; a bare "first half" of a game is no date.
        var year: YearChoice = .inferred
        var end = next
        if key(next) == "of" {
            if let y = yearNumber(at: next + 1) {
                year = .explicit(y); end = next + 2
            } else if key(next + 1) == "this" || key(next + 1) == "next" || key(next + 1) == "last", key(next + 2) == "year" {
                year = .relative(key(next + 1) == "this" ? 0 : key(next + 1) == "next" ? 1 : -1); end = next + 3
            } else if key(next + 1) == "the", key(next + 2) == "year" {
                end = next + 3 // "the second half of the year"
            } else if isHalf {
                return nil // "the first half of the match"
            }
        } else if let y = yearNumber(at: next) {
            year = .explicit(y); end = next + 1
        }
        // "the second half" or "a first-half goal" are as often a game's as a year's: a half
        // needs its year ("the first half of 1998", "of this year") or a business noun
        // ("first-half profit"); a quarter must not be a game's ("a third-quarter touchdown").
        if case .inferred = year {
            if isHalf, !Self.reportNouns.contains(key(end)) { return nil }
            if !isHalf, Self.gameNouns.contains(key(end)) { return nil }
        }
        return TimeMention(first: i, end: end, meaning: isHalf ? .half(q, year) : .quarter(q, year))
    }

    // MARK: - Counted periods

    /// "two days ago", "a year earlier", "three weeks later", "42 years ago", "a year from now".
    private func countLed(at i: Int) -> TimeMention? {
        let k = keys[i]
        var count: Int?
        if let v = TimeLexicon.numbers[k] { count = v }
        else if tokens[i].kind == .number, let v = TimeLexicon.integer(k), v < 1000 { count = v }
        var j = i + 1
        if k == "several" || k == "few" || k == "many" || k == "some" {
            count = 0
        } else if count == nil {
            return nil
        }
        // "twenty-five", "twenty five"
        if let c = count, c >= 20, c % 10 == 0, let u = TimeLexicon.numbers[key(j)], u >= 1, u <= 9, key(j) != "a" {
            count = c + u; j += 1
        }
        guard j < tokens.count, shapes[j].contains(.maybeUnit), let u = TimeLexicon.units[keys[j]] else { return nil }
        let unitEnd = j + 1
        let direction = key(unitEnd)
        let n = count ?? 0
        switch direction {
        case "ago", "back":
            if direction == "back", key(unitEnd + 1) == "to" { return nil }
            if n == 0 { return TimeMention(first: i, end: unitEnd + 1, meaning: .vague) }
            return TimeMention(first: i, end: unitEnd + 1, meaning: agoMeaning(u, -n))
        case "earlier", "later", "before", "after":
            if n == 0 { return nil }
            // "two days before the vote": relative to an undated event, not a date we know.
            if direction == "before" || direction == "after" {
                let follow = key(unitEnd + 1)
                if !(follow.isEmpty || follow == "." || follow == "," || follow == ";" || follow == "that" || follow == "and") { return nil }
            }
            let delta = (direction == "earlier" || direction == "before") ? -n : n
            switch u {
            case .day, .week, .month, .year, .quarter:
                return TimeMention(first: i, end: unitEnd + 1, meaning: .anchorShift(u, delta, keepPrecision: u == .year))
            default: return nil
            }
        case "from":
            if key(unitEnd + 1) == "now", n > 0 { return TimeMention(first: i, end: unitEnd + 2, meaning: agoMeaning(u, n)) }
            return nil
        default:
            return nil
        }
    }

    private func agoMeaning(_ u: TimeLexicon.Unit, _ delta: Int) -> TimeMeaning {
        switch u {
        case .day: return .dayOffset(delta)
        case .year: return delta < 0 ? .yearAgo(-delta) : .periodOffset(.year, delta, part: nil)
        case .week, .month, .quarter: return .periodOffset(u, delta, part: nil)
        case .decade: return delta < 0 ? .yearAgo(-delta * 10) : .periodOffset(.year, delta * 10, part: nil)
        default: return .vague
        }
    }

    // MARK: - Hyphenated words

    /// "mid-March", "mid-2025", "year-end", "year-earlier", "third-quarter" (via quarterLed).
    private func hyphenated(at i: Int) -> TimeMention? {
        let k = keys[i]
        guard k.utf8.contains(45) else { return nil } // "-"
        let parts = k.split(separator: "-", maxSplits: 1).map(String.init)
        guard parts.count == 2 else { return nil }
        if let p = TimeLexicon.partWords[parts[0]], parts[0] == "mid" || parts[0] == "early" || parts[0] == "late" {
            if let m = TimeLexicon.months[parts[1]] ?? TimeLexicon.monthAbbreviations[parts[1]] {
                if let (y, end) = trailingYear(at: i + 1) {
                    return TimeMention(first: i, end: end, meaning: .month(month: m, part: p, year: .explicit(y)))
                }
                return TimeMention(first: i, end: i + 1, meaning: .month(month: m, part: p, year: .inferred))
            }
            if let y = TimeLexicon.integer(parts[1]), parts[1].count == 4, y >= 1800, y <= 2099 {
                return TimeMention(first: i, end: i + 1, meaning: .fixed(.year(y)))
            }
            if parts[1].hasSuffix("s") { return TimeMention(first: i, end: i + 1, meaning: .vague) }
            return nil
        }
        if parts[0] == "year" {
            switch parts[1] {
            case "end": return TimeMention(first: i, end: i + 1, meaning: .periodOffset(.year, 0, part: 2))
            case "ago", "earlier":
                if key(i + 1) == "quarter" || key(i + 1) == "period" {
                    return TimeMention(first: i, end: i + 2, meaning: .anchorQuarter(yearShift: -1))
                }
                return TimeMention(first: i, end: i + 1, meaning: .yearEarlierAdjective)
            default: return nil
            }
        }
        return nil
    }
}
