/// Who a quotation is attributed to and by which words, as found next to it.
struct Attribution: Sendable {
    /// The speech cue as written ("said", "she said", "according to", ":").
    var cue: String
    /// Token index of the cue verb (or of "according", or of the colon).
    var cueToken: Int
    var speaker: SpeakerPhrase?
    /// First token after the attribution clause (its closing punctuation included).
    var clauseEnd: Int
    /// True when the clause frames a whole quotation (`X said: "..."`, `"...," X said`), false
    /// when the quotation sits inside the clause's own sentence (`said she had a "good talk"`).
    var frames: Bool
}

/// Finds the attribution of a quotation piece: after it (`"...," she said.`), before it in the
/// same sentence (`Rubio said: "..."`, `said she had a "good conversation"`), or at the end of
/// its sentence (`... "ruled out" intervention, she said.`).
enum AttributionFinder {
    /// The attribution clause right after a closed piece, when the quotation ends with a comma,
    /// "?", "!" or a dash (`"...," said Pigott, a spokesman.`).
    static func after(_ ctx: QuoteContext, _ p: QuotePiece) -> Attribution? {
        guard p.closed, p.after < ctx.count, ctx.sameParagraph(p.open, p.after) else { return nil }
        var lastIndex = p.contentEnd - 1
        // A nested quotation closing with the outer one: `..., 'We might have something here,'"`.
        if lastIndex > p.contentFirst, ctx.punct(lastIndex) == 0x2019 || ctx.punct(lastIndex) == 0x27 { lastIndex -= 1 }  // ’ '
        let lastInside = ctx.tokens[lastIndex]
        let lastMark = ctx.punct(lastIndex)
        let lastIsDot = lastMark == 0x2E
        var start = p.after
        let outsideComma = ctx.isPunct(start, ",") || ctx.isPunct(start, "\u{2014}") || ctx.isPunct(start, "\u{2013}")
        if outsideComma { start += 1 }
        let insideEnd: Bool
        switch lastMark {
        case 0x2C, 0x3F, 0x21, 0x2014, 0x2013, 0x2D, 0x2026: insideEnd = true  // , ? ! — – - …
        default: insideEnd = false
        }
        let endsWithWord = lastInside.kind != .punctuation
        guard insideEnd || outsideComma || endsWithWord || lastIsDot else { return nil }
        let end = clauseEnd(ctx, from: start, limit: 40)
        // `"...," when Clinton blasted him`: a new clause, not an attribution.
        if start < ctx.count, ctx.tokens[start].kind == .word, ctx.has(start, .clauseWord) { return nil }
        // The verb must come early: a subject of a few words (or a name and its appositive), then the verb.
        var v = start
        let verbLimit = min(end, start + 32)
        while v < verbLimit {
            if isCue(ctx, v) { break }
            switch ctx.punct(v) {
            case 0x3A, 0x3B, 0x21, 0x3F: return nil  // : ; ! ?
            default: break
            }
            v += 1
        }
        if v == verbLimit, let inverted = invertedVerb(ctx, p, start: start, end: end, lastInside: lastInside) { return inverted }
        if v == verbLimit, let named = nameAndVerb(ctx, start: start, end: end, lastInside: lastInside) { return named }
        // A long subject only when a name opens it with an appositive (`Nate Silver, the polling
        // guru who founded the site tweeted`).
        let appositiveSubject = v > start + 5 && SpeakerPhraseReader.isNameToken(ctx, start) && (start + 1..<start + 5).contains { ctx.isPunct($0, ",") }
        guard v < verbLimit, v <= start + 9 || ctx.isPunct(v - 1, ",") || ctx.isPunct(v - 1, ")") || appositiveSubject && v <= start + 20 else { return nil }
        // After a full stop inside the quotation only a plain "X said." can follow.
        if lastIsDot, v > start, !(v <= start + 3 && v + 1 < ctx.count && (ctx.endsSentence(v + 1) || ctx.isPunct(v + 1, ","))) { return nil }
        if endsWithWord, !outsideComma, v > start + 3 { return nil }
        let frames = insideEnd || outsideComma || lastIsDot
        // (Before the participle test: "according" ends like one.) Only right after a quotation
        // that opens its sentence: `"...," according to X.` (In `Trump wrote, threatening "a
        // lawsuit," according to a letter`, X is the reporter's source, not the speaker.)
        if isAccordingTo(ctx, v) {
            guard v == start, !lastIsDot, sentenceStart(ctx, before: p.open, lower: 0) == p.open else { return nil }
            let phrase = accordingToSource(ctx, to: v + 1, upper: end)
            return Attribution(cue: "according to", cueToken: v, speaker: phrase, clauseEnd: end, frames: frames)
        }
        // `"..." — asserting that ...`: a participle after the quotation has its subject elsewhere.
        if ctx.isParticiple(v) { return nil }
        var phrase: SpeakerPhrase? = nil
        if v > start + 1, ctx.isPunct(v - 1, ",") { phrase = SpeakerPhraseReader.appositive(ctx, comma: v - 1, lower: start, bounded: true) }
        if phrase == nil, v > start { phrase = SpeakerPhraseReader.before(ctx, verb: v, lower: start) }
        if phrase == nil, v == start || ctx.isPunct(v - 1, ",") { phrase = SpeakerPhraseReader.after(ctx, verb: v, upper: end) }
        // `"...," Nate Silver, the guru who founded the site tweeted`: the name before the
        // appositive, whatever clause the appositive holds.
        if phrase == nil || phrase?.kind == .description, appositiveSubject,
           let comma = (start + 1..<start + 5).first(where: { ctx.isPunct($0, ",") }), phrase.map({ $0.first > comma }) ?? true,
           SpeakerPhraseReader.isPureName(ctx, start..<comma) {
            phrase = SpeakerPhraseReader.nameRun(ctx, endingAt: comma - 1, lower: start)
        }
        guard phrase != nil || v == start else { return nil }
        return Attribution(cue: cueText(ctx, verb: v, speaker: phrase), cueToken: v, speaker: phrase, clauseEnd: end,
                           frames: frames)
    }

