import Testing
@testable import ArchiveIngest

/// A page line is measured from its UTF-8 bytes, decoded in place.
@Suite struct PageLineTests {
    @Test func decodingBytesGivesTheStringsCodePoints() {
        var text = "Año — “Zürich” Łódź 東京 🙂 e\u{301}."
        let expected = Array(text.unicodeScalars)
        var decoded: [Unicode.Scalar] = []
        text.withUTF8 { bytes in
            var i = 0
            while i < bytes.count { decoded.append(PageLine.decode(bytes, at: &i)) }
        }
        #expect(decoded == expected)
    }

    @Test func accentedWordsAndPictographsAreMeasured() {
        let line = PageLine("Café déjà vu à Zürich 🙂")
        #expect(line.words == 5)
        #expect(line.letters == 17)
        #expect(line.capitalized == 2)
        #expect(line.chars == Array("Café déjà vu à Zürich 🙂".unicodeScalars).count)
        #expect(!line.endsSentence)
        #expect(PageLine("See you soon! 🙂").endsSentence)
    }
}
