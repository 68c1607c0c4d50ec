/// Finds reported speech without quotation marks, one per sentence at most:
/// `X said (that) ...`, `X told reporters that ...`, `..., X said.`, `according to X, ...`,
/// `..., according to X.` The content clause is the quote's text and span.
///
/// Verbs that usually take a plain object ("announced a plan", "highlighted the risk") count
/// only with a "that" soon after them; cues already used by a quotation are skipped.
enum ReportedSpeechFinder {
    static func reported(_ ctx: QuoteContext, quoted: [TextSpan], usedCues: Set<Int>,
                         resolver: inout SpeakerResolver) -> [ExtractedQuote] {
        var out: [ExtractedQuote] = []
        var q = 0
        for range in ctx.body.sentences {
            guard range.count >= 5 else { continue }
            let s = range.lowerBound, e = range.upperBound
            // Sentences holding a quotation are left to the quotation (its cue is its own).
            while q < quoted.count, quoted[q].end <= ctx.tokens[s].start { q += 1 }
            if q < quoted.count, quoted[q].start < ctx.tokens[e - 1].end { continue }
            if let r = leading(ctx, s, e, usedCues) ?? trailing(ctx, s, e, usedCues) {
                let resolved = r.speaker.map { resolver.resolve($0) } ?? SpeakerResolver.Resolved(speaker: nil, person: nil)
                let a = ctx.tokens[r.content.lowerBound].start, b = ctx.tokens[r.content.upperBound - 1].end
                out.append(ExtractedQuote(text: ctx.string(start: a, end: b), kind: .indirect, speaker: resolved.speaker,
                                          personIndex: resolved.person, cue: r.cue, span: TextSpan(start: a, end: b)))
            }
        }
        return out
    }

    struct Found {
        var speaker: SpeakerPhrase?
        var cue: String
        var content: Range<Int>
    }

    /// The sentence end without its final punctuation.
    static func contentEnd(_ ctx: QuoteContext, _ s: Int, _ e: Int) -> Int {
        var end = e
        while end > s, ctx.tokens[end - 1].kind == .punctuation { end -= 1 }
        return end
    }

    /// `X said (that) CONTENT.` and `According to X, CONTENT.`
    static func leading(_ ctx: QuoteContext, _ s: Int, _ e: Int, _ used: Set<Int>) -> Found? {
        if AttributionFinder.isAccordingTo(ctx, s) {
            var c = s + 2
            while c < e, !ctx.isPunct(c, ",") { c += 1 }
            let end = contentEnd(ctx, s, e)
            guard c + 3 < end else { return nil }
            let phrase = AttributionFinder.accordingToSource(ctx, to: s + 1, upper: c)
            return Found(speaker: phrase, cue: "according to", content: (c + 1)..<end)
        }
        // Each cue of the sentence in turn (the first may take a plain object: "She emphasized the
        // importance of X, stating that ..."), the first that yields a speaker and a clause wins.
        var v = s
        let limit = min(e, s + 60)
        while v < limit {
            switch ctx.punct(v) {
            case 0x22, 0x201C, 0x201D, 0x28, 0x3A, 0x3B: return nil  // " “ ” ( : ;
            default: break
            }
            // (Only a speech verb is a cue here: "according to" is read above.)
            if ctx.has(v, .speechVerb), AttributionFinder.isCue(ctx, v), !AttributionFinder.isAccordingTo(ctx, v), !used.contains(v),
               let found = clause(ctx, s, e, verb: v) {
                return found
            }
            v += 1
        }
        return nil
    }

    /// The reported clause of cue `v`: after a "that" soon after the verb (past an object or a
    /// prepositional phrase: "told reporters that", "said in a post on X that"), else right after
    /// a "said"-like verb.
    static func clause(_ ctx: QuoteContext, _ s: Int, _ e: Int, verb v: Int) -> Found? {
        let verb = ctx.word(v)
        guard let found = AttributionFinder.attribution(ctx, verb: v, sentenceStart: s, end: e), let phrase = found.speaker else { return nil }
        var that: Int? = nil
        if v + 1 < e, ctx.word(v + 1) == .that {
            that = v + 1
        } else if v + 1 < e, ctx.has(v + 1, .preposition)
                    || takesObjectBeforeThat(verb) {
            var c = v + 1
            while c < e, c - v <= 12 {
                let p = ctx.punct(c)
                if p != QuoteContext.notPunctuation, p != 0x2C && p != 0x27 && p != 0x2019 && p != 0x2D { break }  // , ' ’ -
                if ctx.word(c) == .that { that = c; break }
                if ctx.has(c, .clauseWord) || ctx.has(c, .subjectPronoun) { break }
                c += 1
            }
        }
        var start: Int
        if let that { start = that + 1 } else {
            if ctx.has(v, .needThat) || ctx.isParticiple(v) { return nil }
            switch verb {
            case .told, .tell, .tells, .telling, .asked, .asks, .ask: return nil
            default: break
            }
            start = v + 1
            if start < e, ctx.tokens[start].kind == .punctuation { return nil }
            if start < e, ctx.has(start, .preposition) { return nil }
        }
        let end = contentEnd(ctx, s, e)
        guard end - start >= 3 else { return nil }
        if start < end, ctx.isPunct(start, ",") { start += 1 }
        return Found(speaker: phrase, cue: found.cue, content: start..<end)
    }

    /// "told reporters that", "warned them that": verbs whose "that" comes after an object.
    static func takesObjectBeforeThat(_ w: QuoteWord) -> Bool {
        switch w {
        case .told, .tell, .tells, .telling, .assured, .reminded, .warned, .informed: return true
        default: return false
        }
    }

    /// `CONTENT, X said.` / `CONTENT, said X.` / `CONTENT, according to X.`
    static func trailing(_ ctx: QuoteContext, _ s: Int, _ e: Int, _ used: Set<Int>) -> Found? {
        let end = contentEnd(ctx, s, e)
        var c = end - 1
        while c > s, !ctx.isPunct(c, ","), end - c <= 12 { c -= 1 }
        guard c > s + 2, ctx.isPunct(c, ",") else { return nil }
        var v = c + 1
        while v < end, !AttributionFinder.isCue(ctx, v) { v += 1 }
        guard v < end, !used.contains(v) else { return nil }
        var phrase: SpeakerPhrase?
        var cue: String
        if AttributionFinder.isAccordingTo(ctx, v) {
            guard v == c + 1 else { return nil }
            phrase = AttributionFinder.accordingToSource(ctx, to: v + 1, upper: end)
            cue = "according to"
        } else {
            guard !ctx.isParticiple(v) else { return nil }
            phrase = v > c + 1 ? SpeakerPhraseReader.before(ctx, verb: v, lower: c + 1) : nil
            if let p = phrase, p.first != c + 1, !(p.first == c + 2 && ctx.has(c + 1, .determiner)) {
                // Something else stands between the comma and the subject: not an attribution clause.
                if p.kind != .name || !ctx.has(c + 1, .titleWord) && !ctx.isCap(c + 1) {
                    phrase = nil
                }
            }
            if phrase == nil, v == c + 1 { phrase = SpeakerPhraseReader.after(ctx, verb: v, upper: end) }
            cue = AttributionFinder.cueText(ctx, verb: v, speaker: phrase)
        }
        guard phrase != nil else { return nil }
        return Found(speaker: phrase, cue: cue, content: s..<c)
    }
}
