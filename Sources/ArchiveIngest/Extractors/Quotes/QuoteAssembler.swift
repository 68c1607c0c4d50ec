/// A quotation as assembled from its pieces, before the speaker is resolved.
struct AssembledQuote {
    var pieces: [QuotePiece]
    var attribution: Attribution?
    var kind: QuoteKind
    /// True when the speaker is the previous quotation's (an unattributed follow-on paragraph).
    var inheritsSpeaker: Bool
}

/// Joins quotation pieces into quotations and finds each one's attribution and kind.
///
/// Pieces join when the first runs on into the next paragraph (left unclosed), when only the
/// first's attribution clause stands between them (`"A," she said. "B."`), and when a paragraph
/// that is only a quotation follows a quotation paragraph without an attribution of its own
/// (news style for a long statement by the same speaker).
enum QuoteAssembler {
    static func assemble(_ ctx: QuoteContext, pieces: [QuotePiece]) -> [AssembledQuote] {
        var out: [AssembledQuote] = []
        var current: AssembledQuote? = nil
        var lastAfter: Attribution? = nil
        for p in pieces {
            let own = AttributionFinder.after(ctx, p)
            if var cur = current, let prev = cur.pieces.last, joins(ctx, p, to: cur, prev: prev, lastAfter: lastAfter, own: own) {
                cur.pieces.append(p)
                if cur.attribution == nil, let own { cur.attribution = own }
                current = cur
            } else {
                if let c = current { out.append(c) }
                current = start(ctx, p, own: own, previous: out.last ?? current)
            }
            lastAfter = own
        }
        if let c = current { out.append(c) }
        return out
    }

    /// Whether piece `p` goes on with the quotation being built.
    static func joins(_ ctx: QuoteContext, _ p: QuotePiece, to cur: AssembledQuote, prev: QuotePiece,
                      lastAfter: Attribution?, own: Attribution?) -> Bool {
        let startsParagraph = p.open == 0 || !ctx.sameParagraph(p.open - 1, p.open)
        // Left open at the end of its paragraph, reopened at the start of the next.
        if !prev.closed, p.paragraph == prev.paragraph + 1, startsParagraph { return true }
        // Reopened after a lost paragraph break.
        if prev.reopened, p.open == prev.contentEnd { return true }
        guard cur.kind == .direct else { return false }
        if prev.closed, p.paragraph == prev.paragraph {
            // `"A," she said. "B."` or `"A," she said, "b."`: only the attribution between.
            // A second cue in between (`said Scott, adding that "..."`) starts a quotation of its own.
            if let a = lastAfter, a.frames, own == nil, onlyPunctuation(ctx, from: a.clauseEnd, to: p.open),
               !hasCue(ctx, from: a.cueToken + 1, to: p.open) { return true }
            // `''A,'' ''B''`: nothing but punctuation between.
            return onlyPunctuation(ctx, from: prev.after, to: p.open)
        }
        // A paragraph that is only more of the same statement, with no attribution of its own.
        return p.paragraph == prev.paragraph + 1 && startsParagraph && own == nil
            && (cur.attribution != nil || cur.inheritsSpeaker) && p.wordCount >= 4
            && AttributionFinder.before(ctx, p, lower: p.open) == nil
    }

