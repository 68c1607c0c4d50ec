/// Everything ingest learned about one article, ready for the store to write in one transaction.
///
/// It also carries what the writer would otherwise compute from it (word count, person and quote
/// keys): the pipeline runs on every core, the writer on one, and the writer is the bottleneck.
/// The fields are constants so those never disagree with what they were computed from.
public struct Extraction: Sendable {
    public let article: Article
    /// SHA-256 of the normalized article (hex): its identity for "unchanged" and duplicate checks.
    public let contentHash: String
    public let people: [ArticlePerson]
    public let quotes: [ExtractedQuote]
    public let events: [ExtractedEvent]
    /// Near-duplicate fingerprint of the body, for grouping articles into stories.
    public let signature: StorySignature?
    /// Words of the body (`WordCount`).
    public let wordCount: Int
    /// `PersonIdentity.key` of each person's name, in the order of `people`.
    public let personKeys: [String]
    /// `TextKey` of each quote's text, in the order of `quotes`.
    public let quoteKeys: [String]

    public init(article: Article, contentHash: String, people: [ArticlePerson] = [],
                quotes: [ExtractedQuote] = [], events: [ExtractedEvent] = [], signature: StorySignature? = nil) {
        self.article = article
        self.contentHash = contentHash
        self.people = people
        self.quotes = quotes
        self.events = events
        self.signature = signature
        wordCount = WordCount.of(article.body)
        personKeys = people.map { PersonIdentity.key($0.name) }
        quoteKeys = quotes.map { TextKey.of($0.text) }
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