    /// `"This is fantastic!" beamed Donald Hartley of Madison`: right after a quotation that ends
    /// with a comma, "!" or "?", any past-tense verb followed by a name attributes it.
    static func invertedVerb(_ ctx: QuoteContext, _ p: QuotePiece, start: Int, end: Int, lastInside: Token) -> Attribution? {
        guard start + 1 < end, lastInside.kind == .punctuation, [",", "!", "?"].contains(lastInside.text),
              ctx.tokens[start].kind == .word, !ctx.isCap(start), ctx.ends(start, .ed),
              !ctx.has(start, .preposition), !ctx.has(start, .clauseWord), SpeakerPhraseReader.isNameToken(ctx, start + 1),
              let phrase = SpeakerPhraseReader.after(ctx, verb: start, upper: end), phrase.kind == .name else { return nil }
        return Attribution(cue: ctx.tokens[start].text, cueToken: start, speaker: phrase, clauseEnd: end, frames: true)
    }

    /// `"The Times is claiming you said so," Hannity started.`: after a quotation that ends with a
    /// comma, "?" or "!", a name and a past-tense verb closing the sentence attribute it, whatever
    /// the verb (the quotation is its object).
    static func nameAndVerb(_ ctx: QuoteContext, start: Int, end: Int, lastInside: Token) -> Attribution? {
        guard lastInside.kind == .punctuation, [",", "!", "?"].contains(lastInside.text),
              SpeakerPhraseReader.isNameToken(ctx, start), !ctx.has(start, .capitalizedFunctionWord) else { return nil }
        let r = SpeakerPhraseReader.nameTokensEnd(ctx, from: start, upper: end, maxTokens: 5)
        guard r + 1 < ctx.count, r < end, ctx.tokens[r].kind == .word, !ctx.isCap(r), ctx.ends(r, .ed),
              !ctx.has(r, .preposition), !ctx.has(r, .clauseWord), !ctx.has(r, .auxiliary),
              ctx.endsSentence(r + 1) || ctx.isPunct(r + 1, ","),
              let run = SpeakerPhraseReader.nameRun(ctx, endingAt: r - 1, lower: start), run.first == start else { return nil }
        return Attribution(cue: ctx.tokens[r].text, cueToken: r, speaker: run, clauseEnd: end, frames: true)
    }

