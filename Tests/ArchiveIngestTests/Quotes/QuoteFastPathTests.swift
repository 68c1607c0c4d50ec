import Testing
@testable import ArchiveIngest

/// The quote extractor's per-token facts and byte-level shortcuts must answer exactly what the
/// string operations they replace answer, including on text where bytes and characters differ
/// (combining marks, "\r\n", no-break spaces, canonically equivalent code points).
@Suite struct QuoteFastPathTests {
    static let tricky = [
        "Ann Lee", "  Ann  Lee  ", "the spokesman", "The", "", "   ", "Ramón de la Fuente",
        "e\u{301}mile Zola", "Ann \u{301}Lee", "Ann\u{00A0}Lee", "line\r\nbreak here", "José",
        "the \u{0600}x", "a b c", "O’Brien said", "x\u{301} y", "the y\u{301}",
    ]

    @Test func firstAndLastWordsMatchSplit() {
        for s in Self.tricky {
            #expect(SpaceSeparatedWords.first(s) == s.split(separator: " ").first, "first of \(s.debugDescription)")
            #expect(SpaceSeparatedWords.last(s) == s.split(separator: " ").last, "last of \(s.debugDescription)")
        }
    }

    @Test func givenNameOfFirstWordMatchesSplit() {
        for s in Self.tricky + ["John Smith", "JOHN", "hillary Clinton", "Nicolás Maduro", "  Mary"] {
            let slow = GivenNames.gender(of: s.split(separator: " ").first.map(String.init) ?? "")
            #expect(GivenNames.gender(ofFirstWordOf: s) == slow, "\(s.debugDescription)")
        }
    }

    @Test func givenNamesByBytesAnswerAsTheSets() {
        // Every listed name, as written in text: the byte look-up must give the sets' answer
        // (male first for a name in both).
        for name in GivenNames.male.union(GivenNames.female) {
            let expected: PersonGender? = GivenNames.male.contains(name) ? .male : .female
            for form in [name, name.capitalized, name.uppercased()] {
                #expect(GivenNames.gender(of: form) == expected, "\(form)")
            }
        }
        #expect(GivenNames.gender(of: "Zyxw") == nil)
        #expect(GivenNames.gender(of: "") == nil)
    }

    @Test func foldingAndLastWordMatchTheGeneralPath() {
        for s in Self.tricky + ["O'Brien", "MCDONALD", "Ann LEE"] where s.unicodeScalars.allSatisfy({ $0.isASCII }) {
            #expect(NameFolding.fold(s) == s.lowercased(), "\(s.debugDescription)")
        }
        #expect(NameFolding.fold("Ramón O’Brien") == "ramon o'brien")
        for s in Self.tricky + ["O'Brien", "MCDONALD"] {
            #expect(SpeakerResolver.lastWord(s) == s.split(whereSeparator: { $0 == " " || $0 == "\u{00A0}" }).last.map(String.init),
                    "\(s.debugDescription)")
        }
    }

    @Test func tokenFactsMatchTheirStrings() {
        let body = "Mr. Lee’s aide, who was reporting, said: \"They're going; it ended.\" According to "
            + "the 76-year-old officer\u{037E} Kelvin \u{212A}ing and Sen. O'Neill kept sweetly quiet. "
            + "The e\u{301}d café's pass U.S. troops said so..."
        let ctx = QuoteContext(BodyText(body))
        for i in 0..<ctx.count {
            let t = ctx.tokens[i]
            let text = t.text
            if t.kind == .word {
                #expect(ctx.ends(i, .ing) == text.hasSuffix("ing"), "\(text)")
                #expect(ctx.ends(i, .ed) == text.hasSuffix("ed"), "\(text)")
                #expect(ctx.ends(i, .ly) == text.hasSuffix("ly"), "\(text)")
                #expect(ctx.isPossessive(i) == (text.hasSuffix("'s") || text.hasSuffix("\u{2019}s")), "\(text)")
                #expect(ctx.ends(i, .yearOld) == text.hasSuffix("-year-old"), "\(text)")
                #expect(ctx.isCap(i) == t.isCapitalized, "\(text)")
            }
            for (w, spelling) in QuoteWord.spellings {
                #expect((ctx.word(i) == w) == (text == spelling), "\(text) / \(spelling)")
            }
            for mark in [",", ".", ";", ":", "\"", "'", "\u{2019}", "(", ")", "-", "\u{2014}", "`"] {
                #expect(ctx.isPunct(i, Unicode.Scalar(mark)!) == (t.kind == .punctuation && text == mark), "\(text) / \(mark)")
            }
        }
    }

    @Test func sentenceStartMatchesABackwardScan() {
        let body = "WASHINGTON (AP) — Mr. Lee said so. Then U.S. officials left; the A. B. Smith group stayed!\n"
            + "New paragraph (D-Wis.) here... and more? Yes."
        let ctx = QuoteContext(BodyText(body))
        for i in 0...ctx.count {
            for lower in [0, max(0, i - 3)] {
                var k = i - 1
                let floor = max(lower, i - AttributionFinder.maxLookBack)
                while k >= floor, ctx.sameParagraph(k, i) {
                    if ctx.endsSentence(k) { break }
                    k -= 1
                }
                #expect(AttributionFinder.sentenceStart(ctx, before: i, lower: lower) == k + 1, "token \(i)")
            }
        }
    }
}
