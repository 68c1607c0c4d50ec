/// The words that name who spoke, as found next to a speech cue.
struct SpeakerPhrase: Sendable, Equatable {
    enum Kind: Sendable, Equatable {
        /// A capitalized name ("Tommy Pigott", "Mr. Trump").
        case name
        /// "he", "she", "they"...
        case pronoun
        /// A common-noun phrase ("the spokesperson", "a senior official").
        case description
    }

    var kind: Kind
    /// Token range of the phrase (for a name: the name itself, titles included).
    var first: Int
    var end: Int
    /// The phrase as written; for names, without leading titles ("Sen. Ted Cruz" -> "Ted Cruz").
    var text: String
    /// What the attribution says about the speaker beside the name, as written: the appositive
    /// ("a State Department spokesman") or the description before it ("the White House press
    /// secretary"). Nil when there is none.
    var detail: String? = nil
}

/// Reads the speaker phrase before or after a speech cue by hand, token by token.
///
/// Before a verb: skip adverbs and auxiliaries ("also", "has"), then take a pronoun, a
/// capitalized name run (the last one when a name follows its description: "campaign manager
/// Corey Lewandowski"), a name before an appositive (`Pigott, a spokesman, said`), or a
/// common-noun phrase back to its clause boundary. A name right after a preposition is an
/// object ("in remarks to Fox News said"), so the search goes on to the clause's subject.
enum SpeakerPhraseReader {
    /// True for a token that can be part of a capitalized name run.
    static func isNameToken(_ ctx: QuoteContext, _ i: Int) -> Bool {
        guard i >= 0, i < ctx.count else { return false }
        return ctx.isCap(i)
    }

    /// Where a name starting at `start` ends: capitalized words, and dots of abbreviations that
    /// do not end the sentence ("Gov. Ann Lee"); at most `maxTokens` tokens, and before `upper`.
    static func nameTokensEnd(_ ctx: QuoteContext, from start: Int, upper: Int, maxTokens: Int) -> Int {
        var r = start
        while r < upper, r - start < maxTokens, isNameToken(ctx, r) || ctx.isPunct(r, ".") && r > start && !ctx.endsSentence(r) { r += 1 }
        return r
    }

    /// The speaker phrase ending right before token `verb` (reading backwards, not before `lower`).
    static func before(_ ctx: QuoteContext, verb: Int, lower: Int) -> SpeakerPhrase? {
        var j = verb - 1
        while j >= lower, isSkippable(ctx, j) { j -= 1 }
        // A party tag or note after the name: "Sen. Bernie Sanders (I-Vt.) said".
        if j > lower, ctx.isPunct(j, ")") {
            var k = j - 1
            while k > lower, j - k < 12, !ctx.isPunct(k, "(") { k -= 1 }
            if ctx.isPunct(k, "(") { j = k - 1 }
        }
        guard j >= lower else { return nil }
        if ctx.tokens[j].kind == .word {
            if ctx.has(j, .subjectPronoun) {
                return SpeakerPhrase(kind: .pronoun, first: j, end: j + 1, text: ctx.tokens[j].text)
            }
            // "he's said", "she’d told": a pronoun contracted with its auxiliary.
            if let pronoun = contractedPronoun(ctx, j) {
                return SpeakerPhrase(kind: .pronoun, first: j, end: j + 1, text: pronoun)
            }
        }
        if ctx.isPunct(j, ",") {
            return appositive(ctx, comma: j, lower: lower)
        }
        if isDash(ctx, j) {
            // `The machine - which ... - was described by Jobs`: a passive verb's subject is not its speaker.
            if (j + 1..<verb).contains(where: { ctx.isFormOfBe($0) }) { return nil }
            return dashAppositive(ctx, closing: j, lower: lower)
        }
        let found = phrase(ctx, endingAt: j, lower: lower, depth: 0)
        if let found, found.kind != .pronoun, let named = unclosedAppositive(ctx, before: found.first, lower: lower) { return named }
        return found
    }

    static func isDash(_ ctx: QuoteContext, _ i: Int) -> Bool {
        guard i >= 0, i < ctx.count else { return false }
        let c = ctx.punct(i)
        return c == 0x2014 || c == 0x2013 || c == 0x2D
    }

