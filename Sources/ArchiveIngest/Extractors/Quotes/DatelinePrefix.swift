/// The wire dateline that opens a story's first sentence (`WASHINGTON (AP) — President Ann Lee
/// said ...`, `ST. LOUIS — ...`): upper-case place words, an optional agency in parentheses and a
/// dash. The sentence's subject comes after it.
enum DatelinePrefix {
    /// The first token after the dateline starting at `start`, or nil when there is none.
    static func end(_ ctx: QuoteContext, start: Int, limit: Int) -> Int? {
        var k = start
        var words = 0
        while k < limit, k - start < 8 {
            let t = ctx.tokens[k]
            if t.kind == .word {
                guard t.isAllCaps, t.text.unicodeScalars.count >= 2 else { break }
                words += 1
            } else if t.text != "," && t.text != "." {
                break
            }
            k += 1
        }
        guard words > 0 else { return nil }
        if k < limit, ctx.isPunct(k, "(") {
            var c = k + 1
            while c < limit, c - k < 6, !ctx.isPunct(c, ")") { c += 1 }
            guard c < limit, ctx.isPunct(c, ")") else { return nil }
            k = c + 1
        }
        guard k < limit, ctx.tokens[k].kind == .punctuation else { return nil }
        switch ctx.tokens[k].text {
        case "\u{2014}", "\u{2013}": k += 1
        case "-": k += ctx.isPunct(k + 1, "-") ? 2 : 1
        default: return nil
        }
        return k < limit ? k : nil
    }
}
