/// What kind of reported speech a quote is.
public enum QuoteKind: String, Sendable, Codable, CaseIterable {
    /// Words inside quote marks, a sentence or more, with a speech act.
    case direct
    /// A quoted phrase inside reported speech: `said she had a "good conversation"`.
    case partial
    /// Reported speech without quote marks: `X said (that) ...`, `according to X, ...`.
    case indirect
}

/// A quotation found in an article body.
public struct ExtractedQuote: Sendable, Hashable {
    /// The quoted words (without the quote marks for direct and partial quotes).
    public var text: String
    public var kind: QuoteKind
    /// Who said it, as text: the person's name when resolved, else the words used ("a spokesman").
    public var speaker: String?
    /// Index into the article's `people` when the speaker is a known person.
    public var personIndex: Int?
    /// The speech cue as written ("she said", "said", "according to").
    public var cue: String?
    /// Offsets of `text` in the body.
    public var span: TextSpan

    public init(text: String, kind: QuoteKind, speaker: String? = nil, personIndex: Int? = nil,
                cue: String? = nil, span: TextSpan) {
        self.text = text
        self.kind = kind
        self.speaker = speaker
        self.personIndex = personIndex
        self.cue = cue
        self.span = span
    }
}