    /// `A former candidate -- John McCain, who lost to Obama -- said`: an appositive between
    /// dashes before the verb. The name opening it, else the name or phrase before it.
    static func dashAppositive(_ ctx: QuoteContext, closing: Int, lower: Int) -> SpeakerPhrase? {
        var c = closing
        while c > lower, isDash(ctx, c - 1) { c -= 1 }  // "--" is two tokens
        var o = c - 1
        while o > lower, c - o < 30, !isDash(ctx, o), !ctx.endsSentence(o), !ctx.inQuote[o] { o -= 1 }
        guard o > lower, isDash(ctx, o) else { return nil }
        var inner = o + 1
        while inner < c, isDash(ctx, inner) { inner += 1 }
        // The name opening the dashes ("-- John McCain, who ...").
        var e = inner
        while e < c, isNameToken(ctx, e) || ctx.isPunct(e, ".") && e > inner || ctx.has(e, .nameParticle) && e > inner { e += 1 }
        while e > inner, ctx.tokens[e - 1].kind == .punctuation { e -= 1 }
        if e > inner, e == c || ctx.isPunct(e, ",") || ctx.isPunct(e, "("), var run = nameRun(ctx, endingAt: e - 1, lower: inner), run.first == inner || ctx.has(inner, .titleWord) {
            run.detail = ctx.string(inner, c)
            return run
        }
        var b = o
        while b > lower, isDash(ctx, b - 1) { b -= 1 }
        guard b - 1 >= lower else { return nil }
        return before(ctx, verb: b, lower: lower)
    }

    /// `Sam Lau, the communications director for the party said`: an appositive whose closing
    /// comma is missing; the name before its opening comma is the subject.
    static func unclosedAppositive(_ ctx: QuoteContext, before first: Int, lower: Int) -> SpeakerPhrase? {
        var c = first - 1
        while c > lower, first - c < 14, ctx.tokens[c].kind == .word, !ctx.has(c, .clauseWord), !ctx.has(c, .speechVerb) { c -= 1 }
        guard c > lower, ctx.isPunct(c, ","), c + 1 < first, ctx.has(c + 1, .determiner) else { return nil }
        var s = c - 1
        while s > lower, isNameToken(ctx, s - 1) || ctx.isPunct(s - 1, ".") { s -= 1 }
        guard s >= lower, s == lower || ctx.tokens[s - 1].kind == .punctuation || ctx.has(s - 1, .clauseWord),
              isPureName(ctx, s..<c), var run = nameRun(ctx, endingAt: c - 1, lower: s) else { return nil }
        var e = first
        while e < ctx.count, ctx.tokens[e].kind == .word, !ctx.has(e, .speechVerb), e - first < 12 { e += 1 }
        run.detail = ctx.string(c + 1, e)
        return run
    }

    /// `Pigott, a State Department spokesman, said`; `Ramos, 58, told`; `the White House press
    /// secretary, Josh Earnest, said`: of the comma-separated segments before the verb, the first
    /// that is only a name; else the first segment, when it is a name or a noun phrase.
    static func appositive(_ ctx: QuoteContext, comma: Int, lower: Int, bounded: Bool = false) -> SpeakerPhrase? {
        var k = comma - 1
        var cuts = [comma]
        while k >= lower, comma - k < 36 {
            let t = ctx.tokens[k]
            if t.kind == .punctuation {
                if t.text == "," { cuts.append(k) } else if [":", ";", "\"", "\u{201C}", "\u{201D}", "!", "?"].contains(t.text) { break }
                else if t.text == ".", ctx.endsSentence(k) { break }
            } else if !bounded, ctx.has(k, .clauseWord) || ctx.has(k, .speechVerb) {
                // `David Axelrod, who was an adviser to Obama, tweeted`: the name before a
                // relative clause set off by commas.
                if ["who", "whose"].contains(ctx.tokens[k].text), k - 2 >= lower, ctx.isPunct(k - 1, ","),
                   isNameToken(ctx, k - 2), var run = nameRun(ctx, endingAt: k - 2, lower: lower),
                   run.first == lower || ctx.tokens[run.first - 1].kind == .punctuation || ctx.has(run.first - 1, .clauseWord) {
                    run.detail = ctx.string(k, comma)
                    return run
                }
                break
            }
            k -= 1
        }
        let regionStart = k + 1
        guard regionStart < comma else { return nil }
        cuts.reverse()
        var segStart = regionStart
        var segments: [Range<Int>] = []
        for c in cuts {
            if c > segStart { segments.append(segStart..<c) }
            segStart = c + 1
        }
        for (n, seg) in segments.enumerated() where isPureName(ctx, seg) {
            var last = seg.upperBound - 1
            if ctx.isPunct(last, ")") {
                while last > seg.lowerBound, !ctx.isPunct(last, "(") { last -= 1 }
                last -= 1
            }
            if last >= seg.lowerBound, var run = nameRun(ctx, endingAt: last, lower: seg.lowerBound) {
                let others = segments.enumerated().filter { $0.offset != n }.map { ctx.string($0.element.lowerBound, $0.element.upperBound) }
                if !others.isEmpty { run.detail = others.joined(separator: ", ") }
                return run
            }
        }
        guard let first = segments.first, segments.count >= 2 else { return nil }
        let lastTok = first.upperBound - 1
        if isNameToken(ctx, lastTok) { return nameRun(ctx, endingAt: lastTok, lower: first.lowerBound) }
        if ctx.has(first.lowerBound, .determiner), first.count <= 8 {
            return SpeakerPhrase(kind: .description, first: first.lowerBound, end: first.upperBound,
                                 text: ctx.string(first.lowerBound, first.upperBound))
        }
        return nil
    }

