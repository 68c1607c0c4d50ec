/// Gives a quotation the speaker of another quotation in the same sentence when it has none,
/// or only one guessed from the sentence subject without a speech cue.
///
/// A sentence quoting several phrases names its speaker once, often after the last piece
/// (`The FBI did not find "ties of any consequence," aside from knowing each other "casually,"
/// said the director`): the earlier pieces are the same person's words.
enum SameSentenceSpeaker {
    static func fill(_ quotes: inout [ExtractedQuote], _ ctx: QuoteContext) {
        guard quotes.count > 1 else { return }
        let sentence = quotes.map { ctx.body.sentenceIndex(ofToken: ctx.body.tokenIndex(atOrAfter: $0.span.start)) ?? -1 }
        // The last sentence each quotation reaches: a joined quotation can span several.
        let lastSentence = quotes.map { ctx.body.sentenceIndex(ofToken: max(0, ctx.body.tokenIndex(atOrAfter: $0.span.end) - 1)) ?? -1 }
        for i in quotes.indices where (quotes[i].speaker == nil || quotes[i].cue == nil) && sentence[i] >= 0 {
            let next = i + 1 < quotes.count && quotes[i + 1].speaker != nil && sentence[i + 1] == lastSentence[i]
            // The next quotation's speaker first (the attribution usually trails the sentence);
            // it also replaces a cue-less guess when it comes with a cue of its own.
            if next, quotes[i].speaker == nil || quotes[i + 1].cue != nil {
                quotes[i].speaker = quotes[i + 1].speaker
                quotes[i].personIndex = quotes[i + 1].personIndex
            } else if quotes[i].speaker == nil, i > 0, quotes[i - 1].speaker != nil, lastSentence[i - 1] == sentence[i] {
                quotes[i].speaker = quotes[i - 1].speaker
                quotes[i].personIndex = quotes[i - 1].personIndex
            }
        }
    }
}
