/// `a fact-check on Donald Trump's claim that there have been "thousands of shootings"`: a
/// quotation governed by a speech noun whose owner is named in the possessive is the owner's,
/// whoever the sentence's subject is.
enum PossessiveSpeech {
    /// Nouns that name something said.
    static let nouns: Set<String> = [
        "claim", "claims", "statement", "statements", "remark", "remarks", "comment", "comments",
        "assertion", "assertions", "promise", "promises", "pledge", "warning", "words", "description",
        "charge", "accusation", "argument", "insistence", "suggestion", "vow", "boast", "complaint",
        "tweet", "message", "prediction", "declaration", "admission", "contention", "quip", "retort",
    ]

    /// The attribution to the possessive name before a speech noun shortly before piece `p`, with
    /// only words between (`Trump's claim that there have been "..."`, `Lee's remark about "..."`).
    static func owner(_ ctx: QuoteContext, quote p: QuotePiece, sentenceStart: Int) -> Attribution? {
        var k = p.open - 1
        let floor = max(sentenceStart + 1, p.open - 8)
        while k >= floor, ctx.tokens[k].kind == .word, !ctx.inQuote[k] {
            if !ctx.isCap(k), nouns.contains(ctx.tokens[k].text) {
                let o = k - 1
                guard ctx.isCap(o), !ctx.inQuote[o], ctx.isPossessive(o),
                      let run = SpeakerPhraseReader.nameRun(ctx, endingAt: o, lower: sentenceStart) else { return nil }
                var phrase = run
                phrase.text = String(run.text.dropLast(2))
                guard !phrase.text.isEmpty else { return nil }
                return Attribution(cue: ctx.tokens[k].text, cueToken: k, speaker: phrase, clauseEnd: p.open, frames: false)
            }
            if AttributionFinder.isCue(ctx, k) { return nil }
            k -= 1
        }
        return nil
    }

    /// True for an attribution made by ``owner(_:quote:sentenceStart:)``: its speaker is not the
    /// sentence's subject, so a participle later in the sentence does not go on with it.
    static func isOwnerAttribution(_ ctx: QuoteContext, _ a: Attribution?) -> Bool {
        guard let a, a.cueToken >= 0, a.cueToken < ctx.count, let s = a.speaker, s.end == a.cueToken else { return false }
        return nouns.contains(ctx.tokens[a.cueToken].text)
    }
}