    /// The attribution before a piece in its sentence: the nearest speech cue to its left.
    static func before(_ ctx: QuoteContext, _ p: QuotePiece, lower: Int) -> Attribution? {
        let start = sentenceStart(ctx, before: p.open, lower: lower)
        guard start < p.open else { return nil }
        // `Kasich: 'We are going...'`: a name and a colon (headline style).
        if ctx.isPunct(p.open - 1, ":"), p.open - 2 >= start, SpeakerPhraseReader.isNameToken(ctx, p.open - 2),
           var run = SpeakerPhraseReader.nameRun(ctx, endingAt: p.open - 2, lower: start),
           run.first == start || !isCue(ctx, run.first - 1) {  // `Schilling told WEEI:` is the verb's object
            // Headline style `CNN President On Trump: '...'`: the speaker is before the "on".
            let b = run.first - 1
            var headline = true
            if b > start, ctx.tokens[b].kind == .word, ["on", "On", "to", "To", "about", "About", "vs", "Vs"].contains(ctx.tokens[b].text),
               SpeakerPhraseReader.isNameToken(ctx, b - 1), let other = SpeakerPhraseReader.nameRun(ctx, endingAt: b - 1, lower: start) {
                run = other
            } else if b > start, ctx.tokens[b].kind == .word, !ctx.isCap(b), ctx.has(b, .preposition),
                      ctx.tokens[b - 1].kind == .word, !ctx.isCap(b - 1) {
                // `Trump wrote to Roffman: "..."`: the name is a verb's object; the cue is read
                // below (`More from Jones: "..."` stays a headline).
                headline = false
            }
            if headline { return Attribution(cue: ":", cueToken: p.open - 1, speaker: run, clauseEnd: p.open, frames: true) }
        }
        // `Mr. Christie gloated: "..."`: any verb right before a colon frames the quotation.
        if ctx.isPunct(p.open - 1, ":"), p.open - 2 > start, ctx.tokens[p.open - 2].kind == .word, !ctx.isCap(p.open - 2),
           !isCue(ctx, p.open - 2), let subject = SpeakerPhraseReader.before(ctx, verb: p.open - 2, lower: start),
           subject.kind != .description {
            return Attribution(cue: ctx.tokens[p.open - 2].text, cueToken: p.open - 2, speaker: subject, clauseEnd: p.open, frames: true)
        }
        var v = p.open - 1
        // `a memo titled "..."`: the thing's name is kept as a quotation, but its speaker is
        // the one of a cue further left, else the sentence subject.
        var naming: Attribution? = nil
        while v >= start {
            // `Calling Ross "exactly the partner I need," Mrs. Clinton urged ...`: a participle
            // opening the sentence has the main clause's subject, after the quotation.
            if v == start, !ctx.inQuote[v], ctx.tokens[v].kind == .word, ctx.isParticiple(v),
               SpeechCues.speechVerbs.contains(ctx.lower(v)) || SpeechCues.namingVerbs.contains(ctx.lower(v)),
               let subject = mainSubject(ctx, after: p) {
                return Attribution(cue: ctx.tokens[v].text, cueToken: v, speaker: subject, clauseEnd: p.open, frames: false)
            }
            if !ctx.inQuote[v], isCue(ctx, v) || isNamingCue(ctx, v, quote: p.open) || isAccordingTo(ctx, v) {
                if var a = attribution(ctx, verb: v, sentenceStart: start, end: p.open) {
                    a.frames = frames(ctx, from: v + 1, to: p.open)
                    guard naming == nil, namesAThing(ctx, v, quote: p.open) else {
                        if var n = naming {
                            // Only the speaker changes: the quotation reads as the thing's name.
                            n.speaker = a.speaker
                            n.cue = a.cue
                            return n
                        }
                        return a
                    }
                    naming = a
                }
            }
            v -= 1
        }
        if var a = naming, let subject = sentenceSubject(ctx, start: start, limit: a.cueToken), subject.kind != .description {
            a.speaker = subject
            return a
        }
        return naming
    }

    /// The subject right after a closed piece and its comma, before a lower-case verb:
    /// `"...," Mrs. Clinton upbraided`, `"...," she said`.
    static func mainSubject(_ ctx: QuoteContext, after p: QuotePiece) -> SpeakerPhrase? {
        guard p.closed else { return nil }
        var k = p.after
        if ctx.isPunct(k, ",") { k += 1 }
        guard k < ctx.count, ctx.sameParagraph(p.open, k), !ctx.inQuote[k], ctx.tokens[k].kind == .word else { return nil }
        if ctx.has(k, .subjectPronoun), k + 1 < ctx.count, ctx.tokens[k + 1].kind == .word {
            return SpeakerPhrase(kind: .pronoun, first: k, end: k + 1, text: ctx.tokens[k].text)
        }
        let r = SpeakerPhraseReader.nameTokensEnd(ctx, from: k, upper: ctx.count, maxTokens: 6)
        guard r > k, r < ctx.count, ctx.tokens[r].kind == .word, !ctx.isCap(r), !ctx.has(r, .preposition), !ctx.has(r, .clauseWord),
              let run = SpeakerPhraseReader.nameRun(ctx, endingAt: r - 1, lower: k) else { return nil }
        return run
    }

