/// Finds dated events in an article body: every time expression, resolved against the
/// publication date, with the sentence around it as a short summary and the people it names.
///
/// Vague expressions ("recently", "in recent years") are kept with no date; durations ("for two
/// weeks") and the dateline's date ("MEXICO CITY, Jan 12 (Reuters) -") are not events.
///
/// How ranges are chosen (``TimeResolver``): weekdays fall on or before the article date in a
/// past clause and on or after it in a future one; a month or a day without a year is the
/// closest one consistent with the clause's tense; "last week" is the ISO week before the
/// article's; parts of months are days 1-10, 11-20 and 21-end (`part-of-month`), while parts of
/// years ("late 2025", "early next year") keep the whole year (there is no part-of-year
/// precision); "the day before", "a year earlier", "the quarter" count from the last date the
/// text mentioned, or from the article date.
///
/// The work is one pass over the body's tokens (``TimeScanner``) plus a few table lookups per
/// candidate; no regular expressions, no `Calendar` (``CivilCalendar`` does the arithmetic).
public struct EventExtractor: EventExtracting {
    /// Summaries longer than this are cut to a window around the time expression.
    public var summaryLimit: Int

    public init(summaryLimit: Int = 200) {
        self.summaryLimit = summaryLimit
    }

    public func events(in text: BodyText, published: String?, people: [ArticlePerson]) -> [ExtractedEvent] {
        let scanner = TimeScanner(text: text)
        let mentions = scanner.mentions()
        guard !mentions.isEmpty else { return [] }
        var resolver = TimeResolver(articleDay: published.flatMap(CivilCalendar.parseISODate))
        var out: [ExtractedEvent] = []
        out.reserveCapacity(mentions.count)
        let words = ClauseWords(keys: scanner.keys, tokens: text.tokens, scalars: text.scalars)
        for m in mentions {
            if DatelineDate.holds(m, tokens: text.tokens, paragraphs: text.paragraphs) { continue }
            let sentenceIndex = text.sentenceIndex(ofToken: m.first)
            let sentence = sentenceIndex.map { text.sentences[$0] } ?? m.first..<m.end
            let tense = ClauseTense.of(tokensFrom: m.first, to: m.end, sentence: sentence, words: words)
            let range = resolver.resolve(m.meaning, tense: tense, sentence: sentenceIndex ?? 0)
            let span = TextSpan(start: text.tokens[m.first].start, end: text.tokens[m.end - 1].end)
            out.append(ExtractedEvent(
                timeText: ScalarText.string(text.scalars, start: span.start, end: span.end),
                dateStart: range.map { CivilCalendar.isoString($0.start) },
                dateEnd: range.map { CivilCalendar.isoString($0.end) },
                precision: range?.precision,
                summary: summary(of: sentence, around: span, in: text),
                span: span,
                personIndexes: peopleIndexes(in: sentence, text: text, people: people)))
        }
        return out
    }

    /// The sentence, or a window of about `summaryLimit` code points around the expression
    /// (cut at token boundaries) when the sentence is longer.
    private func summary(of sentence: Range<Int>, around span: TextSpan, in text: BodyText) -> String {
        guard !sentence.isEmpty else { return ScalarText.string(text.scalars, start: span.start, end: span.end) }
        var start = text.tokens[sentence.lowerBound].start
        var end = text.tokens[sentence.upperBound - 1].end
        if end - start > summaryLimit {
            let half = max(0, (summaryLimit - span.length) / 2)
            let lo = max(start, span.start - half), hi = min(end, span.end + half)
            // Whole tokens: from the first starting at or after `lo` to the last starting before `hi`.
            let i = max(sentence.lowerBound, text.tokenIndex(atOrAfter: lo))
            let j = min(sentence.upperBound, text.tokenIndex(atOrAfter: hi))
            if i < j {
                start = text.tokens[i].start
                end = text.tokens[j - 1].end
            }
        }
        return ScalarText.string(text.scalars, start: start, end: end)
    }

    /// Indexes of the people with a mention inside the sentence.
    ///
    /// People and their mentions are read in place: iterating `[ArticlePerson]` copied each
    /// person (retaining and releasing its name, aliases, titles and mentions) for every event.
    /// The first 64 people named are collected as bits, so the answer is allocated once, at its
    /// size (by `reserveCapacity`: `init(repeating:count:)` and `init(unsafeUninitializedCapacity:)`
    /// went through the unspecialized allocator, which looks up generic metadata at run time).
    private func peopleIndexes(in sentence: Range<Int>, text: BodyText, people: [ArticlePerson]) -> [Int] {
        guard !sentence.isEmpty, !people.isEmpty else { return [] }
        let start = text.tokens[sentence.lowerBound].start, end = text.tokens[sentence.upperBound - 1].end
        return people.withUnsafeBufferPointer { people -> [Int] in
            func named(_ index: Int) -> Bool {
                people[index].mentions.withUnsafeBufferPointer { mentions in
                    for m in mentions where start <= m.start && m.end <= end { return true }
                    return false
                }
            }
            var bits: UInt64 = 0
            for index in 0..<min(people.count, 64) where named(index) { bits |= 1 << UInt64(index) }
            var out: [Int] = []
            if bits != 0 {
                out.reserveCapacity(bits.nonzeroBitCount)
                var rest = bits
                while rest != 0 {
                    out.append(rest.trailingZeroBitCount)
                    rest &= rest - 1
                }
            }
            if people.count > 64 {
                for index in 64..<people.count where named(index) { out.append(index) }
            }
            return out
        }
    }
}
