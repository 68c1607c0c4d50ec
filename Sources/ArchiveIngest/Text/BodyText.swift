/// One tokenization of an article body, computed once and shared by every extractor.
///
/// Holds the body's code points (so offsets are O(1) to slice), its tokens, its paragraphs and
/// its sentences. Words keep inner apostrophes, hyphens and abbreviation dots ("O'Brien",
/// "Pelaez-Fernandez", "U.S."); everything else that is not a letter or digit is a one-character
/// punctuation token.
public struct BodyText: Sendable {
    public let text: String
    public let scalars: [Unicode.Scalar]
    public let tokens: [Token]
    /// Paragraph spans (code points), split on blank lines or single newlines.
    public let paragraphs: [TextSpan]
    /// Sentences as ranges of token indexes.
    public let sentences: [Range<Int>]

    public init(_ text: String) {
        self.text = text
        let scalars = Array(text.unicodeScalars)
        self.scalars = scalars
        let tokens = Tokenizer.tokens(of: scalars)
        self.tokens = tokens
        self.paragraphs = Tokenizer.paragraphs(of: scalars)
        self.sentences = SentenceSplitter.sentences(tokens: tokens, scalars: scalars)
    }

    /// The text of a span of code points.
    public func string(_ span: TextSpan) -> String {
        let lo = max(0, min(span.start, scalars.count)), hi = max(lo, min(span.end, scalars.count))
        var s = String.UnicodeScalarView()
        s.append(contentsOf: scalars[lo..<hi])
        return String(s)
    }

    public func string(start: Int, end: Int) -> String { string(TextSpan(start: start, end: end)) }

    /// The index of the sentence that holds token `index`.
    public func sentenceIndex(ofToken index: Int) -> Int? {
        var lo = 0, hi = sentences.count - 1
        while lo <= hi {
            let mid = (lo + hi) / 2
            let r = sentences[mid]
            if index < r.lowerBound { hi = mid - 1 } else if index >= r.upperBound { lo = mid + 1 } else { return mid }
        }
        return nil
    }

    /// The index of the first token starting at or after code point `offset`.
    public func tokenIndex(atOrAfter offset: Int) -> Int {
        var lo = 0, hi = tokens.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if tokens[mid].start < offset { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }
}