    /// For a quotation that opens a sentence with no cue of its own: the speaker named earlier in
    /// its paragraph (`Bolton distanced himself ... "I'm going to support him."`), or in the
    /// paragraph before when that one ends with a colon (`Frank quotes Alfred Kahn:`).
    static func preceding(_ ctx: QuoteContext, _ p: QuotePiece) -> Attribution? {
        var regionStart = p.open
        while regionStart > 0, p.open - regionStart < maxLookBack, ctx.sameParagraph(regionStart - 1, p.open) { regionStart -= 1 }
        if regionStart == p.open, regionStart > 0, ctx.isPunct(regionStart - 1, ":") {
            let prev = regionStart - 1
            while regionStart > 0, p.open - regionStart < 2 * maxLookBack, ctx.sameParagraph(regionStart - 1, prev) { regionStart -= 1 }
        }
        if regionStart == p.open, let previous = previousParagraphSubject(ctx, p) { return previous }
        guard regionStart < p.open else { return nil }
        // `the committee said in a release: ¶ "The platform goes further ..."`: the cue of the
        // sentence the colon closes frames the quotation; a cue further back is a guess.
        let colon = p.open > 0 && ctx.isPunct(p.open - 1, ":") && !ctx.sameParagraph(p.open - 1, p.open)
        var v = p.open - 1
        while v >= regionStart {
            if !ctx.inQuote[v], isCue(ctx, v) {
                let s = sentenceStart(ctx, before: v, lower: regionStart)
                if var a = attribution(ctx, verb: v, sentenceStart: s, end: p.open) {
                    a.frames = true
                    if !colon || (v..<(p.open - 1)).contains(where: { ctx.endsSentence($0) }) { a.cue = "" }
                    return a
                }
            }
            v -= 1
        }
        let s = sentenceStart(ctx, before: p.open - 1, lower: regionStart)
        guard let subject = sentenceSubject(ctx, start: s, limit: p.open) else { return nil }
        return Attribution(cue: "", cueToken: -1, speaker: subject, clauseEnd: p.open, frames: true)
    }

    /// A quotation paragraph with no attribution at all, after a paragraph that quotes nothing:
    /// the person the last sentence of that paragraph is about, when a name or "he"/"she" is its
    /// subject (`Valastro praised the governor's record. ¶ "We need someone who ..."`).
    static func previousParagraphSubject(_ ctx: QuoteContext, _ p: QuotePiece) -> Attribution? {
        var last = p.open - 1
        while last >= 0, ctx.tokens[last].kind == .punctuation, !ctx.inQuote[last], ctx.tokens[last].text != ":" { last -= 1 }
        guard last >= 0, last < p.open - 1, !ctx.sameParagraph(last, p.open) else { return nil }
        let s = sentenceStart(ctx, before: last + 1, lower: 0)
        guard ctx.sameParagraph(s, last), !(s...last).contains(where: { ctx.inQuote[$0] }),
              let subject = sentenceSubject(ctx, start: s, limit: last + 1) else { return nil }
        if subject.kind == .pronoun, !["he", "she", "He", "She"].contains(subject.text) { return nil }
        // A name standing alone as the subject: not a modifier (`The PR effort comes`), not one
        // of several (`Matthews, Alex Wald and Lu Lopez argued`).
        if subject.kind == .name {
            if subject.first > s, ctx.has(subject.first - 1, .determiner) { return nil }
            if subject.end < last, ctx.tokens[subject.end].text == "and" || ctx.isPunct(subject.end, ",") && subject.first > s { return nil }
            if !ClauseRoles.isSubject(ctx, subject.first, subject.end) { return nil }
        }
        return Attribution(cue: "", cueToken: -1, speaker: subject, clauseEnd: p.open, frames: true)
    }

    /// `... "ruled out" U.S. military intervention, she said.` or `"..." if she loses, said David
    /// Wasserman, an analyst.`: an attribution clause after the last comma-led cue of the sentence.
    static func sentenceEnd(_ ctx: QuoteContext, _ p: QuotePiece) -> Attribution? {
        guard p.closed, p.after < ctx.count, ctx.sameParagraph(p.open, p.after) else { return nil }
        let end = clauseEnd(ctx, from: p.after, limit: 60)
        var v = end - 1
        while v >= p.after {
            if !ctx.inQuote[v], isCue(ctx, v) {
                if isAccordingTo(ctx, v), ctx.isPunct(v - 1, ",") {
                    let phrase = accordingToSource(ctx, to: v + 1, upper: end)
                    return Attribution(cue: "according to", cueToken: v, speaker: phrase, clauseEnd: end, frames: false)
                }
                if ctx.isPunct(v - 1, ","), let phrase = SpeakerPhraseReader.after(ctx, verb: v, upper: end) {
                    return Attribution(cue: cueText(ctx, verb: v, speaker: phrase), cueToken: v, speaker: phrase, clauseEnd: end, frames: false)
                }
                // `..., said X`; `..., the agency said`; `... a "lawful source," as a memo put it`.
                var lower = p.after
                if ctx.isPunct(lower, ","), lower + 1 < v { lower += 1 }
                if ctx.tokens[lower].text == "as" { lower += 1 }
                if let phrase = SpeakerPhraseReader.before(ctx, verb: v, lower: lower), phrase.first > p.after,
                   ctx.isPunct(phrase.first - 1, ",") || (phrase.first >= 2 && ctx.isPunct(phrase.first - 2, ","))
                    || ctx.tokens[phrase.first - 1].text == "as" {
                    return Attribution(cue: cueText(ctx, verb: v, speaker: phrase), cueToken: v, speaker: phrase, clauseEnd: end, frames: false)
                }
                return nil
            }
            v -= 1
        }
        return nil
    }

