/// Reads dates as pages write them and returns ISO 8601 (`YYYY-MM-DD`, with `THH:MM[:SS]` and a
/// zone when the text has them). Knows ISO forms (`2019-11-19T08:30:00+01:00`, `2019/11/19`,
/// `20191119`), numeric day-first (`19.11.2019`), US (`11/19/2019`) and month names in English,
/// German, French, Spanish, Portuguese, Italian (`19. November 2019`, `Nov. 19, 2019`,
/// `19 de noviembre de 2019`), Dutch, Polish, Russian and Turkish. Implausible dates (month 13,
/// year 1850) are rejected.
enum DateParsing {
    /// The whole value is expected to be one date (a meta tag, a `datetime` attribute).
    static func iso(from value: String, dayFirst: Bool = false) -> String? {
        if let full = isoTimestamp(in: value) { return full }
        if let epoch = unixTimestamp(value) { return epoch }
        return firstDate(in: value, dayFirst: dayFirst)
    }

    /// A meta value that is a Unix time, in seconds (10 digits) or milliseconds (13 digits), as
    /// some publishing systems write `article:published_time`: the UTC timestamp.
    static func unixTimestamp(_ value: String) -> String? {
        let v = value.utf8
        guard v.count == 10 || v.count == 13, v.allSatisfy({ $0 >= 48 && $0 <= 57 }), var seconds = Int(value) else { return nil }
        if v.count == 13 { seconds /= 1000 }
        let (y, m, d) = CivilCalendar.civil(seconds / 86_400)
        guard let date = formatted(y, m, d) else { return nil }
        let s = seconds % 86_400
        return date + "T" + two(s / 3600) + ":" + two(s / 60 % 60) + ":" + two(s % 60) + "Z"
    }

    /// The first date written anywhere in free text.
    /// `dayFirst`: read an ambiguous `05/07/2022` as 5 July (the page is not American English);
    /// by default it is May 7.
    static func firstDate(in text: String, dayFirst: Bool = false) -> String? {
        let tokens = tokenize(text)
        var k = 0
        while k < tokens.count {
            if let date = match(tokens, at: k, dayFirst: dayFirst) { return date }
            k += 1
        }
        return nil
    }

    // MARK: ISO timestamps

    /// `YYYY-MM-DD` optionally followed by `[T ]HH:MM[:SS[.fff]][Z|±HH[:]MM]`.
    static func isoTimestamp(in value: String) -> String? {
        let b = Array(value.utf8)
        func digits(_ at: Int, _ n: Int) -> Int? { ASCIIText.number(b, at: at, count: n) }
        var i = 0
        while i + 10 <= b.count {
            if (i == 0 || !(b[i - 1] >= 48 && b[i - 1] <= 57)), let y = digits(i, 4), b[i + 4] == 45,
               let m = digits(i + 5, 2), b[i + 7] == 45, let d = digits(i + 8, 2),
               let date = formatted(y, m, d) {
                var out = date
                var j = i + 10
                if j + 5 < b.count + 1, j < b.count, b[j] == 84 || b[j] == 32, let hh = digits(j + 1, 2),
                   j + 3 < b.count, b[j + 3] == 58, let mm = digits(j + 4, 2), hh < 24, mm < 60 {
                    out += "T" + two(hh) + ":" + two(mm)
                    j += 6
                    if j < b.count, b[j] == 58, let ss = digits(j + 1, 2), ss < 61 {
                        out += ":" + two(ss)
                        j += 3
                        if j < b.count, b[j] == 46 {
                            j += 1
                            while j < b.count, b[j] >= 48 && b[j] <= 57 { j += 1 }
                        }
                    }
                    if j < b.count, b[j] == 90 {
                        out += "Z"
                    } else if j < b.count, b[j] == 43 || b[j] == 45, let zh = digits(j + 1, 2) {
                        var zm = 0
                        if let m2 = digits(j + 3, 2) { zm = m2 } else if j + 3 < b.count, b[j + 3] == 58, let m2 = digits(j + 4, 2) { zm = m2 }
                        if zh < 15 && zm < 60 { out += (b[j] == 43 ? "+" : "-") + two(zh) + ":" + two(zm) }
                    }
                }
                return out
            }
            i += 1
        }
        return nil
    }

    // MARK: Free-text dates

    enum Token: Equatable {
        case number(Int, digits: Int)
        case word(String)
        case mark(Unicode.Scalar)
    }

    static func tokenize(_ text: String) -> [Token] {
        var tokens: [Token] = []
        var number = 0
        var digitCount = 0
        var word = String.UnicodeScalarView()
        func flush() {
            if digitCount > 0 { tokens.append(.number(number, digits: digitCount)) }
            if !word.isEmpty { tokens.append(.word(String(word).lowercased())) }
            number = 0; digitCount = 0; word = String.UnicodeScalarView()
        }
        for s in text.unicodeScalars {
            if s.value >= 48 && s.value <= 57 {
                if !word.isEmpty { flush() }
                number = digitCount < 9 ? number * 10 + Int(s.value - 48) : number
                digitCount += 1
            } else if s.properties.isAlphabetic {
                if digitCount > 0 { flush() }
                word.append(s)
            } else {
                flush()
                if !WhitespaceCollapser.isSpace(s) { tokens.append(.mark(s)) }
            }
            if tokens.count > 20_000 { break }
        }
        flush()
        return tokens
    }

