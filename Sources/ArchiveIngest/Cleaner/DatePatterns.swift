/// The token patterns behind ``HeaderDate``: one function per written form, all over `DateToken`s.
enum DatePatterns {
    /// A date match and the token indexes it spans (inclusive), so a time can be looked for around it.
    struct Found {
        var date: HeaderDate
        var first: Int
        var last: Int
    }

    /// Month names and abbreviations: English, plus German, French, Spanish, Portuguese, Italian and
    /// Dutch full names (pages in those languages print dates the same way: "19. Juni 2019").
    static func month(_ word: String) -> Int? {
        switch word {
        case "jan", "january", "januar", "janvier", "enero", "janeiro", "gennaio", "januari", "jänner": return 1
        case "feb", "february", "februar", "février", "fevrier", "febrero", "fevereiro", "febbraio", "februari": return 2
        case "mar", "march", "märz", "maerz", "mars", "marzo", "março", "marco", "maart": return 3
        case "apr", "april", "avril", "abril", "aprile": return 4
        case "may", "mai", "mayo", "maio", "maggio", "mei": return 5
        case "jun", "june", "juni", "juin", "junio", "junho", "giugno": return 6
        case "jul", "july", "juli", "juillet", "julio", "julho", "luglio": return 7
        case "aug", "august", "août", "aout", "agosto", "augustus": return 8
        case "sep", "sept", "september", "septembre", "septiembre", "setembro", "settembre": return 9
        case "oct", "october", "oktober", "octobre", "octubre", "outubro", "ottobre": return 10
        case "nov", "november", "novembre", "noviembre", "novembro": return 11
        case "dec", "december", "dezember", "décembre", "decembre", "diciembre", "dezembro", "dicembre": return 12
        default: return nil
        }
    }

    /// A complete date starting at token `i`.
    static func date(_ t: [DateToken], at i: Int) -> Found? {
        let a = t[i]
        if a.kind == .number { return numeric(t, at: i) ?? dayMonthYear(t, at: i) }
        if a.kind == .word, month(a.text) != nil { return monthDayYear(t, at: i) }
        return nil
    }

    /// `2026-01-12[T08:30[:00][.000][Z|±hh:mm]]`, `2026/01/12`, and the unambiguous `d/m/yyyy` forms.
    static func numeric(_ t: [DateToken], at i: Int) -> Found? {
        guard i + 4 < t.count, t[i + 2].kind == .number, t[i + 4].kind == .number,
              t[i + 1].kind == .punct, t[i + 3].kind == .punct, t[i + 1].text == t[i + 3].text,
              touching(t, i, i + 4) else { return nil }
        if i > 0, t[i - 1].end == t[i].start, t[i - 1].kind == .number || t[i - 1].isPunct("/") || t[i - 1].isPunct(".") { return nil }
        if i + 5 < t.count, t[i + 5].start == t[i + 4].end, t[i + 5].kind == .number || t[i + 5].isPunct("/") { return nil }
        let sep = t[i + 1].text
        guard sep == "-" || sep == "/" || sep == "." else { return nil }
        let x = t[i], y = t[i + 2], z = t[i + 4]
        var year = 0, month = 0, day = 0
        if x.digits == 4 && y.digits <= 2 && z.digits <= 2 {
            (year, month, day) = (x.value, y.value, z.value)
        } else if z.digits == 4 && x.digits <= 2 && y.digits <= 2 && sep != "-" || (sep == "-" && z.digits == 4 && x.digits <= 2 && y.digits <= 2) {
            year = z.value
            if sep == "." { (day, month) = (x.value, y.value) }
            else if x.value > 12 && y.value <= 12 { (day, month) = (x.value, y.value) }
            else if y.value > 12 && x.value <= 12 { (month, day) = (x.value, y.value) }
            else if x.value == y.value { (month, day) = (x.value, y.value) }
            else { return nil }  // 03/04/2026: never guessed
        } else { return nil }
        guard HeaderDate.isValid(year: year, month: month, day: day) else { return nil }
        var found = Found(date: HeaderDate(year: year, month: month, day: day, range: t[i].start..<t[i + 4].end), first: i, last: i + 4)
        if x.digits == 4 && sep == "-" { isoTime(t, after: &found) }
        return found
    }

    /// The time part of an ISO 8601 datetime: `T08:30`, ` 08:30:00.123`, then `Z`, `+01:00`, `-0500`.
    static func isoTime(_ t: [DateToken], after found: inout Found) {
        var k = found.last + 1
        guard k < t.count else { return }
        let tWord = t[k].isWord("t") && t[k].start == t[found.last].end
        let attachedT = t[k].kind == .word && t[k].text.hasPrefix("t") && t[k].start == t[found.last].end
        if tWord { k += 1 } else if attachedT { return } else if !(t[k].kind == .number && t[k].start == t[found.last].end + 1) { return }
        guard let clock = clock(t, at: k), clock.twelveHour == nil else { return }
        found.date.hour = clock.hour; found.date.minute = clock.minute; found.date.second = clock.second
        found.date.zone = clock.zone
        found.last = clock.last
        k = clock.last + 1
        // fractional seconds
        if k + 1 < t.count, t[k].isPunct("."), t[k + 1].kind == .number, touching(t, k - 1, k + 1) { found.last = k + 1; k += 2 }
        if found.date.zone == nil, k < t.count, t[k].start == t[found.last].end {
            if t[k].isWord("z") { found.date.zone = "Z"; found.last = k }
            else if (t[k].isPunct("+") || t[k].isPunct("-") || t[k].isPunct("−")), k + 1 < t.count, t[k + 1].kind == .number, t[k + 1].start == t[k].end {
                let sign = t[k].isPunct("+") ? "+" : "-"
                if t[k + 1].digits == 4 {
                    found.date.zone = offset(sign, t[k + 1].value / 100, t[k + 1].value % 100); found.last = k + 1
                } else if t[k + 1].digits == 2, k + 3 < t.count, t[k + 2].isPunct(":"), t[k + 3].kind == .number, t[k + 3].digits == 2, touching(t, k + 1, k + 3) {
                    found.date.zone = offset(sign, t[k + 1].value, t[k + 3].value); found.last = k + 3
                } else if t[k + 1].digits == 2 {
                    found.date.zone = offset(sign, t[k + 1].value, 0); found.last = k + 1
                }
            }
        }
        found.date.range = found.date.range.lowerBound..<t[found.last].end
    }

