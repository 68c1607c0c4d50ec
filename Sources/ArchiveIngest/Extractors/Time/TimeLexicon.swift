/// The words time expressions are built from: months, weekdays, calendar units, number words.
///
/// Lookups take lower-cased keys (see ``TimeLexicon/key(_:)``); one dictionary probe per token is
/// what keeps the scanner fast, since most tokens of a body are not time words at all. The tables
/// probed per token are ``StringTable``s (no seeded hashing of the key); every word in them is
/// lower-case ASCII, which no other spelling equals, so their answers are `Dictionary`'s.
enum TimeLexicon {
    /// A calendar unit that "last", "next", "ago" and "earlier" can count in.
    enum Unit: Sendable, Equatable {
        case day, week, weekend, month, quarter, half, year, decade, century
    }

    static let monthWords: [String: Int] = {
        let full = ["january", "february", "march", "april", "may", "june", "july", "august",
                    "september", "october", "november", "december"]
        var d: [String: Int] = [:]
        for (i, m) in full.enumerated() { d[m] = i + 1 }
        return d
    }()

    /// Abbreviations, written with or without a dot ("Jan.", "Sept").
    static let monthAbbreviationWords: [String: Int] = [
        "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
        "oct": 10, "nov": 11, "dec": 12,
    ]

    static let weekdayWords: [String: Int] = [
        "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6, "sunday": 7,
    ]

