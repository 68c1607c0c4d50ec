/// A normalized article: the story and its metadata, with page furniture removed.
///
/// This is what the cleaner produces and what every extractor reads. `body` holds the story's
/// paragraphs only, separated by blank lines; all extracted offsets point into it.
public struct Article: Sendable, Hashable {
    public var path: String
    public var key: String
    public var kind: DocumentKind
    public var url: String?
    public var title: String?
    /// ISO 8601: `YYYY-MM-DD`, or `YYYY-MM-DDTHH:MM[:SS][±HH:MM|Z]` where the time is given.
    public var published: String?
    /// Where `published` came from (`header`, `dateline`, `record`, `json-ld`, `meta`, `url`, ...); nil when there is no date.
    public var dateSource: String?
    public var source: String?
    public var section: String?
    public var dateline: String?
    /// The credit line(s) as written ("By ...", "(Reporting by ...; Editing by ...)").
    public var byline: String?
    public var captions: [String]
    public var body: String
    /// Authors named by the record or page metadata (JSON `authors`, HTML author tags).
    public var authors: [String]
    /// Unknown record fields as JSON text.
    public var extra: String?
    public var encoding: String

    public init(path: String, key: String, kind: DocumentKind, url: String? = nil, title: String? = nil,
                published: String? = nil, dateSource: String? = nil, source: String? = nil,
                section: String? = nil, dateline: String? = nil, byline: String? = nil,
                captions: [String] = [], body: String, authors: [String] = [], extra: String? = nil,
                encoding: String = "utf-8") {
        self.path = path
        self.key = key
        self.kind = kind
        self.url = url
        self.title = title
        self.published = published
        self.dateSource = dateSource
        self.source = source
        self.section = section
        self.dateline = dateline
        self.byline = byline
        self.captions = captions
        self.body = body
        self.authors = authors
        self.extra = extra
        self.encoding = encoding
    }
}
