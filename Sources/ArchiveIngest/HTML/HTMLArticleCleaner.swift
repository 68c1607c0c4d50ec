/// Extracts the article from a saved HTML page: the story's paragraphs without page furniture,
/// figure captions, and the metadata the page declares (title, date, site, authors, URL).
///
/// Safe to call from several tasks at once: each call parses its own libxml2 document and frees
/// it before returning.
public struct HTMLArticleCleaner: ArticleCleaning {
    public init() {}

    public func clean(_ document: RawDocument) -> Article {
        var article = Article(path: document.path, key: document.key, kind: .html, body: "",
                              encoding: document.encoding)
        var html = document.text
        let tree: PageTree? = html.withUTF8 { bytes in
            LibXMLDocument(utf8: bytes).map(PageTree.init)
        }
        guard let tree, !tree.nodes.isEmpty else { return article }
        let extractor = ContentExtractor(tree: tree)
        var writer = BlockWriter(tree: tree, extractor: extractor)
        writer.write(extractor.storyNodes())
        article.body = writer.paragraphs.joined(separator: "\n\n")
        article.captions = writer.captions
        return article
    }
}