    /// Days named relative to the article date.
    static let dayWords: [String: Int] = ["yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1]

    static let unitWords: [String: Unit] = [
        "day": .day, "days": .day, "week": .week, "weeks": .week, "weekend": .weekend, "weekends": .weekend,
        "month": .month, "months": .month, "quarter": .quarter, "quarters": .quarter,
        "year": .year, "years": .year, "decade": .decade, "decades": .decade,
        "century": .century, "centuries": .century,
    ]

    /// Cardinal number words up to the tens, for "two days ago" and spoken years.
    static let numberWords: [String: Int] = [
        "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
        "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
        "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
        "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    ]

    static let ordinalWords: [String: Int] = [
        "first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4,
    ]

    static let seasons: Set<String> = ["spring", "summer", "autumn", "fall", "winter"]

    /// Parts of a day that may follow a weekday ("Wednesday night").
    static let dayParts: Set<String> = ["morning", "afternoon", "evening", "night", "noon", "midday"]

    /// Part-of-period words: 0 = early, 1 = mid, 2 = late.
    static let partWords: [String: Int] = [
        "early": 0, "beginning": 0, "start": 0, "mid": 1, "middle": 1, "late": 2, "end": 2,
    ]

    /// What kind of expression a word can open.
    enum Starter: Sendable, Equatable {
        /// A function word with its own patterns ("the", "last", "earlier", "early", "recently").
        case keyword(Keyword)
        case dayWord(Int)
        case weekday(Int)
        case month
        /// A number word or quantifier ("two days ago", "several years ago", "nineteen ninety").
        case count
        case ordinal
        /// A holiday on a fixed date ("Christmas", "New Year's Day", "Halloween").
        case holiday
    }

    /// Holidays on fixed dates, by their first word: month and day.
    static let holidays: [String: (month: Int, day: Int)] = [
        "christmas": (12, 25), "new": (1, 1), "halloween": (10, 31), "valentine": (2, 14),
    ]

    /// The function words that open expressions, each with its own patterns.
    enum Keyword: Sendable, Equatable {
        case the, modifier, earlierLater, part(Int), that, year, vagueAdverb, recent, fiscal
    }

    static let months = table(monthWords)
    static let monthAbbreviations = table(monthAbbreviationWords)
    static let weekdays = table(weekdayWords)
    static let units = table(unitWords)
    static let numbers = table(numberWords)
    static let ordinals = table(ordinalWords)
    static let starters = table(starterWords)

    private static func table<Value: Sendable>(_ words: [String: Value]) -> StringTable<Value> {
        StringTable(words.map { ($0.key, $0.value) })
    }

    /// Words that may follow "the" in a time expression ("the same day", "the quarter",
    /// "the end of", "the year-ago period"), besides starters and numbers.
    static let followers: Set<String> = [
        "same", "day", "week", "weekend", "month", "year", "quarter", "end", "beginning", "start", "middle",
        "following", "preceding", "prior", "current", "latest", "present", "most", "year-ago",
        "year-earlier", "fiscal",
    ]

    /// Every word that can open a time expression: the scanner tries no pattern on other
    /// words, so most tokens cost one dictionary probe.
    static let starterWords: [String: Starter] = {
        var d: [String: Starter] = [:]
        let keywords: [String: Keyword] = [
            "the": .the, "last": .modifier, "next": .modifier, "this": .modifier, "coming": .modifier,
            "previous": .modifier, "past": .modifier, "earlier": .earlierLater, "later": .earlierLater,
            "early": .part(0), "mid": .part(1), "late": .part(2), "that": .that, "year": .year,
            "recently": .vagueAdverb, "lately": .vagueAdverb, "recent": .recent, "fiscal": .fiscal,
        ]
        for (w, k) in keywords { d[w] = .keyword(k) }
        for w in numberWords.keys { d[w] = .count }
        for w in ["several", "few", "many", "some"] { d[w] = .count }
        for w in ordinalWords.keys { d[w] = .ordinal }
        for w in monthWords.keys { d[w] = .month }
        for w in monthAbbreviationWords.keys { d[w] = .month }
        for (w, v) in weekdayWords { d[w] = .weekday(v) }
        for (w, v) in dayWords { d[w] = .dayWord(v) }
        for w in holidays.keys { d[w] = .holiday }
        return d
    }()

    /// Starter words by (length, first letter, second letter): a few array reads reject most
    /// words of a body before any hashing.
    /// Per (length, first letter, second letter): the ``Shape`` bits of the words listed there.
    static let starterShapes: [UInt8] = {
        var table = [UInt8](repeating: 0, count: 16 * 27 * 27)
        func mark(_ words: some Sequence<String>, _ bit: Shape) {
            for w in words { if let index = shapeIndex(Array(w.utf8)) { table[index] |= bit.rawValue } }
        }
        mark(starterWords.keys, .maybeStarter)
        mark(followers, .maybeFollower)
        mark(unitWords.keys, .maybeUnit)
        return table
    }()

    private static func shapeIndex(_ bytes: [UInt8]) -> Int? {
        guard let c0 = bytes.first, c0 >= 97, c0 <= 122, bytes.count < 16 else { return nil }
        var c1 = 26
        if bytes.count > 1 {
            guard bytes[1] >= 97, bytes[1] <= 122 else { return nil }
            c1 = Int(bytes[1]) - 97
        }
        return bytes.count * 729 + (Int(c0) - 97) * 27 + c1
    }

    /// What a token's spelling allows, computed once per token so the scanner skips most
    /// tokens after one array read.
    struct Shape: OptionSet, Sendable {
        let rawValue: UInt8
        /// Length and first two letters match some starter word.
        static let maybeStarter = Shape(rawValue: 1)
        /// Starts with a digit ("12th", "1990s", "2026-01-12").
        static let digitFirst = Shape(rawValue: 2)
        /// A hyphenated word that may be a time word ("mid-March", "third-quarter", "year-end").
        static let hyphenated = Shape(rawValue: 4)
        /// A letter and a digit ("Q3", "H1").
        static let letterDigit = Shape(rawValue: 8)
        /// Length and first letters match a word of ``TimeLexicon/followers``.
        static let maybeFollower = Shape(rawValue: 16)
        /// Length and first letters match a unit word ("days", "year").
        static let maybeUnit = Shape(rawValue: 32)
        /// Shapes of words outside ``TimeLexicon/starters`` that may still open an expression.
        static let unlisted = Shape(rawValue: 2 | 4 | 8)
        /// Shapes of words that can follow "the" in a time expression.
        static let afterThe = Shape(rawValue: 1 | 2 | 4 | 16)
        /// Set by the scanner on the tokens where an expression may begin: numbers, words whose
        /// shape may open one (``opensExpression``), "on" and "in" before one, and a year with a
        /// possessive ("1989's"). Every other token is passed over after one array read.
        static let mayOpen = Shape(rawValue: 64)
        /// The shapes of words a pattern may start at: listed starters and unlisted shapes.
        static let opensExpression = Shape(rawValue: 1 | 2 | 4 | 8)
    }

    /// The shape of a lower-cased key (any spelling).
    static func shape(of key: String, table: [UInt8]) -> Shape {
        var u = key.utf8.makeIterator()
        guard let c0 = u.next() else { return Shape(rawValue: 0) }
        let c1 = u.next()
        return shape(first: UInt32(c0), second: c1.map(UInt32.init), length: key.utf8.count,
                     hyphen: key.utf8.contains(45), table: table)
    }

    /// The shape of a lower-case ASCII word from its first two letters, length and hyphen.
    static func shape(first c0: UInt32, second c1: UInt32?, length n: Int, hyphen: Bool, table: [UInt8]) -> Shape {
        if c0 >= 48 && c0 <= 57 { return .digitFirst }
        guard c0 >= 97 && c0 <= 122 else { return Shape(rawValue: 0) }
        var shape = Shape(rawValue: 0)
        if n < 16 {
            var second = 26
            if let c1 { second = c1 >= 97 && c1 <= 122 ? Int(c1) - 97 : -1 }
            if second >= 0 { shape = Shape(rawValue: table[n * 729 + (Int(c0) - 97) * 27 + second]) }
        }
        if n == 2, c0 == 113 || c0 == 104, let c1, c1 >= 49 && c1 <= 52 { shape.insert(.letterDigit) }
        // mid-, early-, late-, year-, first-, second-, third-, fourth-
        if hyphen, n > 4, c0 == 109 || c0 == 101 || c0 == 108 || c0 == 121 || c0 == 102 || c0 == 115 || c0 == 116 {
            shape.insert(.hyphenated)
        }
        return shape
    }

    /// Lower-cases ASCII letters and drops a possessive "'s" ("Friday's" -> "friday").
    /// Returns the text itself (no copy) when nothing changes, the common case.
    static func key(_ text: String) -> String {
        let needsWork = text.utf8.withContiguousStorageIfAvailable { buf in
            for b in buf where (b >= 65 && b <= 90) || b == 39 || b >= 0x80 { return true }
            return false
        } ?? true
        guard needsWork else { return text }
        var bytes = Array(text.utf8)
        let n = bytes.count
        if n >= 3, bytes[n - 1] == 115 || bytes[n - 1] == 83, bytes[n - 2] == 39 {
            bytes.removeLast(2) // 's
        } else if n >= 5, bytes[n - 1] == 115 || bytes[n - 1] == 83, bytes[n - 2] == 0x99, bytes[n - 3] == 0x80, bytes[n - 4] == 0xE2 {
            bytes.removeLast(4) // ’s
        }
        for k in bytes.indices where bytes[k] >= 65 && bytes[k] <= 90 { bytes[k] += 32 }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// A day of the month written as digits, possibly with an ordinal suffix ("12", "12th").
    static func dayOfMonth(_ text: String) -> Int? {
        var value = 0, digits = 0, suffix = 0
        for b in text.utf8 {
            if b >= 48, b <= 57, suffix == 0 {
                value = value * 10 + Int(b) - 48
                digits += 1
            } else if (b >= 97 && b <= 122) || (b >= 65 && b <= 90) {
                suffix += 1
            } else {
                return nil
            }
        }
        guard digits >= 1, digits <= 2, suffix == 0 || suffix == 2, value >= 1, value <= 31 else { return nil }
        if suffix == 2 {
            let s = text.suffix(2).lowercased()
            guard s == "st" || s == "nd" || s == "rd" || s == "th" else { return nil }
        }
        return value
    }

    /// A plain run of digits as an integer (no signs, separators or suffixes).
    static func integer(_ text: String) -> Int? {
        var value = 0, digits = 0
        for b in text.utf8 {
            guard b >= 48, b <= 57 else { return nil }
            value = value * 10 + Int(b) - 48
            digits += 1
            if digits > 9 { return nil }
        }
        return digits > 0 ? value : nil
    }
}
