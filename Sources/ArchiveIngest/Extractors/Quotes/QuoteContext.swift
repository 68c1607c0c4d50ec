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
        // One pass: paragraph, capitalization (from the body's scalars, no string access) and
        // word classes (hashed from the scalars too) of every token.
        let n = body.tokens.count
        var para = [Int](repeating: 0, count: n)
        var caps = [Bool](repeating: false, count: n)
        var cls = [WordClasses](repeating: [], count: n)
        var p = 0
        let spans = body.paragraphs
        let table = WordClassTable.shared
        body.tokens.withUnsafeBufferPointer { tb in
            body.scalars.withUnsafeBufferPointer { sb in
                for i in 0..<n {
                    let start = tb[i].start, end = tb[i].end
                    while p + 1 < spans.count, start >= spans[p].end { p += 1 }
                    para[i] = p
                    guard tb[i].kind == .word else { continue }
                    let f = sb[start].value
                    caps[i] = f < 0x80 ? (f >= 0x41 && f <= 0x5A) : sb[start].properties.isUppercase
                    if end - start <= 16 { cls[i] = table.lookup(scalars: sb, from: start, to: end) }
                }
            }
        }
        self.paragraphOf = para
        self.capitalized = caps
        self.classes = cls
        self.inQuote = [Bool](repeating: false, count: n)
    }

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

    func isPunct(_ i: Int, _ s: String) -> Bool {
        i >= 0 && i < tokens.count && tokens[i].kind == .punctuation && tokens[i].text == s
    }

    /// A possessive form: "Trump's", "Sheinbaum’s".
    func isPossessive(_ i: Int) -> Bool {
        let t = tokens[i].text
        return t.hasSuffix("'s") || t.hasSuffix("\u{2019}s")
    }

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
    func endsSentence(_ i: Int) -> Bool {
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

    /// Text of code points `start..<end`, built as UTF-8 bytes (faster than appending scalars).
    func string(start: Int, end: Int) -> String {
        let lo = max(0, min(start, scalars.count)), hi = max(lo, min(end, scalars.count))
        var bytes: [UInt8] = []
        bytes.reserveCapacity(hi - lo + 8)
        for k in lo..<hi {
            let v = scalars[k].value
            if v < 0x80 {
                bytes.append(UInt8(v))
            } else if let enc = UTF8.encode(scalars[k]) {
                bytes.append(contentsOf: enc)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
