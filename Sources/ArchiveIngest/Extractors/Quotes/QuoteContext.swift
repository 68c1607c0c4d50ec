/// The body as the quote extractor reads it: the shared tokens plus the paragraph of each token
/// and small lookups (clause ends, capitalized names) that every part of the extractor needs.
struct QuoteContext {
    let body: BodyText
    let tokens: [Token]
    let scalars: [Unicode.Scalar]
    /// Paragraph index of every token.
    let paragraphOf: [Int]
    /// True for tokens inside quotation marks (set once the pieces are known): a speech verb
    /// there is part of the quotation, not a cue.
    var inQuote: [Bool]

    init(_ body: BodyText) {
        self.body = body
        self.tokens = body.tokens
        self.scalars = body.scalars
        // One pass: paragraph, capitalization (from the body's scalars, no string access), word
        // classes and word id (hashed from the scalars too), and punctuation mark of every token.
        let n = body.tokens.count
        var para = [Int](repeating: 0, count: n)
        var paraStart = [Int](repeating: 0, count: n)
        var caps = [Bool](repeating: false, count: n)
        var cls = [WordClasses](repeating: [], count: n)
        var words = [QuoteWord](repeating: .none, count: n)
        var punct = [UInt32](repeating: QuoteContext.notPunctuation, count: n)
        var shapes = [TokenShape](repeating: [], count: n)
        var p = 0
        let spans = body.paragraphs
        let table = WordClassTable.shared
        body.tokens.withUnsafeBufferPointer { tb in
            body.scalars.withUnsafeBufferPointer { sb in
                var first = 0
                for i in 0..<n {
                    let start = tb[i].start, end = tb[i].end
                    if p + 1 < spans.count, start >= spans[p].end {
                        while p + 1 < spans.count, start >= spans[p].end { p += 1 }
                        first = i
                    }
                    para[i] = p
                    paraStart[i] = first
                    if tb[i].kind == .punctuation {
                        punct[i] = QuoteContext.canonicalPunctuation(sb[start].value)
                        continue
                    }
                    guard tb[i].kind == .word else { continue }
                    let f = sb[start].value
                    caps[i] = f < 0x80 ? (f >= 0x41 && f <= 0x5A) : sb[start].properties.isUppercase
                    if end - start <= 16 { (cls[i], words[i]) = table.lookupWithWord(scalars: sb, from: start, to: end) }
                    shapes[i] = TokenShape.of(sb, start, end, text: tb[i].text)
                }
            }
        }
        self.paragraphOf = para
        self.paragraphStart = paraStart
        self.capitalized = caps
        self.classes = cls
        self.words = words
        self.punct = punct
        self.shapes = shapes
        self.inQuote = [Bool](repeating: false, count: n)
        // Sentence ends, and the last one before each token (for ``sentenceStart(before:lower:)``).
        var ends = [Bool](repeating: false, count: n)
        var lastEnd = [Int](repeating: -1, count: n)
        var last = -1
        for i in 0..<n {
            lastEnd[i] = last
            if punct[i] != QuoteContext.notPunctuation, QuoteContext.computeEndsSentence(body.tokens, i) {
                ends[i] = true
                last = i
            }
        }
        self.sentenceEnds = ends
        self.lastEndBefore = lastEnd
    }

    /// ``punct`` of a word or number.
    static let notPunctuation = UInt32.max

    /// The code point a punctuation token compares equal to as a string: the Greek question mark
    /// and the Greek varia are canonically equivalent to ";" and "`" (Swift's `==` says so too).
    static func canonicalPunctuation(_ v: UInt32) -> UInt32 {
        switch v {
        case 0x37E: return 0x3B
        case 0x1FEF: return 0x60
        default: return v
        }
    }

    /// The code point of every punctuation token (canonical, see ``canonicalPunctuation(_:)``);
    /// ``notPunctuation`` for words and numbers.
    let punct: [UInt32]
    /// The endings of every word token (`hasSuffix` answered once).
    let shapes: [TokenShape]
    /// The ``QuoteWord`` every token spells (`.none` for most).
    let words: [QuoteWord]
    /// First token of each token's paragraph.
    let paragraphStart: [Int]
    /// ``endsSentence(_:)`` of every token.
    let sentenceEnds: [Bool]
    /// The last token before each one that ends a sentence, or -1.
    let lastEndBefore: [Int]

