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

/// A compact fingerprint of an article for story grouping: MinHash over word shingles (near-duplicates)
/// and hashed word sets (rewrites). Hashes are of folded word stems, so the signature holds no text.
public struct StorySignature: Sendable, Hashable {
    public var minhash: [UInt32]
    /// The body's first content-word stems (hashed) in text order: the vocabulary and the order of facts a
    /// rewrite keeps. At most `StorySigner.maximumWords`, 16-bit hashes (a chance collision between
    /// two 300-word sequences is too rare to move their comparison, and they store in half the space).
    public var words: [UInt32]
    /// The most frequent proper-name stems of the body (hashed, sorted).
    public var names: [UInt32]
    /// Pairs of the leading names (hashed): cheap, selective lookup keys for rewrite candidates.
    public var keys: [UInt32]
    /// Content-word stems of the title (hashed, sorted).
    public var title: [UInt32]

    public init(minhash: [UInt32], words: [UInt32] = [], names: [UInt32] = [], keys: [UInt32] = [], title: [UInt32] = []) {
        self.minhash = minhash
        self.words = words
        self.names = names
        self.keys = keys
        self.title = title
    }
}