    /// The attribution whose cue is token `v`, with the subject found to its left (or right).
    static func attribution(_ ctx: QuoteContext, verb v: Int, sentenceStart start: Int, end: Int) -> Attribution? {
        if isAccordingTo(ctx, v) {
            guard let phrase = accordingToSource(ctx, to: v + 1, upper: end) else { return nil }
            return Attribution(cue: "according to", cueToken: v, speaker: phrase, clauseEnd: end, frames: false)
        }
        var phrase: SpeakerPhrase? = nil
        if ctx.isParticiple(v) {
            phrase = mainClauseSpeaker(ctx, verb: v, start: start) ?? adjacentName(ctx, verb: v, start: start)
                ?? sentenceSubject(ctx, start: start, limit: v)
                ?? participleSubject(ctx, verb: v, start: start)
        } else if v > start, ctx.isPunct(v - 1, ","), (start..<(v - 1)).contains(where: { ctx.inQuote[$0] && ctx.tokens[$0].kind == .word }),
                  let inverted = SpeakerPhraseReader.after(ctx, verb: v, upper: end), inverted.first == v + 1,
                  inverted.kind != .pronoun, inverted.end >= end || ctx.tokens[inverted.end].kind == .punctuation {
            // `"...drew well" in the 2008 primary, said professor Paul Beck.`: an inverted
            // attribution closing a sentence that quotes.
            phrase = inverted
        } else {
            phrase = SpeakerPhraseReader.before(ctx, verb: v, lower: start)
            // "was asked", "is called": a passive verb has no speaker before it.
            if let p = phrase, p.end == v, ctx.isFormOfBe(v - 1) { phrase = nil }
            // "he laughed and said": the subject of the verb before the "and".
            if phrase == nil, v - 3 >= start, ctx.word(v - 1) == .and, ctx.tokens[v - 2].kind == .word, !ctx.isCap(v - 2),
               !ctx.has(v - 2, .clauseWord), let earlier = SpeakerPhraseReader.before(ctx, verb: v - 2, lower: start),
               earlier.kind != .description, earlier.end == v - 2 {
                phrase = earlier
            }
            if phrase == nil, v > start, ctx.isPunct(v - 1, ",") || ctx.word(v - 1) == .and || v == start {
                phrase = sentenceSubject(ctx, start: start, limit: v)
            }
        }
        guard let phrase else { return nil }
        return Attribution(cue: cueText(ctx, verb: v, speaker: phrase), cueToken: v, speaker: phrase, clauseEnd: end, frames: false)
    }

    /// True when the words between a cue and a quotation only frame it (`said:`, `told CNN,`),
    /// so the quotation is spoken whole rather than embedded in a paraphrase.
    static func frames(_ ctx: QuoteContext, from a: Int, to b: Int) -> Bool {
        guard b > 0 else { return false }
        let last = ctx.tokens[b - 1]
        if last.kind == .punctuation { return last.text == ":" || last.text == "," || last.text == "\u{2014}" }
        return a == b
    }

    /// The subject of a participle cue: a name right before it (`with Trump reportedly yelling`),
    /// else the nearest name before it that is followed by a verb-like word and not governed by a
    /// preposition (`Speaking in Salem, New Hampshire, Trump went after Bush, calling him ...`).
    static func adjacentName(_ ctx: QuoteContext, verb v: Int, start: Int) -> SpeakerPhrase? {
        var j = v - 1
        while j >= start, SpeakerPhraseReader.isSkippable(ctx, j) { j -= 1 }
        if j >= start, SpeakerPhraseReader.isNameToken(ctx, j), let run = SpeakerPhraseReader.nameRun(ctx, endingAt: j, lower: start) {
            // `wrote a letter to Gov. Ann Lee asking ...`: the object of a preposition is not the
            // participle's subject (`with Trump yelling`, `footage of Trump saying` are).
            let b = run.first - 1
            if b >= start, ctx.tokens[b].kind == .word, ["to", "at", "for", "from", "about", "against", "on"].contains(ctx.tokens[b].text) {
                return nil
            }
            return run
        }
        return nil
    }

