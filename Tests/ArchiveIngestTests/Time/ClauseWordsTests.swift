import Testing
@testable import ArchiveIngest

/// The tense test's spelling checks on code points agree with `String`'s, on words written here.
@Suite struct ClauseWordsTests {
    @Test func spellingTestsMatchStringTests() {
        let text = "We'll say It's unreported, Ed's UNDERLINED we’ll ed un 'Ll naïve-ed Friday's unseed lED."
        let body = BodyText(text)
        let scanner = TimeScanner(text: body)
        let words = ClauseWords(keys: scanner.keys, tokens: body.tokens, scalars: body.scalars)
        for i in scanner.keys.indices {
            let k = scanner.keys[i]
            #expect(words.hasSuffix(i, "ed") == k.hasSuffix("ed"), "\(k)")
            #expect(words.hasSuffix(i, "'ll") == k.hasSuffix("'ll"), "\(k)")
            #expect(words.hasSuffix(i, "'s") == k.hasSuffix("'s"), "\(k)")
            #expect(words.hasPrefix(i, "un") == k.hasPrefix("un"), "\(k)")
            #expect(words.hasNonASCIISuffix(i, "\u{2019}ll") == k.hasSuffix("\u{2019}ll"), "\(k)")
        }
    }

    @Test func peopleInTheSentenceAreListedOnce() {
        let text = "Mara Lind met Tom Oduya on Monday. Lind said on Tuesday she would return."
        let body = BodyText(text)
        let mara = ArticlePerson(name: "Mara Lind", aliases: [], role: .mentioned, titles: [],
                                 mentions: [TextSpan(start: 0, end: 9), TextSpan(start: 35, end: 39)])
        let tom = ArticlePerson(name: "Tom Oduya", aliases: [], role: .mentioned, titles: [],
                                mentions: [TextSpan(start: 14, end: 23)])
        let events = EventExtractor().events(in: body, published: "2026-01-14", people: [mara, tom])
        #expect(events.map(\.personIndexes) == [[0, 1], [0]])
    }
}