    /// A segment made only of name words ("Mr. Daniloff", "Josh Earnest", "Juan Ramón de la Fuente").
    static func isPureName(_ ctx: QuoteContext, _ seg: Range<Int>) -> Bool {
        var words = 0
        var depth = 0
        for i in seg {
            let t = ctx.tokens[i]
            // A party tag in parentheses does not make a name impure: "John Kasich (R-OH)".
            if t.text == "(" { depth += 1; continue }
            if t.text == ")" { depth -= 1; continue }
            if depth > 0 { continue }
            if t.kind == .punctuation { if t.text != "." && t.text != "-" { return false }; continue }
            if ctx.isCap(i), !ctx.has(i, .capitalizedFunctionWord) { words += 1; continue }
            if ctx.has(i, .nameParticle) { continue }
            return false
        }
        return words >= 1 && !(words == 1 && seg.count == 1 && ctx.tokens[seg.lowerBound].isAllCaps && ctx.tokens[seg.lowerBound].text.count <= 2)
    }

    /// A subject phrase whose last word is token `j`: a name run or a common-noun phrase.
    private static func phrase(_ ctx: QuoteContext, endingAt j: Int, lower: Int, depth: Int) -> SpeakerPhrase? {
        let t = ctx.tokens[j]
        guard t.kind != .punctuation else { return nil }
        if isNameToken(ctx, j) {
            guard let run = nameRun(ctx, endingAt: j, lower: lower) else { return nil }
            // A name right after a preposition is an object: look further back for the subject.
            let before = run.first - 1
            // "Secretary of State John F. Kerry said": the "of" belongs to the title before the name.
            if before > lower, ctx.tokens[before].text == "of", ctx.has(before - 1, .titleWord), ctx.isCap(before - 1) {
                return run
            }
            if before >= lower, ctx.tokens[before].kind == .word, ctx.has(before, .preposition),
               depth < 3 {
                var k = before - 1
                while k >= lower, ctx.tokens[k].kind == .word, !ctx.has(k, .clauseWord) {
                    if isNameToken(ctx, k) || ctx.has(k, .subjectPronoun) {
                        if ctx.has(k, .subjectPronoun) {
                            return SpeakerPhrase(kind: .pronoun, first: k, end: k + 1, text: ctx.tokens[k].text)
                        }
                        var found = phrase(ctx, endingAt: k, lower: lower, depth: depth + 1)
                        // "Angela Merkel of Germany said": the place or body is detail.
                        if k == before - 1, found?.kind == .name, ["of", "from"].contains(ctx.tokens[before].text) {
                            found?.detail = ctx.string(before, run.end)
                        }
                        return found
                    }
                    k -= 1
                }
                // `a spokesman for Disney said`: a description whose complement names whom it serves.
                return complementedDescription(ctx, preposition: before, lower: lower, end: run.end)
            }
            return run
        }
        guard t.kind == .word else { return nil }
        if ctx.has(j, .speechVerb) || ctx.has(j, .clauseWord)
            || ctx.has(j, .preposition) || ctx.has(j, .determiner) { return nil }
        // A common-noun phrase: back to a determiner or a clause boundary, at most 8 words.
        var k = j
        var first = j
        var steps = 0
        while k >= lower, steps < 9 {
            let c = ctx.punct(k)
            if c != QuoteContext.notPunctuation {
                if c == 0x27 || c == 0x2019 || c == 0x2D { k -= 1; continue }  // ' ’ -
                break
            }
            if ctx.has(k, .clauseWord) || ctx.has(k, .speechVerb) { break }
            if k < j, ctx.isCap(k), ctx.has(k, .capitalizedFunctionWord), k == lower || !ctx.sameParagraph(k - 1, k) || ctx.endsSentence(k - 1) {
                // A sentence-initial determiner or quantifier is part of the description ("One
                // man wrote", "Many reporters noted", "His chief aide said").
                if SpeakerPhraseReader.leadingQuantifiers.contains(ctx.tokens[k].text) { first = k }
                break
            }
            first = k
            if ctx.has(k, .determiner) { break }
            k -= 1; steps += 1
        }
        // Reject phrases that run into a clause: a verb phrase after "who" ("those who want to
        // ban abortion said"), an infinitive, an adverb or participle as the head.
        if ctx.ends(j, .ly) || ctx.ends(j, .ing) { return nil }
        if first > lower, ctx.has(first - 1, .clauseWord) { return nil }
        for i in first...j where ctx.word(i) == .to || ctx.has(i, .auxiliary) { return nil }
        // "Trump in his announcement speech called": a name before a prepositional phrase is the subject.
        if first - 2 >= lower, [QuoteWord.in, .at, .on, .during].contains(ctx.word(first - 1)), isNameToken(ctx, first - 2),
           let run = nameRun(ctx, endingAt: first - 2, lower: lower),
           run.first == lower || ctx.tokens[run.first - 1].kind == .punctuation || ctx.has(run.first - 1, .clauseWord) {
            return run
        }
        let text = ctx.string(first, j + 1)
        return SpeakerPhrase(kind: .description, first: first, end: j + 1, text: text)
    }