    /// `..., Mr. Manafort said, adding that ...` or `..., said Manafort, adding that ...`: a
    /// participle right after a speech clause shares that clause's speaker.
    static func mainClauseSpeaker(_ ctx: QuoteContext, verb v: Int, start: Int) -> SpeakerPhrase? {
        guard v - 2 > start, ctx.isPunct(v - 1, ",") else { return nil }
        let k = v - 2
        if !ctx.inQuote[k], ctx.tokens[k].kind == .word, isCue(ctx, k), !ctx.isParticiple(k) {
            return SpeakerPhraseReader.before(ctx, verb: k, lower: start)
        }
        if SpeakerPhraseReader.isNameToken(ctx, k), let run = SpeakerPhraseReader.nameRun(ctx, endingAt: k, lower: start),
           run.first - 1 > start, !ctx.inQuote[run.first - 1], isCue(ctx, run.first - 1), !ctx.isParticiple(run.first - 1) {
            return run
        }
        return nil
    }

    static func participleSubject(_ ctx: QuoteContext, verb v: Int, start: Int) -> SpeakerPhrase? {
        var k = v - 1
        while k > start {
            if ctx.inQuote[k] { k -= 1; continue }
            let t = ctx.tokens[k]
            if t.kind == .word, ctx.has(k, .subjectPronoun), k + 1 < v, ctx.tokens[k + 1].kind == .word {
                return SpeakerPhrase(kind: .pronoun, first: k, end: k + 1, text: t.text)
            }
            if SpeakerPhraseReader.isNameToken(ctx, k), k + 1 < v, ctx.tokens[k + 1].kind == .word, !ctx.isCap(k + 1),
               !ctx.has(k + 1, .preposition), !ctx.has(k + 1, .clauseWord),
               let run = SpeakerPhraseReader.nameRun(ctx, endingAt: k, lower: start) {
                let before = run.first - 1
                if before < start || !ctx.has(before, .preposition) { return run }
            }
            k -= 1
        }
        return nil
    }

