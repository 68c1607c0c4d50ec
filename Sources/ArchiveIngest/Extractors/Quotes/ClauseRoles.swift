/// Grammatical roles read from word order alone, for choosing pronoun antecedents.
enum ClauseRoles {
    /// True when the mention starts a clause and a verb-like word follows it (after any appositive).
    static func isSubject(_ ctx: QuoteContext, _ first: Int, _ end: Int) -> Bool {
        var b = first - 1
        while b >= 0, ctx.tokens[b].kind == .word && (ctx.has(b, .titleWord)
                || ctx.isCap(b) && !ctx.has(b, .capitalizedFunctionWord))
                || ctx.isPunct(b, ".") && b > 0 && SentenceSplitter.abbreviations.contains(ctx.tokens[b - 1].text) {
            b -= 1
        }
        let sentenceStart = AttributionFinder.sentenceStart(ctx, before: first, lower: max(0, first - 8))
        // Near the sentence start with only name-like words before it ("Former Gov. Jeb Bush").
        var nearStart = first - sentenceStart <= 4
        if nearStart {
            for k in sentenceStart..<first where ctx.tokens[k].kind == .punctuation && ctx.tokens[k].text != "."
                || ctx.has(k, .determiner) { nearStart = false }
        }
        let startsClause = nearStart || b < 0 || !ctx.sameParagraph(b, first) || ctx.endsSentence(b)
            || (ctx.tokens[b].kind == .punctuation && ctx.tokens[b].text != "(")
            || ["and", "but", "that", "when", "while", "because", "as", "though", "although", "where", "said", "says"].contains(ctx.tokens[b].text)
            || ctx.has(b, .capitalizedFunctionWord)
        guard startsClause else { return false }
        var a = end
        guard a < ctx.count else { return false }
        if ctx.tokens[a - 1].text.hasSuffix("'s") || ctx.tokens[a - 1].text.hasSuffix("\u{2019}s") { return false }
        if ctx.isPunct(a, ",") {
            var k = a + 1
            while k < ctx.count, k - a < 26, !ctx.isPunct(k, ","), ctx.tokens[k].kind != .punctuation || ctx.tokens[k].text == "-" { k += 1 }
            guard k < ctx.count, ctx.isPunct(k, ",") else { return false }
            a = k + 1
        }
        guard a < ctx.count, ctx.tokens[a].kind == .word, !ctx.isCap(a) else { return false }
        let w = ctx.tokens[a].text
        return !SpeechCues.prepositions.contains(w) && !SpeechCues.clauseWords.contains(w) && w != "of" && w != "'s"
    }

}