    /// `February 11, 2026`, `Jan. 12, 2026`, `Nov 19 2019`, `January 12th, 2026`.
    static func monthDayYear(_ t: [DateToken], at i: Int) -> Found? {
        guard let m = month(t[i].text), t[i].end - t[i].start >= 3 else { return nil }
        var k = i + 1
        if k < t.count, t[k].isPunct("."), t[k].start == t[i].end { k += 1 }
        guard k < t.count, t[k].kind == .number, t[k].digits <= 2 else { return nil }
        let day = t[k].value
        var last = k
        k += 1
        if k < t.count, t[k].kind == .word, ordinal(t[k].text), t[k].start == t[last].end { last = k; k += 1 }
        if k < t.count, t[k].isPunct(",") { k += 1 }
        guard k < t.count, t[k].kind == .number, t[k].digits == 4 else { return nil }
        if k + 1 < t.count, (t[k + 1].isPunct(":") || t[k + 1].isPunct(".")), t[k + 1].start == t[k].end,
           k + 2 < t.count, t[k + 2].kind == .number, t[k + 2].start == t[k + 1].end { return nil }  // "Jan 12 2026" ok, "Jan 12 10:30" not
        guard HeaderDate.isValid(year: t[k].value, month: m, day: day) else { return nil }
        return Found(date: HeaderDate(year: t[k].value, month: m, day: day, range: t[i].start..<t[k].end), first: i, last: k)
    }

    /// `12 Jan 2026`, `12 January, 2026`, `12th of January 2026`.
    static func dayMonthYear(_ t: [DateToken], at i: Int) -> Found? {
        guard t[i].kind == .number, t[i].digits <= 2 else { return nil }
        if i > 0, t[i - 1].end == t[i].start, t[i - 1].kind == .number || t[i - 1].isPunct(":") || t[i - 1].isPunct(".") { return nil }
        var k = i + 1
        if k < t.count, t[k].kind == .word, ordinal(t[k].text), t[k].start == t[i].end { k += 1 }
        if k < t.count, t[k].isPunct(".") { k += 1 }
        if k < t.count, t[k].isWord("of") || t[k].isWord("de") { k += 1 }
        guard k < t.count, t[k].kind == .word, let m = month(t[k].text), t[k].end - t[k].start >= 3 else { return nil }
        k += 1
        if k < t.count, t[k].isPunct("."), t[k].start == t[k - 1].end { k += 1 }
        if k < t.count, t[k].isPunct(",") || t[k].isWord("de") { k += 1 }
        guard k < t.count, t[k].kind == .number, t[k].digits == 4 else { return nil }
        guard HeaderDate.isValid(year: t[k].value, month: m, day: t[i].value) else { return nil }
        return Found(date: HeaderDate(year: t[k].value, month: m, day: t[i].value, range: t[i].start..<t[k].end), first: i, last: k)
    }

    /// A month and day with no year after them, as in a dateline "Jan 12 (Reuters)".
    static func monthDay(_ t: [DateToken], at i: Int) -> (month: Int, day: Int, range: Range<Int>)? {
        if t[i].kind == .word, let m = month(t[i].text), t[i].end - t[i].start >= 3 {
            var k = i + 1
            if k < t.count, t[k].isPunct("."), t[k].start == t[i].end { k += 1 }
            guard k < t.count, t[k].kind == .number, t[k].digits <= 2, (1...31).contains(t[k].value) else { return nil }
            if k + 1 < t.count, t[k + 1].start == t[k].end, t[k + 1].kind == .number || t[k + 1].isPunct(":") { return nil }
            var last = k
            if k + 1 < t.count, t[k + 1].kind == .word, ordinal(t[k + 1].text), t[k + 1].start == t[k].end { last = k + 1 }
            guard t[k].value <= HeaderDate.daysIn(month: m, year: 2000) else { return nil }
            return (m, t[k].value, t[i].start..<t[last].end)
        }
        if t[i].kind == .number, t[i].digits <= 2, (1...31).contains(t[i].value), i + 1 < t.count {
            var k = i + 1
            if t[k].kind == .word, ordinal(t[k].text), t[k].start == t[i].end { k += 1 }
            guard k < t.count, t[k].kind == .word, let m = month(t[k].text), t[k].end - t[k].start >= 3,
                  t[i].value <= HeaderDate.daysIn(month: m, year: 2000) else { return nil }
            return (m, t[i].value, t[i].start..<t[k].end)
        }
        return nil
    }

    static func ordinal(_ w: String) -> Bool { w == "st" || w == "nd" || w == "rd" || w == "th" }

    static func touching(_ t: [DateToken], _ from: Int, _ to: Int) -> Bool {
        var k = from
        while k < to { if t[k].end != t[k + 1].start { return false }; k += 1 }
        return true
    }

    static func offset(_ sign: String, _ h: Int, _ m: Int) -> String? {
        guard h <= 14, m < 60 else { return nil }
        return "\(sign)\(h < 10 ? "0" : "")\(h):\(m < 10 ? "0" : "")\(m)"
    }
}