    /// The first noun phrase of a sentence: its subject, after any introductory phrase.
    static func sentenceSubject(_ ctx: QuoteContext, start: Int, limit: Int) -> SpeakerPhrase? {
        var k = DatelinePrefix.end(ctx, start: start, limit: limit) ?? start
        // A leading conjunction joins the sentence to the one before; the subject follows it
        // ("But Cruz would not comment on ...").
        if k + 1 < limit, ["But", "And", "Yet", "So", "Still"].contains(ctx.tokens[k].text), !ctx.isPunct(k + 1, ",") { k += 1 }
        // "Minutes later, she ...": a time phrase whose first word is capitalized.
        if k + 3 < limit, ctx.isCap(k), ["later", "earlier", "ago", "afterward", "afterwards"].contains(ctx.tokens[k + 1].text),
           ctx.isPunct(k + 2, ",") { k += 3 }
        // An age before the name: "76-year-old Morton Blackwell".
        if k + 1 < limit, ctx.tokens[k].kind == .word, !ctx.isCap(k), ctx.ends(k, .yearOld) { k += 1 }
        // Skip an introductory phrase ("On Sunday,", "In a statement,", "Facing criticism,").
        if k < limit, ctx.tokens[k].kind == .word, let pronoun = SpeakerPhraseReader.contractedPronoun(ctx, k) {
            return SpeakerPhrase(kind: .pronoun, first: k, end: k + 1, text: pronoun)
        }
        // A past participle opens one too when a lower-case word follows ("Reached by POLITICO,";
        // a name like "Ted" is followed by a capitalized one).
        let pastParticiple = k + 1 < limit && ctx.ends(k, .ed) && ctx.tokens[k + 1].kind == .word && !ctx.isCap(k + 1)
        if k < limit, ctx.tokens[k].kind == .word, ctx.has(k, .capitalizedFunctionWord) || ctx.ends(k, .ing)
            || ctx.ends(k, .ly) || pastParticiple, !ctx.has(k, .subjectPronoun) {
            var c = k
            while c < limit, c - k < 12, !ctx.isPunct(c, ",") { c += 1 }
            // After an article the words before the comma are an introduction ("The next day,")
            // or an appositive ("A Texas voter who backs Lee, Golvach ..."), not a clause with
            // its own verb ("The rally drew cheers in Carson, Calif., highlighting ...").
            let article = ["The", "A", "An"].contains(ctx.tokens[k].text)
            if article, c < limit, (k + 2..<max(k + 2, c)).contains(where: { ctx.tokens[$0].kind == .word && !ctx.isCap($0)
                && ctx.ends($0, .ed) && ctx.tokens[$0 - 1].kind == .word && !ctx.isCap($0 - 1)
                && !ctx.has($0 - 1, .determiner) && !ctx.has($0 - 1, .adverb) && !ctx.has($0 - 1, .clauseWord) }) {
                c = limit
            }
            if c < limit, ctx.isPunct(c, ",") {
                k = c + 1
                // `On "Face the Nation," Sen. Ann Lee ...`: the comma closes a quoted title.
                while k < limit, QuoteMarks.mark(at: k, ctx)?.direction ?? .open != .open { k += 1 }
                // "In Salem, New Hampshire, Trump ...": a place's region after the comma is still the introduction.
                if c > 0, ctx.isCap(c - 1) {
                    var r = k
                    while r < limit, r - k < 4, SpeakerPhraseReader.isNameToken(ctx, r) || ctx.isPunct(r, ".") { r += 1 }
                    if r > k, r + 1 < limit, ctx.isPunct(r, ","), SpeakerPhraseReader.isNameToken(ctx, r + 1) || ctx.has(r + 1, .subjectPronoun) { k = r + 1 }
                }
            } else if ["The", "A", "An"].contains(ctx.tokens[k].text) {
            } else { return nil }
        }
        guard k < limit, !ctx.inQuote[k] else { return nil }
        let t = ctx.tokens[k]
        if t.kind == .word, ctx.has(k, .subjectPronoun) {
            return SpeakerPhrase(kind: .pronoun, first: k, end: k + 1, text: t.text)
        }
        // A name run, or "the campaign" style phrase up to the verb; role words may separate a
        // modifier from the name ("Republican presidential nominee Donald Trump").
        var e = k
        var probe = k
        while probe < limit, SpeakerPhraseReader.isNameToken(ctx, probe) || ctx.isPunct(probe, ".") && probe > k { probe += 1 }
        var r = probe
        while r < limit, r - probe < 4, ctx.tokens[r].kind == .word, ctx.has(r, .roleWord) { r += 1 }
        if r > probe, r < limit, SpeakerPhraseReader.isNameToken(ctx, r) { k = r; e = r }
        while e < limit, SpeakerPhraseReader.isNameToken(ctx, e) || ctx.isPunct(e, ".") && e > k
                || (ctx.tokens[e].kind == .word && ctx.has(e, .nameParticle))
                || (e > k && (ctx.tokens[e].text == "of" || ctx.tokens[e].text == "the") && SpeakerPhraseReader.isNameToken(ctx, e + 1)) {
            e += 1
        }
        if e > k, ctx.tokens[e - 1].isAllCaps, e - k > 2 { return nil }
        while e > k, ctx.tokens[e - 1].kind == .punctuation { e -= 1 }
        // `Gov. Earl Ray Tomblin of West Virginia lauded`: the person is the name before the
        // "of" (when it is a titled or two-word name; "Bank of America" stays whole).
        if e > k + 2, let of = (k + 1..<e).first(where: { ctx.tokens[$0].text == "of" }), of - 1 > k,
           SpeakerPhraseReader.isNameToken(ctx, of - 1), var run = SpeakerPhraseReader.nameRun(ctx, endingAt: of - 1, lower: k),
           ctx.has(run.first, .titleWord) || SpeakerPhraseReader.isPureName(ctx, run.first..<of) && of - run.first >= 2,
           !run.text.isEmpty, !ctx.has(of - 1, .titleWord) {
            run.detail = ctx.string(of, e)
            return run
        }
        if e > k, let run = SpeakerPhraseReader.nameRun(ctx, endingAt: e - 1, lower: k) { return run }
        return nil
    }

    /// The first token at or after `from` that ends the clause: its final punctuation (included),
    /// a quotation mark, or the paragraph end.
    static func clauseEnd(_ ctx: QuoteContext, from: Int, limit: Int) -> Int {
        var i = from
        let n = ctx.count
        while i < n, i - from < limit, ctx.sameParagraph(from, i) {
            if QuoteMarks.mark(at: i, ctx)?.isDouble == true { return i }
            if ctx.endsSentence(i) { return i + 1 }
            i += 1
        }
        return i
    }

    /// The first token of the sentence holding token `i` (not before `lower`).
    /// Looks back at most ``maxLookBack`` tokens: a "sentence" without punctuation (a pasted
    /// table, a run-on list) must not make the extractor quadratic.
    static func sentenceStart(_ ctx: QuoteContext, before i: Int, lower: Int) -> Int {
        ctx.sentenceStart(before: i, lower: lower, lookBack: maxLookBack)
    }

    /// The farthest any backward scan goes, in tokens.
    static let maxLookBack = 120

    /// `a memo titled "..."`, `the Ohio native nicknamed "..."`, `was dubbed "..."`: a naming
    /// participle right before the quotation, after a common noun or a passive auxiliary, names
    /// a thing; its subject did not say the words.
    static func namesAThing(_ ctx: QuoteContext, _ v: Int, quote open: Int) -> Bool {
        guard v + 1 == open, v > 0, ctx.ends(v, .ed), ctx.tokens[v - 1].kind == .word else { return false }
        let b = v - 1
        if ctx.has(b, .auxiliary) { return true }
        return !ctx.isCap(b) && !ctx.has(b, .subjectPronoun) && !ctx.has(b, .adverb) && !ctx.ends(b, .ly)
    }

