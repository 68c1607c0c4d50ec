import Testing
@testable import ArchiveIngest

/// The byte facts the name scan relies on must agree with the scalar-based tests they replace.
@Suite struct WordShapeTests {
    private func shape(_ word: String) -> WordShape {
        var copy = word
        return copy.withUTF8 { WordShape($0) }
    }

    @Test func asciiFactsAgreeWithTheScalarTests() {
        for word in ["J.R.", "U.S.", "A.", "J.R", "Jr.", "NATO", "Nato", "MEXICO's", "X", "W46.50", "H1", "Ohio-based",
                     "Pelaez-Fernandez", "O'Brien", "Jones'", "Sheinbaum's", "AB", "A1", "..", "a.b."] {
            let s = shape(word)
            #expect(s.isASCII)
            #expect(s.isDottedInitials == (word.utf8.count >= 2 && NameRunScanner.isDottedInitials(word)), "\(word)")
            #expect(s.isAllCaps == Letters.isAllCaps(word), "\(word)")
            #expect(s.hasDigit == word.contains(where: \.isNumber), "\(word)")
        }
    }

    @Test func findsTheLastHyphenAndPossessiveEndings() {
        #expect(shape("Ohio-based").lastHyphen == 4)
        #expect(shape("Anglo-Saxon-era").lastHyphen == 11)
        #expect(shape("Smith").lastHyphen == -1)
        #expect(shape("Mexico's").possessiveBytes == 2)
        #expect(shape("Sheinbaum\u{2019}s").possessiveBytes == 4)
        #expect(shape("NATO'S").possessiveBytes == 2)
        #expect(shape("Jones").possessiveBytes == 0)
        #expect(!shape("Ramón").isASCII)
    }

    @Test func punctuationMarksAreMatchedByTheirByte() {
        let text = BodyText("Jane Roe (Green Party), 41.")
        let marks = text.tokens.filter { $0.isMark(Mark.openParen) || $0.isMark(Mark.comma) || $0.isMark(Mark.dot) }
        #expect(marks.map(\.text) == ["(", ",", "."])
        #expect(!text.tokens[0].isMark(Mark.dot))
    }
}
