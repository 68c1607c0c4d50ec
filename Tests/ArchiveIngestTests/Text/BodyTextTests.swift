import Testing
@testable import ArchiveIngest

@Suite struct BodyTextTests {
    @Test func tokensKeepInnerJoinersAndCodePointOffsets() {
        let text = BodyText("Juan Ramón de la Fuente met O'Brien in the U.S. on Jan. 5, 2026.")
        let words = text.tokens.filter { $0.kind != .punctuation }.map(\.text)
        #expect(words == ["Juan", "Ramón", "de", "la", "Fuente", "met", "O'Brien", "in", "the", "U.S.", "on", "Jan", "5", "2026"])
        for token in text.tokens {
            #expect(text.string(token.span) == token.text)
        }
        let ramon = text.tokens[1]
        #expect(ramon.start == 5 && ramon.end == 10)
    }

    @Test func sentencesSplitOnEndPunctuationNotAbbreviations() {
        let text = BodyText("Mr. Smith went to the U.S. capital. He said \"no.\" Then he left.\nNew paragraph")
        let sentences = text.sentences.map { r in text.string(start: text.tokens[r.lowerBound].start, end: text.tokens[r.upperBound - 1].end) }
        #expect(sentences == ["Mr. Smith went to the U.S. capital.", "He said \"no.\"", "Then he left.", "New paragraph"])
    }

    @Test func paragraphsAreLineRuns() {
        let text = BodyText("First para.\n\nSecond para.\n")
        #expect(text.paragraphs.map { text.string($0) } == ["First para.", "Second para."])
    }
}
