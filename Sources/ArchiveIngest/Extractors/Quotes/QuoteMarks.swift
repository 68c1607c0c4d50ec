/// Classifies the punctuation tokens that open or close quotations.
///
/// Straight marks (`"`, and the `''` pair older newspaper text uses) have no direction of their
/// own; the scanner decides from the spacing around them. Curly and guillemet marks carry their
/// direction, though copied text sometimes gets it wrong, so spacing can overrule them too.
enum QuoteMarks {
    enum Direction { case open, close, either }

    struct Mark {
        /// Double (`"`, `“`) or single (`‘`, `'`) quotation mark.
        var isDouble: Bool
        var direction: Direction
        /// How many tokens the mark takes (2 for `''` and ``` `` ```).
        var length: Int
    }

    /// ``mark(at:tokens:)``, first rejecting from the token's code point every token that is
    /// not one of the marks (most of them).
    static func mark(at i: Int, _ ctx: QuoteContext) -> Mark? {
        switch ctx.punct(i) {
        case 0x22, 0x201C, 0x201E, 0xAB, 0x201D, 0xBB, 0x27, 0x60, 0x2018, 0x2019: return mark(at: i, tokens: ctx.tokens)
        default: return nil
        }
    }

    /// The mark starting at token `i`, if that token is a quotation mark.
    static func mark(at i: Int, tokens: [Token]) -> Mark? {
        let t = tokens[i]
        guard t.kind == .punctuation, let c = t.text.unicodeScalars.first else { return nil }
        func pairedWithNext(_ s: String) -> Bool {
            i + 1 < tokens.count && tokens[i + 1].text == s && tokens[i + 1].start == t.end
        }
        switch c {
        case "\"": return Mark(isDouble: true, direction: .either, length: 1)
        case "\u{201C}", "\u{201E}", "\u{00AB}": return Mark(isDouble: true, direction: .open, length: 1)
        case "\u{201D}", "\u{00BB}": return Mark(isDouble: true, direction: .close, length: 1)
        case "'":
            if pairedWithNext("'") { return Mark(isDouble: true, direction: .either, length: 2) }
            return Mark(isDouble: false, direction: .either, length: 1)
        case "`":
            if pairedWithNext("`") { return Mark(isDouble: true, direction: .open, length: 2) }
            return nil
        case "\u{2018}": return Mark(isDouble: false, direction: .open, length: 1)
        case "\u{2019}": return Mark(isDouble: false, direction: .close, length: 1)
        default: return nil
        }
    }

    /// True for characters after which a quotation can open ("(", "—", whitespace).
    static func isOpeningContext(_ c: Unicode.Scalar) -> Bool {
        isWhitespace(c) || c == "(" || c == "[" || c == "{" || c == "\u{2014}" || c == "\u{2013}"
            || c == "-" || c == "/" || c == ":" || c == "\u{201C}" || c == "\"" || c == "\u{2018}"
    }

    /// True for characters before which a quotation can close (whitespace, ",", ".", ")").
    static func isClosingContext(_ c: Unicode.Scalar) -> Bool {
        isWhitespace(c) || c == "," || c == "." || c == ";" || c == ":" || c == "!" || c == "?"
            || c == ")" || c == "]" || c == "}" || c == "\u{2014}" || c == "\u{2013}" || c == "-"
            || c == "\u{201D}" || c == "\"" || c == "\u{2019}" || c == "'" || c == "\u{2026}"
    }

    /// `c.properties.isWhitespace`, with ASCII decided without the property look-up.
    @inline(__always)
    static func isWhitespace(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 0x80 { return v == 0x20 || (v >= 0x09 && v <= 0x0D) }
        return c.properties.isWhitespace
    }
}
