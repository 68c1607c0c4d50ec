/// Everything ingest learned about one article, ready for the store to write in one transaction.
public struct Extraction: Sendable {
    public var article: Article
    /// SHA-256 of the normalized article (hex): its identity for "unchanged" and duplicate checks.
    public var contentHash: String
    public var people: [ArticlePerson]
    public var quotes: [ExtractedQuote]
    public var events: [ExtractedEvent]
    /// Near-duplicate fingerprint of the body, for grouping articles into stories.
    public var signature: StorySignature?

    public init(article: Article, contentHash: String, people: [ArticlePerson] = [],
                quotes: [ExtractedQuote] = [], events: [ExtractedEvent] = [], signature: StorySignature? = nil) {
        self.article = article
        self.contentHash = contentHash
        self.people = people
        self.quotes = quotes
        self.events = events
        self.signature = signature
    }
}

/// A compact fingerprint of an article for story grouping (MinHash over word shingles).
public struct StorySignature: Sendable, Hashable {
    public var minhash: [UInt32]

    public init(minhash: [UInt32]) {
        self.minhash = minhash
    }
}