    /// ``Token/isCapitalized`` for every token, computed once with an ASCII fast path.
    let capitalized: [Bool]
    /// The lexical classes of every word token (one table lookup each).
    let classes: [WordClasses]

    func has(_ i: Int, _ c: WordClasses) -> Bool { i >= 0 && i < classes.count && !classes[i].isDisjoint(with: c) }

    func isCap(_ i: Int) -> Bool { capitalized[i] }

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
        i >= 0 && i < punct.count && punct[i] == c.value
    }

    /// True when token `i` exists and spells `w`.
    func isWord(_ i: Int, _ w: QuoteWord) -> Bool { i >= 0 && i < words.count && words[i] == w }

    /// A possessive form: "Trump's", "Sheinbaum’s".
    func isPossessive(_ i: Int) -> Bool { shapes[i].contains(.possessive) }

    /// True when token `i`'s text ends with the ending `shape` names (`hasSuffix`).
    func ends(_ i: Int, _ shape: TokenShape) -> Bool { shapes[i].contains(shape) }

    /// "was", "is", "were", "are", "be" or "been".
    func isFormOfBe(_ i: Int) -> Bool {
        switch words[i] {
        case .was, .is, .were, .are, .be, .been: return true
        default: return false
        }
    }

    /// ``SpeechCues/isParticiple(_:)`` of token `i`.
    func isParticiple(_ i: Int) -> Bool { shapes[i].contains(.ing) }

    /// The token's text in lower case (cheap for the short words it is used on).
    func lower(_ i: Int) -> String {
        let t = tokens[i].text
        guard let f = t.unicodeScalars.first, f.properties.isUppercase else { return t }
        return t.lowercased()
    }

    func sameParagraph(_ a: Int, _ b: Int) -> Bool {
        a >= 0 && b >= 0 && a < tokens.count && b < tokens.count && paragraphOf[a] == paragraphOf[b]
    }

    /// True when token `i` ends a sentence: `.`, `!`, `?` or `;` that is not an abbreviation's dot.
    func endsSentence(_ i: Int) -> Bool { sentenceEnds[i] }

    /// The first token of the sentence holding token `i`, not before `lower` nor more than
    /// `lookBack` tokens back: the token after the last sentence end before `i` in its paragraph.
    func sentenceStart(before i: Int, lower: Int, lookBack: Int) -> Int {
        guard i > 0, i < tokens.count else { return i }
        return min(i, max(lower, i - lookBack, paragraphStart[i], lastEndBefore[i] + 1))
    }

    static func computeEndsSentence(_ tokens: [Token], _ i: Int) -> Bool {
        let t = tokens[i]
        guard t.kind == .punctuation else {
            // "U.S." at the end of a sentence keeps its dot inside the word; not treated as an end.
            return false
        }
        switch t.text {
        case "!", "?", ";", "\u{2026}": return true
        case ".":
            if i > 0, tokens[i - 1].end == t.start, tokens[i - 1].kind == .word {
                let p = tokens[i - 1].text
                if SentenceSplitter.abbreviations.contains(p) { return false }
                if p.count == 1, tokens[i - 1].isCapitalized { return false }
            }
            // "(D-Wis.)": an abbreviation's dot before a closing parenthesis; "Cambridge, Mass.,
            // said": before a comma.
            if i + 1 < tokens.count, tokens[i + 1].text == ")" || tokens[i + 1].text == ",", tokens[i + 1].start == t.end { return false }
            // "..." inside a sentence: only the last dot of a run counts.
            if i + 1 < tokens.count, tokens[i + 1].text == ".", tokens[i + 1].start == t.end { return false }
            return true
        default: return false
        }
    }

    /// Text of tokens `a..<b` as written in the body.
    func string(_ a: Int, _ b: Int) -> String {
        guard a < b else { return "" }
        return string(start: tokens[a].start, end: tokens[b - 1].end)
    }

    /// Text of code points `start..<end`, encoded straight into the string's UTF-8 storage.
    func string(start: Int, end: Int) -> String {
        let lo = max(0, min(start, scalars.count)), hi = max(lo, min(end, scalars.count))
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
