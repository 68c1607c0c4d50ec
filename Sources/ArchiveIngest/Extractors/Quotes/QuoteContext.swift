/// The body as the quote extractor reads it: the shared tokens plus the paragraph of each token
/// and small lookups (clause ends, capitalized names) that every part of the extractor needs.
struct QuoteContext {
    let body: BodyText
    let tokens: [Token]
    let scalars: [Unicode.Scalar]
    /// What the extractor asks about every token, computed in one pass (see ``TokenInfo``).
    let info: [TokenInfo]
    /// True for tokens inside quotation marks (set once the pieces are known): a speech verb
    /// there is part of the quotation, not a cue.
    var inQuote: [Bool]

    init(_ body: BodyText) {
        self.body = body
        self.tokens = body.tokens
        self.scalars = body.scalars
        self.info = TokenInfo.all(body)
        self.inQuote = [Bool](repeating: false, count: body.tokens.count)
        self.asciiBody = body.text.utf8.count == body.scalars.count
    }

    /// True when the body is ASCII: code-point offsets are UTF-8 offsets of `body.text`.
    let asciiBody: Bool

    /// ``TokenInfo/punct`` of a word or number.
    static let notPunctuation = TokenInfo.notPunctuation

    func has(_ i: Int, _ c: WordClasses) -> Bool { i >= 0 && i < info.count && !info[i].classes.isDisjoint(with: c) }

    /// ``Token/isCapitalized`` of token `i`.
    func isCap(_ i: Int) -> Bool { info[i].capitalized }

    /// Paragraph index of token `i`.
    func paragraph(_ i: Int) -> Int { Int(info[i].paragraph) }

    /// The ``QuoteWord`` token `i` spells (`.none` for most).
    func word(_ i: Int) -> QuoteWord { info[i].word }

    /// The code point of punctuation token `i` (see ``TokenInfo/punct``).
    func punct(_ i: Int) -> UInt32 { info[i].punct }

    mutating func markQuoted(_ pieces: [QuotePiece]) {
        for p in pieces {
            for i in p.open..<min(p.after, tokens.count) { inQuote[i] = true }
        }
    }

    var count: Int { tokens.count }

    func text(_ i: Int) -> String { tokens[i].text }

    func isWord(_ i: Int) -> Bool { i >= 0 && i < tokens.count && tokens[i].kind != .punctuation }

    /// True when token `i` is the punctuation mark `c` (as `tokens[i].text == String(c)` says).
    func isPunct(_ i: Int, _ c: Unicode.Scalar) -> Bool {
        i >= 0 && i < info.count && info[i].punct == c.value
    }

    /// True when token `i` exists and spells `w`.
    func isWord(_ i: Int, _ w: QuoteWord) -> Bool { i >= 0 && i < info.count && info[i].word == w }

    /// A possessive form: "Trump's", "Sheinbaum’s".
    func isPossessive(_ i: Int) -> Bool { info[i].shape.contains(.possessive) }

    /// True when token `i`'s text ends with the ending `shape` names (`hasSuffix`).
    func ends(_ i: Int, _ shape: TokenShape) -> Bool { info[i].shape.contains(shape) }

    /// "was", "is", "were", "are", "be" or "been".
    func isFormOfBe(_ i: Int) -> Bool {
        switch info[i].word {
        case .was, .is, .were, .are, .be, .been: return true
        default: return false
        }
    }

    /// ``SpeechCues/isParticiple(_:)`` of token `i`.
    func isParticiple(_ i: Int) -> Bool { info[i].shape.contains(.ing) }

    /// The token's text in lower case (cheap for the short words it is used on).
    func lower(_ i: Int) -> String {
        let t = tokens[i].text
        guard let f = t.unicodeScalars.first, f.properties.isUppercase else { return t }
        return t.lowercased()
    }

    func sameParagraph(_ a: Int, _ b: Int) -> Bool {
        a >= 0 && b >= 0 && a < info.count && b < info.count && info[a].paragraph == info[b].paragraph
    }

    /// True when token `i` ends a sentence: `.`, `!`, `?` or `;` that is not an abbreviation's dot.
    func endsSentence(_ i: Int) -> Bool { info[i].endsSentence }

    /// The first token of the sentence holding token `i`, not before `lower` nor more than
    /// `lookBack` tokens back: the token after the last sentence end before `i` in its paragraph
    /// (what a backward scan to the first sentence end or paragraph start finds).
    func sentenceStart(before i: Int, lower: Int, lookBack: Int) -> Int {
        guard i > 0, i < info.count else { return i }
        let t = info[i]
        return min(i, max(lower, i - lookBack, Int(t.paragraphStart), Int(t.lastEndBefore) + 1))
    }

    /// Text of tokens `a..<b` as written in the body.
    func string(_ a: Int, _ b: Int) -> String {
        guard a < b else { return "" }
        return string(start: tokens[a].start, end: tokens[b - 1].end)
    }

    /// Text of code points `start..<end`, encoded straight into the string's UTF-8 storage.
    func string(start: Int, end: Int) -> String {
        let lo = max(0, min(start, scalars.count)), hi = max(lo, min(end, scalars.count))
        if asciiBody {
            // A copy of the body's own bytes (no encoding, no validation).
            let u = body.text.utf8
            return String(body.text[u.index(u.startIndex, offsetBy: lo)..<u.index(u.startIndex, offsetBy: hi)])
        }
        return scalars.withUnsafeBufferPointer { sb in
            var n = 0
            for k in lo..<hi {
                let v = sb[k].value
                n += v < 0x80 ? 1 : (v < 0x800 ? 2 : (v < 0x10000 ? 3 : 4))
            }
            return String(unsafeUninitializedCapacity: n) { out in
                var j = 0
                for k in lo..<hi {
                    let v = sb[k].value
                    if v < 0x80 {
                        out[j] = UInt8(truncatingIfNeeded: v); j += 1
                    } else if v < 0x800 {
                        out[j] = UInt8(truncatingIfNeeded: 0xC0 | (v >> 6))
                        out[j + 1] = UInt8(truncatingIfNeeded: 0x80 | (v & 0x3F)); j += 2
                    } else if v < 0x10000 {
                        out[j] = UInt8(truncatingIfNeeded: 0xE0 | (v >> 12))
                        out[j + 1] = UInt8(truncatingIfNeeded: 0x80 | ((v >> 6) & 0x3F))
                        out[j + 2] = UInt8(truncatingIfNeeded: 0x80 | (v & 0x3F)); j += 3
                    } else {
                        out[j] = UInt8(truncatingIfNeeded: 0xF0 | (v >> 18))
                        out[j + 1] = UInt8(truncatingIfNeeded: 0x80 | ((v >> 12) & 0x3F))
                        out[j + 2] = UInt8(truncatingIfNeeded: 0x80 | ((v >> 6) & 0x3F))
                        out[j + 3] = UInt8(truncatingIfNeeded: 0x80 | (v & 0x3F)); j += 4
                    }
                }
                return j
            }
        }
    }
}