    /// `a spokesman for Disney`, `an aide to Sen. Ann Lee`: lower-case words back to a determiner
    /// before "for", "to", "of" or "at"; nil when the words before the preposition are not such
    /// a noun phrase.
    static func complementedDescription(_ ctx: QuoteContext, preposition: Int, lower: Int, end: Int) -> SpeakerPhrase? {
        guard ["for", "to", "of", "at"].contains(ctx.tokens[preposition].text) else { return nil }
        var k = preposition - 1
        while k >= lower, preposition - k <= 5, ctx.tokens[k].kind == .word, !ctx.has(k, .determiner) {
            if ctx.isCap(k) && k < preposition - 1 || ctx.has(k, .clauseWord) || ctx.has(k, .speechVerb)
                || ctx.has(k, .auxiliary) || ctx.has(k, .preposition) || ctx.has(k, .subjectPronoun) { return nil }
            k -= 1
        }
        guard k >= lower, k < preposition - 1, ctx.tokens[k].kind == .word, ctx.has(k, .determiner),
              k == lower || ctx.tokens[k - 1].kind == .punctuation || ctx.has(k - 1, .clauseWord) || ctx.endsSentence(k - 1) else { return nil }
        return SpeakerPhrase(kind: .description, first: k, end: end, text: ctx.string(k, end))
    }

    /// The capitalized run ending at token `j` ("Mexican President Claudia Sheinbaum").
    static func nameRun(_ ctx: QuoteContext, endingAt j: Int, lower: Int) -> SpeakerPhrase? {
        let end = j + 1
        var k = j
        if ctx.isPunct(k, ")") { return nil }
        var first = j
        while k >= lower {
            let kind = ctx.tokens[k].kind
            if kind == .word {
                if ctx.isCap(k) {
                    // Sentence-initial function words are not part of names.
                    if ctx.has(k, .capitalizedFunctionWord) && k < j { break }
                    first = k
                } else if ctx.has(k, .nameParticle), k > lower, isNameToken(ctx, k - 1), k < j {
                    first = k
                } else { break }
            } else if ctx.punct(k) == 0x2E, k < j, k > lower, ctx.tokens[k - 1].end == ctx.tokens[k].start, isNameToken(ctx, k - 1) {
                // The dot of "Mr." or "Sen." inside the run.
            } else { break }
            k -= 1
        }
        guard first <= j else { return nil }
        // Drop a possessive run's owner: "Trump's spokesman" is not handled here.
        // Drop leading titles ("Sen.", "President").
        var a = first
        while a < end - 1 {
            if ctx.tokens[a].kind == .punctuation { a += 1; continue }
            if ctx.has(a, .titleWord) || ctx.has(a, .capitalizedFunctionWord) || ctx.isPossessive(a) { a += 1; continue }
            break
        }
        while a < end, ctx.tokens[a].kind == .punctuation { a += 1 }
        guard a < end else { return nil }
        if ctx.tokens[end - 1].kind != .word || !ctx.isCap(end - 1) { return nil }
        if ctx.has(end - 1, .capitalizedFunctionWord) { return nil }
        return SpeakerPhrase(kind: .name, first: first, end: end, text: ctx.string(a, end))
    }