    private static func match(_ t: [Token], at k: Int, dayFirst: Bool) -> String? {
        func num(_ i: Int) -> (Int, Int)? {
            guard i < t.count, case .number(let v, let d) = t[i] else { return nil }
            return (v, d)
        }
        func mark(_ i: Int) -> Unicode.Scalar? {
            guard i < t.count, case .mark(let m) = t[i] else { return nil }
            return m
        }
        func month(_ i: Int) -> Int? {
            guard i < t.count, case .word(let w) = t[i] else { return nil }
            return monthNumber(w)
        }
        func skipPunct(_ i: Int) -> Int {
            var j = i
            while let m = mark(j), m == "." || m == "," { j += 1 }
            if j < t.count, case .word(let w) = t[j], w == "de" || w == "of" { j += 1 }
            return j
        }
        // 2019-11-19, 2019/11/19, 2019.11.19, 20191119
        if let (y, yd) = num(k), yd == 4 {
            if let s1 = mark(k + 1), s1 == "-" || s1 == "/" || s1 == ".", let (m, _) = num(k + 2),
               mark(k + 3) == s1, let (d, dd) = num(k + 4), dd <= 2 {
                return formatted(y, m, d)
            }
        }
        // 2019年11月19日, 2019년 11월 19일
        if let (y, yd) = num(k), yd == 4, k + 4 < t.count, case .word(let w1) = t[k + 1], w1 == "年" || w1 == "년",
           let (m, md) = num(k + 2), md <= 2, case .word(let w2) = t[k + 3], w2 == "月" || w2 == "월",
           let (d, dd) = num(k + 4), dd <= 2 {
            return formatted(y, m, d)
        }
        if let (v, vd) = num(k), vd == 8 {
            if let date = formatted(v / 10000, (v / 100) % 100, v % 100) { return date }
        }
        // 19.11.2019, 19/11/2019, 11/19/2019, 19-11-2019
        if let (a, ad) = num(k), ad <= 2, let s1 = mark(k + 1), s1 == "." || s1 == "/" || s1 == "-",
           let (b, bd) = num(k + 2), bd <= 2, mark(k + 3) == s1, let (y, yd) = num(k + 4), yd == 4 || yd == 2 {
            let year = yd == 2 ? 2000 + y : y
            if s1 == "/" && a <= 12 && b > 12 { return formatted(year, a, b) }
            if s1 == "/" && a <= 12 && b <= 12 && !dayFirst { return formatted(year, a, b) }
            // 11.15.2019: only month-first reads (some US sites write dots too).
            if b > 12 && a <= 12 { return formatted(year, a, b) }
            return formatted(year, b, a)
        }
        // 19. November 2019, 19 de noviembre de 2019, 19th Nov 2019
        if let (d, dd) = num(k), dd <= 2 {
            var j = skipPunct(k + 1)
            if j < t.count, case .word(let w) = t[j], ["st", "nd", "rd", "th", "er"].contains(w) { j = skipPunct(j + 1) }
            if let m = month(j) {
                let after = skipPunct(j + 1)
                if let (y, yd) = num(after), yd == 4 { return formatted(y, m, d) }
            }
        }
        // November 19, 2019 / Nov. 19th 2019
        if let m = month(k) {
            let j = skipPunct(k + 1)
            if let (d, dd) = num(j), dd <= 2 {
                var after = j + 1
                if after < t.count, case .word(let w) = t[after], ["st", "nd", "rd", "th"].contains(w) { after += 1 }
                after = skipPunct(after)
                if let (y, yd) = num(after), yd == 4 { return formatted(y, m, d) }
            }
        }
        return nil
    }

    private static let months: [String: Int] = {
        let lists: [[String]] = [
            ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"],
            ["januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "dezember"],
            ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
            ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
            ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"],
            ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"],
            ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
            ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września", "października", "listopada", "grudnia"],
            ["styczeń", "luty", "marzec", "kwiecień", "maj", "czerwiec", "lipiec", "sierpień", "wrzesień", "październik", "listopad", "grudzień"],
            ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"],
            ["ocak", "şubat", "mart", "nisan", "mayıs", "haziran", "temmuz", "ağustos", "eylül", "ekim", "kasım", "aralık"],
            ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"],
            ["jan", "feb", "mär", "apr", "mai", "jun", "jul", "aug", "sept", "okt", "nov", "dez"],
            ["jänner", "feber", "maerz", "abr", "mayo", "juin", "juil", "ago", "set", "ott", "dic", "déc"],
        ]
        var map: [String: Int] = [:]
        for list in lists.dropLast() {
            for (i, name) in list.enumerated() where map[name] == nil { map[name] = i + 1 }
        }
        let extra: [String: Int] = ["jänner": 1, "feber": 2, "maerz": 3, "abr": 4, "ago": 8, "set": 9, "ott": 10,
                                    "dic": 12, "déc": 12, "janv": 1, "févr": 2, "avr": 4, "juil": 7, "sep": 9,
                                    "sept": 9, "fév": 2, "ene": 1, "mrz": 3, "augusti": 8, "marts": 3,
                                    "setiembre": 9, "fevrier": 2, "aout": 8, "decembre": 12, "maart": 3]
        map.merge(extra) { a, _ in a }
        return map
    }()

    static func monthNumber(_ word: String) -> Int? { months[word] }

    static func formatted(_ y: Int, _ m: Int, _ d: Int) -> String? {
        guard (1990...2035).contains(y), (1...12).contains(m), d >= 1 else { return nil }
        let days = [31, (y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        guard d <= days[m - 1] else { return nil }
        return "\(y)-\(two(m))-\(two(d))"
    }

    static func two(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
}
