/// The fate of one document after cleaning and extraction, handed to the store.
public enum DocumentResult: Sendable {
    /// A new or changed article, fully extracted.
    case extracted(Extraction)
    /// The same content is already stored under the same key.
    case unchanged(key: String)
    /// The same content is already stored under another key (another path or url).
    case duplicate(key: String, path: String)
    /// The document could not become an article.
    case failed(Diagnostic)
}