    /// The speaker phrase starting right after token `verb` (`said Pigott, a spokesman`).
    static func after(_ ctx: QuoteContext, verb: Int, upper: Int) -> SpeakerPhrase? {
        var j = verb + 1
        while j < upper, ctx.tokens[j].kind == .word,
              ctx.has(j, .weekday) || ctx.tokens[j].text == "on" || ctx.tokens[j].text == "Sunday" {
            j += 1
        }
        guard j < upper else { return nil }
        let t = ctx.tokens[j]
        if t.kind == .word, ctx.has(j, .subjectPronoun), !t.isCapitalized || t.text == "I" {
            return SpeakerPhrase(kind: .pronoun, first: j, end: j + 1, text: t.text)
        }
        var k = j
        while k < upper, k - j < 12 {
            let w = ctx.tokens[k]
            if w.kind == .punctuation {
                if w.text == "." && k > j && ctx.tokens[k - 1].end == w.start
                    && (SentenceSplitter.abbreviations.contains(ctx.tokens[k - 1].text)
                        || ctx.tokens[k - 1].text.count == 1 && ctx.isCap(k - 1)) { k += 1; continue }
                if w.text == "-" || w.text == "'" || w.text == "\u{2019}" { k += 1; continue }
                break
            }
            if k > j, ctx.has(k, .forwardStop) { break }
            if ctx.has(k, .weekday) { break }
            k += 1
        }
        guard k > j else { return nil }
        // The last capitalized run, if the phrase ends with one.
        var e = k
        while e > j, ctx.tokens[e - 1].kind == .punctuation { e -= 1 }
        guard e > j else { return nil }
        if isNameToken(ctx, e - 1) {
            guard var run = nameRun(ctx, endingAt: e - 1, lower: j) else { return nil }
            // "Chancellor Angela Merkel of Germany": the name is the run before "of", the rest detail.
            // "Mr. Burman of the Tax Policy Center": the same with an article before the body.
            // "Amy Lee of the Institute of Technology": back over each such body to the person.
            for _ in 0..<3 {
                let prep = run.first - 1 > j && ["the", "The"].contains(ctx.tokens[run.first - 1].text) ? run.first - 2 : run.first - 1
                guard prep > j, ["of", "from", "in", "at"].contains(ctx.tokens[prep].text),
                      isNameToken(ctx, prep - 1), var earlier = nameRun(ctx, endingAt: prep - 1, lower: j) else { break }
                earlier.detail = ctx.string(prep, e)
                run = earlier
            }
            // `said Will Doyle, a professor at Vanderbilt University.`: the appositive to the clause end.
            if k < upper, ctx.isPunct(k, ",") {
                var d = upper
                while d > k + 1, ctx.tokens[d - 1].kind == .punctuation { d -= 1 }
                if d > k + 1, d - k <= 40 { run.detail = ctx.string(k + 1, d) }
            }
            return run
        }
        let first = ctx.tokens[j].text
        guard determiners.contains(first.lowercased()) || ctx.isCap(j) else { return nil }
        // `said Clinton's communications director, Jennifer Palmieri`: the name after the comma.
        if k < upper, ctx.isPunct(k, ","), isNameToken(ctx, k + 1) {
            var n = k + 1
            while n < upper, isNameToken(ctx, n) || ctx.isPunct(n, ".") || ctx.has(n, .nameParticle) { n += 1 }
            // The sentence's full stop is not part of the name.
            while n > k + 2, ctx.isPunct(n - 1, "."), ctx.endsSentence(n - 1) { n -= 1 }
            if n >= upper || ctx.tokens[n].kind == .punctuation, var run = nameRun(ctx, endingAt: n - 1, lower: k + 1) {
                run.detail = ctx.string(j, e)
                return run
            }
        }
        // A noun phrase, not a clause: short, no auxiliary verb inside, ending where phrases end.
        guard e - j <= 7, k - j < 12 else { return nil }
        for i in j..<e where ctx.has(i, .auxiliary) { return nil }
        // `wrote the authors of the "Growth Project,"`: the phrase goes on into a quoted title.
        if k < ctx.count, e == k, ctx.has(k - 1, .determiner) || ctx.has(k - 1, .preposition),
           let mark = QuoteMarks.mark(at: k, ctx), mark.isDouble, mark.direction != .close {
            var c = k + mark.length
            while c < ctx.count, c - k < 12, ctx.sameParagraph(k, c), QuoteMarks.mark(at: c, ctx)?.isDouble != true { c += 1 }
            if c < ctx.count, c - k < 12, c > k + mark.length, QuoteMarks.mark(at: c, ctx)?.isDouble == true {
                var inner = c
                while inner > k + mark.length, ctx.tokens[inner - 1].kind == .punctuation { inner -= 1 }
                return SpeakerPhrase(kind: .description, first: j, end: c + 1, text: ctx.string(j, k) + " " + ctx.string(k + mark.length, inner))
            }
        }
        // Its complement naming whom it serves: "a longtime adviser to Trump", "a spokesman for
        // the Sanders campaign" (a capitalized word within two tokens of the preposition).
        var end = e
        if end == k, k + 1 < upper, ["to", "of", "for", "at", "with"].contains(ctx.tokens[k].text) {
            var c = k + 1
            if c < upper, ctx.has(c, .determiner) { c += 1 }
            if c < upper, isNameToken(ctx, c) {
                while c < upper, isNameToken(ctx, c) || ctx.has(c, .nameParticle) || ctx.isPunct(c, ".") && c > 0 && ctx.tokens[c - 1].text.count <= 3 { c += 1 }
                while c < upper, ctx.tokens[c].kind == .word, !ctx.isCap(c), c - k < 8, !ctx.has(c, .forwardStop) && !ctx.has(c, .clauseWord),
                      ["campaign", "administration", "committee", "office", "group", "team", "organization", "party", "staff"].contains(ctx.tokens[c].text) { c += 1 }
                end = c
            }
        }
        return SpeakerPhrase(kind: .description, first: j, end: end, text: ctx.string(j, end))
    }

