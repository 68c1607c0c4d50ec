/// Finds quotes in an article body. (Placeholder: the quotes issue fills this in.)
public struct QuoteExtractor: QuoteExtracting {
    public init() {}

    public func quotes(in text: BodyText, people: [ArticlePerson]) -> [ExtractedQuote] { [] }
}