    /// A new quotation starting with piece `p`: its attribution and kind, in order of evidence.
    static func start(_ ctx: QuoteContext, _ p: QuotePiece, own: Attribution?, previous: AssembledQuote?) -> AssembledQuote {
        var q = AssembledQuote(pieces: [p], attribution: nil, kind: .direct, inheritsSpeaker: false)
        let sentenceStart = AttributionFinder.sentenceStart(ctx, before: p.open, lower: 0)
        let atSentenceStart = sentenceStart == p.open
        var pre = AttributionFinder.before(ctx, p, lower: 0)
        // `"...," said Scott, adding that "..."`: a participle going on from the previous
        // quotation's attribution in the same sentence keeps that speaker.
        if let a = pre, let prev = previous, let lp = prev.pieces.last, lp.paragraph == p.paragraph, lp.after <= a.cueToken,
           sentenceStart <= lp.open, ctx.isParticiple(a.cueToken),
           prev.attribution != nil || prev.inheritsSpeaker, !namesOwnSubject(ctx, a),
           !PossessiveSpeech.isOwnerAttribution(ctx, prev.attribution) {
            pre?.speaker = nil
            q.inheritsSpeaker = true
        }
        // `The rejection signals "the end," said Wilders.`: a sentence closed by a comma-led
        // "said X" is X's, whatever verb inside it introduced the quoted words.
        if own == nil, let p0 = pre, p0.speaker?.kind != .pronoun, p0.speaker?.kind != .name,
           let end = AttributionFinder.sentenceEnd(ctx, p), end.speaker?.kind == .name,
           ["said", "says", "say"].contains(ctx.tokens[end.cueToken].text), ctx.isPunct(end.cueToken - 1, ",") {
            pre = end
        }
        if !atSentenceStart, let pre, let own, own.speaker != nil, objectOfCue(ctx, pre, quote: p) {
            // `a clip that Judge Mosman called "distasteful," Santilli expressed ...`: the
            // quotation is the object of the verb right before it; the clause after is another's.
            q.attribution = pre
            q.kind = .partial
        } else if own?.speaker == nil, let pre, pre.speaker != nil || q.inheritsSpeaker {
            // A framing cue before (`Manafort, citing "...", said the...`) beats a speakerless one after.
            q.attribution = pre
            q.kind = pre.frames ? .direct : .partial
        } else if let own, own.frames || atSentenceStart {
            q.attribution = own
            q.kind = atSentenceStart ? .direct : .partial
        } else if let pre {
            q.attribution = pre
            q.kind = pre.frames ? .direct : .partial
        } else if let own {
            q.attribution = own
            q.kind = .partial
        } else if let end = AttributionFinder.sentenceEnd(ctx, p) {
            q.attribution = end
            q.kind = atSentenceStart && p.contentEnd >= end.cueToken - 8 ? .direct : .partial
        } else if !atSentenceStart, let owner = PossessiveSpeech.owner(ctx, quote: p, sentenceStart: sentenceStart) {
            q.attribution = owner
            q.kind = .partial
        } else if !atSentenceStart, let subject = AttributionFinder.sentenceSubject(ctx, start: sentenceStart, limit: p.open) {
            // No cue: a quotation inside a sentence belongs to the sentence's subject
            // (`Bolton thought the buzz was "artificial"`, `Kaine took a stance: "..."`).
            q.attribution = Attribution(cue: "", cueToken: -1, speaker: subject, clauseEnd: p.open,
                                        frames: AttributionFinder.frames(ctx, from: p.open, to: p.open))
            q.kind = ctx.isPunct(p.open - 1, ":") ? .direct : .partial
        } else if !atSentenceStart, hasParticipleCue(ctx, from: sentenceStart, to: p.open) {
            // `"...," said Scott, adding that "we've been..."`: the same speaker goes on.
            q.kind = .partial
            q.inheritsSpeaker = true
        } else if atSentenceStart, let preceding = AttributionFinder.preceding(ctx, p) {
            q.attribution = preceding
        } else {
            q.kind = atSentenceStart ? .direct : .partial
            // A quotation paragraph right after another quotation: same speaker.
            if atSentenceStart, let prev = previous, let lp = prev.pieces.last, lp.paragraph + 1 >= p.paragraph,
               prev.kind == .direct, prev.attribution != nil || prev.inheritsSpeaker {
                q.inheritsSpeaker = true
            }
        }
        return q
    }

    /// True when attribution `a` (before piece `p`) is a subject and its verb right before the
    /// quotation (`Mosman called "..."`, `she wrote "..."`).
    static func objectOfCue(_ ctx: QuoteContext, _ a: Attribution, quote p: QuotePiece) -> Bool {
        guard a.cueToken >= 0, a.cueToken + 1 == p.open, let s = a.speaker, s.kind != .description, s.end == a.cueToken,
              !ctx.isParticiple(a.cueToken) else { return false }
        return true
    }

    /// `..., and Trump calling it "a great meeting."`: a participle right after a name has that
    /// name as its subject, not the previous quotation's speaker.
    static func namesOwnSubject(_ ctx: QuoteContext, _ a: Attribution) -> Bool {
        guard let s = a.speaker, s.kind == .name, s.end <= a.cueToken else { return false }
        var k = s.end
        while k < a.cueToken, SpeakerPhraseReader.isSkippable(ctx, k) { k += 1 }
        return k == a.cueToken
    }

    static func hasParticipleCue(_ ctx: QuoteContext, from a: Int, to b: Int) -> Bool {
        var i = b - 1
        while i >= a {
            // ", adding that", "and saying": a participle clause, not a noun ("the warning").
            if !ctx.inQuote[i], ctx.tokens[i].kind == .word, ctx.isParticiple(i),
               AttributionFinder.isCue(ctx, i), i > 0,
               ctx.isPunct(i - 1, ",") || ctx.isPunct(i - 1, "\u{2014}") || ctx.tokens[i - 1].text == "and" { return true }
            i -= 1
        }
        return false
    }

    static func hasCue(_ ctx: QuoteContext, from a: Int, to b: Int) -> Bool {
        var i = max(a, 0)
        while i < b {
            if AttributionFinder.isCue(ctx, i) { return true }
            i += 1
        }
        return false
    }

    static func onlyPunctuation(_ ctx: QuoteContext, from a: Int, to b: Int) -> Bool {
        guard a <= b else { return false }
        var i = a
        while i < b {
            if ctx.tokens[i].kind != .punctuation { return false }
            i += 1
        }
        return true
    }
}
