/// Tells quotations from other text in quotation marks: scare quotes ("so-called "experts""),
/// titles of works ("Meet the Press"), nicknames and tweet metadata (dates, ids, @handles).
///
/// The evidence: an attribution (a speech cue with a speaker) next to it, its length, whether
/// it reads as a sentence (closing punctuation inside), and title case in lower-case prose.
enum QuoteFilter {
    static func isQuotation(_ ctx: QuoteContext, _ q: AssembledQuote) -> Bool {
        let p = q.pieces[0]
        var letters = false
        var k = p.contentFirst
        while k < p.contentEnd {
            if ctx.tokens[k].kind == .word { letters = true; break }
            k += 1
        }
        guard letters else { return false }
        if let f = ctx.tokens[p.contentFirst].text.unicodeScalars.first, f == "@" || f == "#" { return false }
        if ctx.tokens[p.contentFirst].text == "http" || ctx.tokens[p.contentFirst].text == "https" { return false }
        let words = q.pieces.reduce(0) { $0 + wordCount(ctx, $1) }
        // A word or two in quotation marks with no speech act is a scare quote. (Measured: on the
        // development set F1 is flat from 2 to 6 words; 2 is the definition, not a fit.)
        if q.attribution?.cue.isEmpty ?? true, !q.inheritsSpeaker {
            if words <= 2 { return false }
        }
        if q.pieces.count == 1, isTitleCase(ctx, p), words <= 8, !isTitleCaseParagraph(ctx, p) {
            if q.attribution == nil || (q.kind == .partial && !hasSentencePunctuation(ctx, p)) { return false }
        }
        return true
    }

    static func wordCount(_ ctx: QuoteContext, _ p: QuotePiece) -> Int {
        var n = 0
        for i in p.contentFirst..<p.contentEnd where ctx.tokens[i].kind != .punctuation { n += 1 }
        return n
    }

    static let minorWords: Set<String> = ["a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "with", "by", "from", "is", "as", "but", "nor", "vs"]

    /// Every word capitalized except minor ones ("Meet the Press", "Keep the Promise").
    static func isTitleCase(_ ctx: QuoteContext, _ p: QuotePiece) -> Bool {
        var words = 0
        for i in p.contentFirst..<p.contentEnd {
            let t = ctx.tokens[i]
            guard t.kind == .word else { continue }
            words += 1
            if !t.isCapitalized && !minorWords.contains(t.text) { return false }
        }
        return words >= 1
    }

    /// A headline: most words of the paragraph capitalized, so title case says nothing.
    static func isTitleCaseParagraph(_ ctx: QuoteContext, _ p: QuotePiece) -> Bool {
        var caps = 0, words = 0
        var i = p.open
        while i > 0, ctx.sameParagraph(i - 1, p.open) { i -= 1 }
        while i < ctx.count, ctx.sameParagraph(i, p.open) {
            let t = ctx.tokens[i]
            if t.kind == .word, i < p.contentFirst || i >= p.contentEnd {
                words += 1
                if t.isCapitalized || minorWords.contains(t.text) { caps += 1 }
            }
            i += 1
        }
        return words >= 3 && caps * 10 >= words * 8
    }

    /// Punctuation that makes a quotation read as speech: "?" or "!" anywhere, or a comma or full
    /// stop inside it (a single trailing one is the house style for titles too: "This Week,").
    static func hasSentencePunctuation(_ ctx: QuoteContext, _ p: QuotePiece) -> Bool {
        var last = p.contentEnd - 1
        while last > p.contentFirst, ctx.tokens[last].kind == .punctuation, ctx.tokens[last].text != "?" && ctx.tokens[last].text != "!" { last -= 1 }
        for i in p.contentFirst..<p.contentEnd where ctx.tokens[i].kind == .punctuation {
            let t = ctx.tokens[i].text
            if t == "!" || t == "?" { return true }
            if (t == "." || t == ","), i < last, !ctx.endsSentence(i) || t == "," { return true }
            if t == ".", i < last { return true }
        }
        return false
    }
}