    /// Capitalized words that open a description at a sentence start and belong to it.
    static let leadingQuantifiers: Set<String> = [
        "One", "Another", "Other", "Others", "His", "Her", "Their", "Its", "Our", "Many", "Some", "Several",
        "Most", "All", "Both", "Each", "Few", "Only", "Two", "Three", "Four", "Five", "Several", "Numerous",
    ]

    /// ``contractedPronoun(_:)`` of word token `i`, rejecting most words from their code points
    /// without touching the token's string: every such pronoun starts with h, s, t, I or w (either
    /// case) and is at most four letters, so an apostrophe must come within the first five.
    static func contractedPronoun(_ ctx: QuoteContext, _ i: Int) -> String? {
        let start = ctx.tokens[i].start, end = ctx.tokens[i].end
        switch ctx.scalars[start].value {
        case 0x68, 0x48, 0x73, 0x53, 0x74, 0x54, 0x49, 0x77, 0x57: break  // h H s S t T I w W
        default: return nil
        }
        var k = start + 1
        while k < end, k - start <= 4 {
            let v = ctx.scalars[k].value
            if v == 0x27 || v == 0x2019 { return contractedPronoun(ctx.tokens[i].text) }
            k += 1
        }
        return nil
    }

    /// "he" for "he's", "He’d", "he'll"...; nil for other words.
    static func contractedPronoun(_ w: String) -> String? {
        guard let cut = w.firstIndex(where: { $0 == "'" || $0 == "\u{2019}" }) else { return nil }
        let head = String(w[..<cut])
        switch head {
        case "he", "He", "she", "She", "they", "They", "I", "we", "We": return head
        default: return nil
        }
    }

    /// Adverbs and auxiliaries between a subject and its verb.
    static func isSkippable(_ ctx: QuoteContext, _ i: Int) -> Bool {
        let t = ctx.tokens[i]
        guard t.kind == .word, !ctx.isCap(i) else { return false }
        if ctx.has(i, .adverb) { return true }
        return t.text.utf8.count > 4 && t.text.hasSuffix("ly")
    }
}
