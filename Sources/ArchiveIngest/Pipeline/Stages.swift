// The ingest pipeline, one stage per protocol (each has one default implementation):
//
// 1. Discovery: paths -> `DiscoveredFile`s (walk folders, decide the kind, skip other files).
// 2. Reading: a file -> `RawDocument`s (decode bytes; one per text/HTML file, one per JSON record).
// 3. Cleaning: `RawDocument` -> `Article` (furniture out; title, date, source, byline, captions).
// 4. Extraction: `Article` + its `BodyText` -> people, then quotes and events (which use the people),
//    and a story signature.
// 5. Store (ArchiveStore): `Extraction`s -> SQLite, one writer, batched transactions.
//
// Stages 1-4 are pure and run in parallel; tests can run any stage alone on a string.

/// Turns a raw document into a normalized article.
public protocol ArticleCleaning: Sendable {
    func clean(_ document: RawDocument) -> Article
}

/// Finds the people of an article: mentions in the body and credits around it.
public protocol PeopleExtracting: Sendable {
    func people(in article: Article, text: BodyText) -> [ArticlePerson]
}

/// Finds direct, partial and indirect quotes and attributes them to the article's people.
public protocol QuoteExtracting: Sendable {
    func quotes(in text: BodyText, people: [ArticlePerson]) -> [ExtractedQuote]
}

/// Finds time expressions, resolves them against the publication date, and builds events.
public protocol EventExtracting: Sendable {
    /// - Parameter published: the article's date (`YYYY-MM-DD...`), the anchor for relative dates.
    func events(in text: BodyText, published: String?, people: [ArticlePerson]) -> [ExtractedEvent]
}

/// Fingerprints an article for near-duplicate and same-story detection.
public protocol StorySigning: Sendable {
    func signature(of article: Article, text: BodyText) -> StorySignature?
}
