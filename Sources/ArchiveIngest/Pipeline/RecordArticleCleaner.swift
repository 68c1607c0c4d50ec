/// Turns a JSON/JSONL record into an article: its fields are trusted as given; the body's
/// paragraphs are normalized (one blank line between paragraphs, no stray whitespace).
public struct RecordArticleCleaner: ArticleCleaning {
    public init() {}

    public func clean(_ document: RawDocument) -> Article {
        let f = document.fields
        let published = f.published.flatMap(PublishedDate.normalize)
        return Article(
            path: document.path, key: document.key, kind: .record, url: f.url, title: f.title,
            published: published, dateSource: published == nil ? nil : "record", source: f.source,
            section: f.section, body: Paragraphs.normalize(document.text), authors: f.authors,
            extra: f.extra, encoding: document.encoding)
    }
}
