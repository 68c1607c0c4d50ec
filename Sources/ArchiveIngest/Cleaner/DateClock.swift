/// Times of day next to a date: "1:07 AM", "10:02 AM EST", "08:30:00", "3 p.m." is not read
/// (no minutes: too loose for a header). Twelve-hour times are turned into 24-hour ones.
extension DatePatterns {
    struct Clock {
        var hour: Int
        var minute: Int
        var second: Int?
        /// true for PM, false for AM, nil for a 24-hour time.
        var twelveHour: Bool?
        var zone: String?
        /// Last token of the time, its am/pm and zone.
        var last: Int
    }

    /// `H:MM[:SS]` starting at token `k`, with an optional am/pm and zone after it.
    static func clock(_ t: [DateToken], at k: Int) -> Clock? {
        guard k + 2 < t.count, t[k].kind == .number, t[k].digits <= 2, t[k + 1].isPunct(":"),
              t[k + 2].kind == .number, t[k + 2].digits == 2, touching(t, k, k + 2),
              t[k].value <= 24, t[k + 2].value < 60 else { return nil }
        var c = Clock(hour: t[k].value, minute: t[k + 2].value, last: k + 2)
        var j = k + 3
        if j + 1 < t.count, t[j].isPunct(":"), t[j + 1].kind == .number, t[j + 1].digits == 2, touching(t, j - 1, j + 1), t[j + 1].value < 61 {
            c.second = t[j + 1].value; c.last = j + 1; j += 2
        }
        if j < t.count, t[j].kind == .word {
            var pm: Bool?
            var end = j
            if t[j].text == "am" || t[j].text == "pm" { pm = t[j].text == "pm" }
            else if (t[j].text == "a" || t[j].text == "p"), j + 2 < t.count, t[j + 1].isPunct("."), t[j + 2].isWord("m") {
                pm = t[j].text == "p"; end = j + 2
                if j + 3 < t.count, t[j + 3].isPunct("."), t[j + 3].start == t[j + 2].end { end = j + 3 }
            }
            if let pm, (1...12).contains(c.hour) {
                c.twelveHour = pm
                c.hour = pm ? (c.hour == 12 ? 12 : c.hour + 12) : (c.hour == 12 ? 0 : c.hour)
                c.last = end; j = end + 1
            } else if pm != nil { return nil }
        }
        if c.hour == 24 { return nil }
        if j < t.count, t[j].kind == .word, let zone = zoneAbbreviation(t[j].text) {
            c.zone = zone.isEmpty ? nil : zone; c.last = j
        } else if j + 1 < t.count, t[j].isPunct("+") || t[j].isPunct("-"), t[j + 1].kind == .number, t[j + 1].start == t[j].end {
            // RFC 2822 "08:30:00 +0000", "-0500"; "+05:30". ("10:30 - 11:30" is a range, not a zone.)
            let sign = t[j].isPunct("+") ? "+" : "-"
            if t[j + 1].digits == 4 {
                if let zone = offset(sign, t[j + 1].value / 100, t[j + 1].value % 100) { c.zone = zone; c.last = j + 1 }
            } else if sign == "+", t[j + 1].digits == 2, j + 3 < t.count, t[j + 2].isPunct(":"), t[j + 3].digits == 2, touching(t, j + 1, j + 3),
                      let zone = offset(sign, t[j + 1].value, t[j + 3].value) {
                c.zone = zone; c.last = j + 3
            }
        }
        return c
    }

    /// Offsets of the zone abbreviations that mean one thing; "" for a known but ambiguous one
    /// (ET, PT: standard or daylight time), which is consumed but not kept.
    static func zoneAbbreviation(_ w: String) -> String? {
        switch w {
        case "utc", "gmt", "z": return "Z"
        case "est": return "-05:00"
        case "edt": return "-04:00"
        case "cst": return "-06:00"
        case "cdt": return "-05:00"
        case "mst": return "-07:00"
        case "mdt": return "-06:00"
        case "pst": return "-08:00"
        case "pdt": return "-07:00"
        case "bst", "cet": return "+01:00"
        case "cest", "eet": return "+02:00"
        case "eest": return "+03:00"
        case "jst": return "+09:00"
        case "et", "pt", "ct", "mt", "amt", "ist", "hkt", "sgt", "aest", "aedt": return ""
        default: return nil
        }
    }

    static func isConnector(_ tok: DateToken) -> Bool {
        switch tok.kind {
        case .punct: return ",/|-–—@·•(".contains(tok.text)
        case .word: return ["at", "on", "um", "updated", "published", "de", "às", "as", "à", "a", "alle", "om"].contains(tok.text) || isWeekday(tok.text)
        case .number: return false
        }
    }

    static func isWeekday(_ w: String) -> Bool {
        switch w {
        case "mon", "monday", "tue", "tues", "tuesday", "wed", "wednesday", "thu", "thur", "thurs", "thursday",
             "fri", "friday", "sat", "saturday", "sun", "sunday": return true
        default: return false
        }
    }

    /// Finds a time written just after (or just before) the date and folds it into `found`.
    static func attachTime(_ t: [DateToken], to found: inout Found) {
        if found.date.hour != nil { return }
        var k = found.last + 1
        var skipped = 0
        while k < t.count, skipped < 3, isConnector(t[k]) { k += 1; skipped += 1 }
        if let c = clock(t, at: k) { apply(c, from: k, t, to: &found); return }
        var s = found.first - 1
        while s >= 0 && s >= found.first - 10 {
            if t[s].kind == .number, let c = clock(t, at: s), c.last < found.first {
                var between = c.last + 1
                while between < found.first, isConnector(t[between]) { between += 1 }
                if between == found.first { apply(c, from: s, t, to: &found) }
                return
            }
            s -= 1
        }
    }

    private static func apply(_ c: Clock, from first: Int, _ t: [DateToken], to found: inout Found) {
        found.date.hour = c.hour; found.date.minute = c.minute; found.date.second = c.second; found.date.zone = c.zone
        let lower = min(found.date.range.lowerBound, t[first].start)
        let upper = max(found.date.range.upperBound, t[c.last].end)
        found.date.range = lower..<upper
        found.last = max(found.last, c.last)
    }
}