    /// A naming verb that attributes the quotation (`called it "a disaster"`), not a noun
    /// ("his attacks") nor a participle naming a thing.
    static func isNamingCue(_ ctx: QuoteContext, _ v: Int, quote open: Int) -> Bool {
        if ctx.has(v, .namingVerb) { return !(ctx.has(v, .nounPlural) && SpeechCues.followsDeterminer(ctx, v)) }
        // "they call it", "Obama and Clinton call them": the plain present form right after a
        // name or a pronoun (elsewhere it is mostly a noun: "a call for").
        guard v > 0, ctx.tokens[v].kind == .word, !ctx.isCap(v), SpeechCues.presentNamingVerbs.contains(ctx.tokens[v].text) else { return false }
        if ctx.has(v - 1, .subjectPronoun) { return true }
        return ctx.tokens[v - 1].kind == .word && ctx.isCap(v - 1) && !ctx.has(v - 1, .capitalizedFunctionWord)
            && !ctx.isPossessive(v - 1)
    }

    static func isCue(_ ctx: QuoteContext, _ i: Int) -> Bool {
        // (Word classes and word ids are set for word tokens only.)
        if ctx.has(i, .speechVerb) {
            // "the warning", "a briefing": an -ing noun after a determiner is not a cue.
            if i > 0, ctx.has(i - 1, .determiner), ctx.isParticiple(i) { return false }
            // "his remarks", "Trump's recent comments": a plural noun after a determiner or a
            // possessive (one modifier between) is not a cue.
            if ctx.has(i, .nounPlural), SpeechCues.followsDeterminer(ctx, i) { return false }
            // "go", "put" only with their particle ("went on", "put it").
            switch ctx.word(i) {
            case .went, .goes, .go: return i + 1 < ctx.count && ctx.word(i + 1) == .on
            case .put, .puts: return i + 1 < ctx.count && ctx.word(i + 1) == .it
            case .point, .points, .pointed, .pointing: return i + 1 < ctx.count && ctx.word(i + 1) == .out
            default: return true
            }
        }
        return isAccordingTo(ctx, i)
    }

    /// The source after "according to" (token `to`): the phrase there, or, when that is a
    /// document, the person or body it comes from (`according to a court filing by state
    /// attorney Dave Aronberg`, `according to a statement from the White House`).
    static func accordingToSource(_ ctx: QuoteContext, to: Int, upper: Int) -> SpeakerPhrase? {
        let phrase = SpeakerPhraseReader.after(ctx, verb: to, upper: upper)
        guard phrase == nil || phrase?.kind == .description else { return phrase }
        var k = phrase?.end ?? to + 1
        let limit = min(upper, k + 6)
        // Past a participle (`filed by`, `released by`) to the "by" or "from".
        while k < limit, ctx.tokens[k].kind == .word, !ctx.isCap(k), ctx.tokens[k].text != "by", ctx.tokens[k].text != "from",
              !ctx.has(k, .clauseWord), !ctx.has(k, .auxiliary) { k += 1 }
        guard k < limit, ctx.tokens[k].text == "by" || ctx.tokens[k].text == "from",
              var source = SpeakerPhraseReader.after(ctx, verb: k, upper: upper) else { return phrase }
        guard source.kind == .name else { return phrase }
        // `by the Securities and Exchange Commission`: a body's name joined by "and".
        var e = source.end
        if e + 1 < upper, ctx.tokens[e].text == "and", SpeakerPhraseReader.isNameToken(ctx, e + 1) {
            e += 1
            while e < upper, SpeakerPhraseReader.isNameToken(ctx, e) { e += 1 }
            source.text += " " + ctx.string(source.end, e)
            source.end = e
        }
        if let p = phrase { source.detail = p.text }
        return source
    }

    static func isAccordingTo(_ ctx: QuoteContext, _ i: Int) -> Bool {
        let w = ctx.word(i)
        return (w == .according || w == .According) && i + 1 < ctx.count && ctx.word(i + 1) == .to
    }

    /// "she said" when a pronoun stands right before the verb, else the verb ("said", "told").
    static func cueText(_ ctx: QuoteContext, verb v: Int, speaker: SpeakerPhrase?) -> String {
        var text = ctx.tokens[v].text
        if v + 1 < ctx.count {
            let next = ctx.word(v + 1)
            if next == .on || next == .out || next == .it {
                switch ctx.word(v) {
                case .went, .goes, .go, .pointed, .points, .point, .put, .puts: text += " " + ctx.tokens[v + 1].text
                default: break
                }
            }
        }
        if let s = speaker, s.kind == .pronoun, s.end == v { return s.text + " " + text }
        return text
    }
}
