/// Runs stages 3 and 4 on one raw document: clean it, hash it, and, unless the archive already
/// holds that content, extract people, quotes, events and a story signature.
public struct ArticleProcessor: Sendable {
    public var textCleaner: any ArticleCleaning = TextArticleCleaner()
    public var recordCleaner: any ArticleCleaning = RecordArticleCleaner()
    public var htmlCleaner: any ArticleCleaning = HTMLArticleCleaner()
    public var people: any PeopleExtracting = PeopleExtractor()
    public var quotes: any QuoteExtracting = QuoteExtractor()
    public var events: any EventExtracting = EventExtractor()
    public var signer: any StorySigning = StorySigner()

    public init() {}

    /// Cleans a document into an article (stage 3 alone).
    public func clean(_ document: RawDocument) -> Article {
        switch document.kind {
        case .text: textCleaner.clean(document)
        case .record: recordCleaner.clean(document)
        case .html: htmlCleaner.clean(document)
        }
    }

    /// Extracts every fact from an article (stage 4 alone).
    public func extract(_ article: Article, contentHash: String) -> Extraction {
        let text = BodyText(article.body)
        let people = self.people.people(in: article, text: text)
        return Extraction(
            article: article, contentHash: contentHash, people: people,
            quotes: quotes.quotes(in: text, people: people),
            events: events.events(in: text, published: article.published, people: people),
            signature: signer.signature(of: article, text: text))
    }

    public func process(_ document: RawDocument, known: KnownArticles) -> DocumentResult {
        let article = clean(document)
        // A page whose story could not be found is still kept when it says what it is (a title or
        // a date): its metadata is data. With nothing at all, it is reported.
        if article.body.unicodeScalars.allSatisfy({ $0.properties.isWhitespace }), article.title == nil, article.published == nil {
            return .failed(Diagnostic(path: document.path, location: document.key == document.path ? nil : document.key,
                                      reason: "no article text found"))
        }
        let hash = ContentHash.of(article)
        if known.hashByKey[document.key] == hash { return .unchanged(key: document.key) }
        if known.hashes.contains(hash) { return .duplicate(key: document.key, path: document.path) }
        return .extracted(extract(article, contentHash: hash))
    }
}
