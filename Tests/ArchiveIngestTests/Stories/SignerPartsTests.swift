import Testing
@testable import ArchiveIngest

/// The signer's fast parts agree with the plain versions they replace, on words written here.
@Suite struct SignerPartsTests {
    static let words = [
        "Ramón", "ramon", "Mexico's", "Mexico’s", "U.S.", "e-mail", "rejected", "REJECTS", "Øresund",
        "Straße", "ÉCOLE", "naïve", "don't", "X", "a", "Pelaez-Fernandez", "12,000", "3.5", "Ærø", "ΑΘΗΝΑ",
    ]

    @Test func foldOverCodePointsMatchesTheGenericFold() {
        for word in Self.words {
            let scalars = Array(word.unicodeScalars)
            let fast = scalars.withUnsafeBufferPointer { StoryWord.fold($0, from: 0, to: $0.count) }
            let plain = StoryWord.fold(word)
            #expect(fast.full == plain.full && fast.stem == plain.stem && fast.letters == plain.letters, "\(word)")
        }
    }

    @Test func titleWordsAreTheTokenizersWords() {
        let titles = [
            "U.S. and E.U. leaders meet in Brussels", "O'Brien's firm: 3.5% growth, 1,000 jobs",
            "Pelaez-Fernandez wins -- again!", "  Ramón  says \"no\" ", "...", "", "A.B.C. vs. X-Men: Day 2",
        ]
        for title in titles {
            let scalars = Array(title.unicodeScalars)
            var ranges: [Range<Int>] = []
            scalars.withUnsafeBufferPointer { p in TitleWords.forEach(in: p) { ranges.append($0..<$1) } }
            let expected = Tokenizer.tokens(of: scalars).filter { $0.kind != .punctuation }.map { $0.start..<$0.end }
            #expect(ranges == expected, "\(title)")
        }
    }

    @Test func nameTallyRanksByCountThenFirstAppearance() {
        var tally = NameTally()
        for stem: UInt64 in [5, 7, 5, 9, 7, 11, 5, 13] { tally.add(stem) }
        #expect(tally.leading(3) == [5, 7, 9])
        #expect(tally.leading(10) == [5, 7, 9, 11, 13])
        // Enough distinct names to grow the table several times.
        var many = NameTally()
        for i in 0..<500 { many.add(UInt64(i % 250) &* 0x9E37_79B9_7F4A_7C15) }
        #expect(many.leading(2) == [0, 0x9E37_79B9_7F4A_7C15])
        #expect(many.stems.count == 250)
    }

    @Test func sortedUniqueIsSortedDistinctValues() {
        #expect(StorySigner.sortedUnique([]) == [])
        #expect(StorySigner.sortedUnique([3, 1, 3, 2, 1]) == [1, 2, 3])
        let long = (0..<100).map { UInt32(($0 * 37) % 41) }
        #expect(StorySigner.sortedUnique(long) == Array(Set(long)).sorted())
    }
}
