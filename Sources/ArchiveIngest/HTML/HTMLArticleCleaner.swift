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
        let stripped = html.withUTF8 { ScriptStripper.strip($0) }
        let tree: PageTree? = stripped.withUnsafeBufferPointer { bytes in
            LibXMLDocument(utf8: bytes).map(PageTree.init)
        }
        guard let tree, !tree.nodes.isEmpty else { return article }
        let extractor = ContentExtractor(tree: tree)
        let story = extractor.storyNodes()
        var writer = BlockWriter(tree: tree, extractor: extractor)
        writer.write(story)
        let metadata = PageMetadata(tree: tree)

        article.url = metadata.canonical ?? metadata.value("og:url", "twitter:url", "itemprop:url")
            ?? metadata.jsonLD?.url
        article.source = metadata.value("og:site_name", "application-name", "publisher")
            ?? metadata.jsonLD?.publisher
        article.title = TitleChooser.choose(metadata, siteName: article.source, url: article.url)
        if let (date, source) = PublicationDateFinder.find(tree: tree, metadata: metadata, url: article.url,
                                                           storyStart: story.first, html: html) {
            article.published = date
            article.dateSource = source
        }
        article.authors = AuthorNames.from(metadata)
        let (body, credits) = BodyCleanup.split(writer.paragraphs, title: article.title)
        article.byline = ([metadata.bylines.first].compactMap { $0 } + credits).joined(separator: "\n").nilIfEmpty
        article.captions = writer.captions
        article.body = body.joined(separator: "\n\n")
        return article
    }
}

extension String {
    var nilIfEmpty: String? { isEmpty ? nil : self }
}
