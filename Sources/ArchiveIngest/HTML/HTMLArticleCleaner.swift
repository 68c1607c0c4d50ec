/// Extracts the article from a saved HTML page. (Placeholder: the HTML issue fills this in.)
public struct HTMLArticleCleaner: ArticleCleaning {
    public init() {}

    public func clean(_ document: RawDocument) -> Article {
        Article(path: document.path, key: document.key, kind: .html, body: "", encoding: document.encoding)
    }
}
