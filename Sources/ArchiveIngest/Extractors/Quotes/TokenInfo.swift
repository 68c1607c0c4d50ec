/// What the quote extractor asks about one token, computed for all tokens in one pass over the
/// body (``all(_:)``) so the rules read a few bytes instead of comparing and hashing strings.
struct TokenInfo: Sendable {
    /// Paragraph index.
    var paragraph: Int32 = 0
    /// First token of the paragraph.
    var paragraphStart: Int32 = 0
    /// The last token before this one that ends a sentence, or -1.
    var lastEndBefore: Int32 = -1
    /// The code point of a punctuation token, as string equality sees it: the Greek question
    /// mark and the Greek varia are canonically equivalent to ";" and "`" (Swift's `==` says so
    /// too). ``notPunctuation`` for words and numbers.
    var punct: UInt32 = TokenInfo.notPunctuation
    /// The word's lexical classes (one table lookup).
    var classes: WordClasses = []
    /// The ``QuoteWord`` the token spells.
    var word: QuoteWord = .none
    /// The word's endings.
    var shape: TokenShape = []
    /// ``Token/isCapitalized``.
    var capitalized = false
    /// Ends a sentence: `.`, `!`, `?`, `;` or `…` that is not an abbreviation's dot.
    var endsSentence = false

    static let notPunctuation = UInt32.max

    static func all(_ body: BodyText) -> [TokenInfo] {
        let n = body.tokens.count
        let table = WordClassTable.shared
        return body.tokens.withUnsafeBufferPointer { tb in
            body.scalars.withUnsafeBufferPointer { sb in
                body.paragraphs.withUnsafeBufferPointer { spans in
                    [TokenInfo](unsafeUninitializedCapacity: n) { out, count in
                        fill(out, tb, sb, spans, table)
                        count = n
                    }
                }
            }
        }
    }

    private static func fill(_ out: UnsafeMutableBufferPointer<TokenInfo>, _ tb: UnsafeBufferPointer<Token>,
                             _ sb: UnsafeBufferPointer<Unicode.Scalar>, _ spans: UnsafeBufferPointer<TextSpan>,
                             _ table: WordClassTable) {
        let n = tb.count
        guard n > 0, let scalars = sb.baseAddress else { return }
        var p = 0, first = 0
        // Tokens at or after `paragraphEnd` are in a later paragraph (the last one takes the rest).
        var paragraphEnd = spans.count > 1 ? spans[0].end : Int.max
        for i in 0..<n {
            var t = TokenInfo()
            let start = tb[i].start, end = tb[i].end
            if start >= paragraphEnd {
                while p + 1 < spans.count, start >= spans[p].end { p += 1 }
                paragraphEnd = p + 1 < spans.count ? spans[p].end : Int.max
                first = i
            }
            t.paragraph = Int32(truncatingIfNeeded: p)
            t.paragraphStart = Int32(truncatingIfNeeded: first)
            switch tb[i].kind {
            case .punctuation:
                let v = scalars[start].value
                t.punct = v == 0x37E ? 0x3B : (v == 0x1FEF ? 0x60 : v)
            case .word:
                let f = scalars[start].value
                t.capitalized = f < 0x80 ? (f &- 0x41 < 26) : scalars[start].properties.isUppercase
                // FNV-1a of the UTF-8 bytes (``WordClassTable/hash(_:)``) while ASCII, and ASCII or not.
                var h: UInt64 = 0xcbf29ce484222325
                var bits: UInt32 = 0
                var q = scalars + start
                let qEnd = scalars + end
                while q < qEnd {
                    let v = q.pointee.value
                    bits |= v
                    h = (h ^ UInt64(v)) &* 0x100000001b3
                    q += 1
                }
                let ascii = bits < 0x80
                if end - start <= 16 {
                    if !ascii { h = WordClassTable.hash(scalars: sb, from: start, to: end) }
                    (t.classes, t.word) = table.lookupWithWord(hash: h == 0 ? 1 : h, scalars: sb, from: start, to: end)
                }
                if ascii {
                    // The last three letters, one byte each (0 before the word's start).
                    let length = end &- start
                    let c1 = scalars[end &- 1].value
                    let c2 = length >= 2 ? scalars[end &- 2].value : 0
                    let c3 = length >= 3 ? scalars[end &- 3].value : 0
                    t.shape = TokenShape.ofASCII(last: c1, c2, c3, length: length, scalars + start)
                } else {
                    t.shape = TokenShape.of(tb[i].text)
                }
            case .number:
                break
            }
            (out.baseAddress! + i).initialize(to: t)
        }
        // Sentence ends need the next token; the last end before each token follows.
        var last: Int32 = -1
        for i in 0..<n {
            out[i].lastEndBefore = last
            if out[i].punct != notPunctuation, endsSentence(i, out, tb, sb) {
                out[i].endsSentence = true
                last = Int32(truncatingIfNeeded: i)
            }
        }
    }

    /// Whether punctuation token `i` ends a sentence (the rule ``QuoteContext/endsSentence(_:)`` reads).
    private static func endsSentence(_ i: Int, _ info: UnsafeMutableBufferPointer<TokenInfo>,
                                     _ tb: UnsafeBufferPointer<Token>, _ sb: UnsafeBufferPointer<Unicode.Scalar>) -> Bool {
        switch info[i].punct {
        case 0x21, 0x3F, 0x3B, 0x2026: return true  // ! ? ; …
        case 0x2E:  // .
            let n = info.count
            if i > 0, tb[i - 1].end == tb[i].start, tb[i - 1].kind == .word {
                // An abbreviation ("Mr.", "U.S." stays one word) or an initial ("A. Smith").
                if info[i - 1].classes.contains(.abbreviation) { return false }
                if info[i - 1].capitalized {
                    let length = tb[i - 1].end - tb[i - 1].start
                    let single = length == 1 || (length > 1 && !info[i - 1].shape.contains(.ascii) && tb[i - 1].text.count == 1)
                    if single { return false }
                }
            }
            // "(D-Wis.)": an abbreviation's dot before a closing parenthesis; "Cambridge, Mass.,
            // said": before a comma.
            if i + 1 < n, info[i + 1].punct == 0x29 || info[i + 1].punct == 0x2C, tb[i + 1].start == tb[i].end { return false }
            // "..." inside a sentence: only the last dot of a run counts.
            if i + 1 < n, info[i + 1].punct == 0x2E, tb[i + 1].start == tb[i].end { return false }
            return true
        default: return false
        }
    }
}
