/// Finds direct, partial and indirect quotes in an article body and attributes them to its people.
///
/// One pass finds the quotation-mark pieces (``QuotePieceScanner``), ``QuoteAssembler`` joins
/// them into quotations with their attribution, ``QuoteFilter`` drops what only looks like one
/// (scare quotes, titles, tweet metadata), ``SpeakerResolver`` names the speaker, and
/// ``ReportedSpeechFinder`` adds reported speech without quotation marks.
///
/// Text and span: for a quotation in one piece, `text` is exactly `body[span]` without the
/// marks. A quotation interrupted by its attribution (`"A," she said. "B."`) or running over
/// paragraphs is ONE quote: `text` joins the pieces with a space, and `span` runs from the first
/// piece's first character to the last piece's last, so it also covers the attribution between.
///
/// Works without people too: a named speaker not in `people` is reported by the name as
/// written, and later pronouns can still resolve to it.
public struct QuoteExtractor: QuoteExtracting {
    /// How `speaker` is written for a speaker the attribution describes.
    public enum SpeakerStyle: Sendable {
        /// The person's canonical name when resolved, else the words used (the default).
        case name
        /// The name followed by the attribution's description of the speaker, as written
        /// ("Will Doyle, a professor of higher education at Vanderbilt University").
        case nameWithDescription
    }

    public var speakerStyle: SpeakerStyle

    public init(speakerStyle: SpeakerStyle = .name) {
        self.speakerStyle = speakerStyle
    }

    public func quotes(in text: BodyText, people: [ArticlePerson]) -> [ExtractedQuote] {
        var ctx = QuoteContext(text)
        let pieces = QuotePieceScanner.pieces(in: ctx)
        ctx.markQuoted(pieces)
        let assembled = QuoteAssembler.assemble(ctx, pieces: pieces)
        let quoted = pieces.map { TextSpan(start: $0.start, end: $0.end) }
        var resolver = SpeakerResolver(ctx: ctx, people: people, quoted: quoted)
        var out: [ExtractedQuote] = []
        var previous: SpeakerResolver.Resolved? = nil
        var previousParagraph: Int? = nil
        var previousCue = -1
        var previousEnd = 0
        var usedCues = Set<Int>()
        for q in assembled {
            guard QuoteFilter.isQuotation(ctx, q) else { continue }
            var resolved = SpeakerResolver.Resolved(speaker: nil, person: nil)
            var cue: String? = nil
            if let a = q.attribution {
                cue = a.cue.isEmpty ? nil : a.cue
                if a.cueToken >= 0 { usedCues.insert(a.cueToken) }
                if a.cueToken >= 0, a.cueToken == previousCue, let previous {
                    // The cue that attributed the last quotation (found again from a later sentence
                    // of its paragraph): the same speaker, however its subject reads from here.
                    resolved = previous
                } else if let s = a.speaker, s.kind == .pronoun, let previous, let pp = previousParagraph,
                          q.pieces[0].paragraph <= pp + 1, resolver.continues(previous, pronoun: s.text, from: previousEnd, at: s.first) {
                    resolved = previous
                } else if let s = a.speaker {
                    let span = TextSpan(start: q.pieces[0].start, end: q.pieces[q.pieces.count - 1].end)
                    resolved = resolver.resolve(s, quote: span)
                    if speakerStyle == .nameWithDescription, let d = s.detail, let name = resolved.speaker {
                        resolved.speaker = name + ", " + d
                    }
                    // Without a cue the sentence subject is a guess: keep it only when it is a known
                    // person, or a name standing as its clause's subject (`Pew found that "..."`).
                    if a.cue.isEmpty, s.kind != .pronoun, resolved.person == nil, !(s.kind == .name && ClauseRoles.isSubject(ctx, s.first, s.end)) {
                        resolved = .init(speaker: nil, person: nil)
                    }
                }
            }
            if resolved.speaker == nil, q.inheritsSpeaker, let previous { resolved = previous }
            // No speaker of its own: a quotation in the paragraph of the last attributed one, or
            // opening the paragraph right after it, goes on with the same speaker (`"A," Buchanan
            // said, noting that ... "B."`; `said Finlayson. Now, "b"`).
            if resolved.speaker == nil, let previous, let pp = previousParagraph {
                let para = q.pieces[0].paragraph
                let opensParagraph = q.pieces[0].open == 0 || !ctx.sameParagraph(q.pieces[0].open - 1, q.pieces[0].open)
                if para == pp || (para == pp + 1 && opensParagraph) { resolved = previous }
            }
            if resolved.speaker != nil {
                previous = resolved
                previousCue = q.attribution?.cueToken ?? -1
                previousEnd = q.pieces[q.pieces.count - 1].after
                previousParagraph = q.pieces[q.pieces.count - 1].paragraph
                resolver.noteSpeaker(resolved, at: q.pieces[0].open)
            }
            let first = q.pieces[0], last = q.pieces[q.pieces.count - 1]
            let textValue = q.pieces.count == 1 ? ctx.string(start: first.start, end: first.end)
                : q.pieces.map { ctx.string(start: $0.start, end: $0.end) }.joined(separator: " ")
            out.append(ExtractedQuote(text: textValue, kind: q.kind, speaker: resolved.speaker, personIndex: resolved.person,
                                      cue: cue, span: TextSpan(start: first.start, end: last.end)))
        }
        SameSentenceSpeaker.fill(&out, ctx)
        out += ReportedSpeechFinder.reported(ctx, quoted: quoted, usedCues: usedCues, resolver: &resolver)
        return out
    }
}
