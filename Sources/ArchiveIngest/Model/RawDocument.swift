/// One article as read from disk, before any cleaning: decoded text plus what the file itself says.
public struct RawDocument: Sendable {
    /// Absolute path of the file it came from.
    public var path: String
    /// Identity within the archive: the path for a file, the `url` (or path and record number) for a record.
    public var key: String
    public var kind: DocumentKind
    /// The decoded text: the whole file for text and HTML, the `body`/`text` field for a record.
    public var text: String
    /// Fields a structured record carries (empty for text files).
    public var fields: RecordFields
    /// How the bytes were decoded (`utf-8`, `utf-8-bom`, `windows-1252`, ...).
    public var encoding: String

    public init(path: String, key: String, kind: DocumentKind, text: String,
                fields: RecordFields = RecordFields(), encoding: String = "utf-8") {
        self.path = path
        self.key = key
        self.kind = kind
        self.text = text
        self.fields = fields
        self.encoding = encoding
    }
}

/// The known fields of a JSON/JSONL article record; everything else is kept verbatim in `extra`.
public struct RecordFields: Sendable, Hashable {
    public var title: String?
    public var published: String?
    public var source: String?
    public var url: String?
    public var authors: [String] = []
    public var section: String?
    /// Unknown fields as a JSON object text, or nil when there were none.
    public var extra: String?

    public init(title: String? = nil, published: String? = nil, source: String? = nil, url: String? = nil,
                authors: [String] = [], section: String? = nil, extra: String? = nil) {
        self.title = title
        self.published = published
        self.source = source
        self.url = url
        self.authors = authors
        self.section = section
        self.extra = extra
    }
}
