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
            let lower = 0
            var join = false
            if var cur = current, let prev = cur.pieces.last {
                let startsParagraph = p.open == 0 || !ctx.sameParagraph(p.open - 1, p.open)
                if !prev.closed, p.paragraph == prev.paragraph + 1, startsParagraph {
                    join = true
                } else if prev.reopened, p.open == prev.contentEnd {
                    join = true
                } else if prev.closed, p.paragraph == prev.paragraph {
                    if let a = lastAfter, a.frames, cur.kind == .direct, onlyPunctuation(ctx, from: a.clauseEnd, to: p.open), own == nil {
                        join = true
                    } else if onlyPunctuation(ctx, from: prev.after, to: p.open), cur.kind == .direct || p.contentFirst < ctx.count {
                        join = cur.kind == .direct
                    }
                } else if p.paragraph == prev.paragraph + 1, startsParagraph, cur.kind == .direct, own == nil,
                          cur.attribution != nil || cur.inheritsSpeaker,
                          AttributionFinder.before(ctx, p, lower: p.open) == nil, looksLikeSentence(ctx, p),
                          lastPieceEndsParagraph(ctx, prev) {
                    join = true
                }
                if join {
                    cur.pieces.append(p)
                    if cur.attribution == nil, let own { cur.attribution = own }
                    current = cur
                }
            }
            if !join {
                if let c = current { out.append(c) }
                var q = AssembledQuote(pieces: [p], attribution: nil, kind: .direct, inheritsSpeaker: false)
                let sentenceStart = AttributionFinder.sentenceStart(ctx, before: p.open, lower: lower)
                let atSentenceStart = sentenceStart == p.open
                let pre = own?.speaker == nil ? AttributionFinder.before(ctx, p, lower: lower) : nil
                if let pre, pre.speaker != nil {
                    q.attribution = pre
                    q.kind = pre.frames ? .direct : .partial
                } else if let own, own.frames || atSentenceStart {
                    q.attribution = own
                    q.kind = atSentenceStart ? .direct : .partial
                } else if let pre = AttributionFinder.before(ctx, p, lower: lower) {
                    q.attribution = pre
                    q.kind = pre.frames ? .direct : .partial
                } else if let own {
                    q.attribution = own
                    q.kind = .partial
                } else if let end = AttributionFinder.sentenceEnd(ctx, p) {
                    q.attribution = end
                    q.kind = atSentenceStart && p.contentEnd >= end.cueToken - 8 ? .direct : .partial
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
                } else if atSentenceStart, let pre = AttributionFinder.preceding(ctx, p) {
                    q.attribution = pre
                    q.kind = .direct
                } else {
                    q.kind = atSentenceStart ? .direct : .partial
                    // A quotation paragraph right after another quotation: same speaker.
                    if atSentenceStart, let prev = out.last ?? current, let lp = prev.pieces.last,
                       lp.paragraph + 1 >= p.paragraph, prev.kind == .direct, prev.attribution != nil || prev.inheritsSpeaker {
                        q.inheritsSpeaker = true
                    }
                }
                current = q
            }
            lastAfter = own
        }
        if let c = current { out.append(c) }
        return out
    }

    static func hasParticipleCue(_ ctx: QuoteContext, from a: Int, to b: Int) -> Bool {
        var i = b - 1
        while i >= a {
            // ", adding that", "and saying": a participle clause, not a noun ("the warning").
            if !ctx.inQuote[i], ctx.tokens[i].kind == .word, SpeechCues.isParticiple(ctx.tokens[i].text),
               AttributionFinder.isCue(ctx, i), i > 0,
               ctx.isPunct(i - 1, ",") || ctx.isPunct(i - 1, "\u{2014}") || ctx.tokens[i - 1].text == "and" { return true }
            i -= 1
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

    /// A quotation that reads as speech: several words, or closing punctuation inside.
    static func looksLikeSentence(_ ctx: QuoteContext, _ p: QuotePiece) -> Bool {
        p.wordCount >= 4
    }

    static func lastPieceEndsParagraph(_ ctx: QuoteContext, _ p: QuotePiece) -> Bool {
        true
    }
}
